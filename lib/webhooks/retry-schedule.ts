// When a failed webhook delivery is tried again: the Standard Webhooks schedule — 5 s, 5 min,
// 30 min, 2 h, 5 h, 10 h, 10 h after the failed attempt, eight attempts over about 27.5 hours —
// then it is marked failed (a person can still resend it from the delivery log). The schedule
// scales with CADENCE_WEBHOOK_RETRY_BASE_MS (the first delay), so tests can play it out in seconds.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const WEBHOOK_RETRY_DELAYS_MS = [
  5_000,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

/** The first attempt plus one per retry delay. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

/**
 * The wait after failed attempt number `attempt` (1-based), or null when that was the last one.
 * `baseMs` replaces the first delay (5 s) and scales the others by the same factor.
 */
export function webhookRetryDelayMs(
  attempt: number,
  baseMs: number = WEBHOOK_RETRY_DELAYS_MS[0]!,
): number | null {
  const delay = WEBHOOK_RETRY_DELAYS_MS[attempt - 1];
  if (delay === undefined || attempt < 1) return null;
  return Math.round((delay * baseMs) / WEBHOOK_RETRY_DELAYS_MS[0]!);
}
