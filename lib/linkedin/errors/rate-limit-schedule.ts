// When to call LinkedIn again after a 429 (doc §13.4, pitfall §15.14): daily quotas reset at
// 00:00 UTC, so retrying sooner only burns attempts; infrastructure throttling recovers by
// itself, so a few retries over minutes come first, then the job waits for the daily reset.
import type { LinkedInRateLimitError, RateLimitKind } from "./linkedin-errors";

const DAY_MS = 86_400_000;
/** First short wait after a throttling 429; doubles per retry (1, 2, 4 minutes). */
export const THROTTLE_BASE_DELAY_MS = 60_000;
/** Short retries for throttling before deferring to the daily reset. */
export const THROTTLE_MAX_RETRIES = 3;

/** The next 00:00 UTC strictly after `nowMs`. */
export function nextUtcMidnight(nowMs: number): Date {
  return new Date((Math.floor(nowMs / DAY_MS) + 1) * DAY_MS);
}

/** Which limit a 429 hit, from LinkedIn's message ("… APPLICATION DAY limit …", "… MEMBER DAY limit …"). */
export function classifyRateLimit(message: string | null): RateLimitKind {
  if (message && /\bAPPLICATION\s+DAY\b/i.test(message)) return "application_day";
  if (message && /\bMEMBER\s+DAY\b/i.test(message)) return "member_day";
  return "throttle";
}

/** The first `retryAt` of a 429 seen at `nowMs`. */
export function firstRetryAt(limit: RateLimitKind, nowMs: number): Date {
  return limit === "throttle" ? new Date(nowMs + THROTTLE_BASE_DELAY_MS) : nextUtcMidnight(nowMs);
}

/**
 * When a caller (a job) should retry after `previousRetries` rate-limited attempts: throttling
 * backs off 1, 2, 4 minutes, then — like a daily quota — waits for the next 00:00 UTC.
 */
export function scheduleRateLimitRetry(
  error: Pick<LinkedInRateLimitError, "limit" | "dailyResetAt">,
  previousRetries: number,
  nowMs: number,
): Date {
  if (error.limit !== "throttle" || previousRetries >= THROTTLE_MAX_RETRIES) {
    return error.dailyResetAt.getTime() > nowMs ? error.dailyResetAt : nextUtcMidnight(nowMs);
  }
  return new Date(nowMs + THROTTLE_BASE_DELAY_MS * 2 ** previousRetries);
}
