// When Cadence warns that a LinkedIn connection stops working: days before its access ends.
// One list for the warning job, the dashboard banner and the channel badges (browser-safe).
export const EXPIRY_WARNING_DAYS = [14, 7, 1] as const;

/** The first warning: from here on a channel shows as expiring. */
export const EXPIRY_WARNING_AHEAD_MS = EXPIRY_WARNING_DAYS[0] * 86_400_000;
