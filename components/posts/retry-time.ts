// "will retry at 00:00 UTC (in 3 h)": when a waiting target goes again. In UTC because LinkedIn's
// daily limits reset at 00:00 UTC, the most common reason to wait.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function inWords(ms: number): string {
  if (ms < MINUTE) return "in under a minute";
  if (ms < HOUR) return `in ${Math.round(ms / MINUTE)} min`;
  if (ms < 48 * HOUR) return `in ${Math.round(ms / HOUR)} h`;
  return `in ${Math.round(ms / (24 * HOUR))} days`;
}

export function describeRetry(nextAttemptAt: string | Date, now: Date = new Date()): string {
  const at = new Date(nextAttemptAt);
  const ms = at.getTime() - now.getTime();
  if (ms <= 0) return "will retry any moment now";
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    // Within a day the time alone is clear; further out it needs its date.
    ...(ms < 24 * HOUR ? {} : { month: "short", day: "numeric" }),
  }).format(at);
  return `will retry at ${time} UTC (${inWords(ms)})`;
}
