import { describe, expect, it } from "vitest";
import { classifyRateLimit, nextUtcMidnight, scheduleRateLimitRetry } from "./rate-limit-schedule";

const NOW = Date.UTC(2026, 10, 16, 9, 30);
const MIDNIGHT = new Date(Date.UTC(2026, 10, 17));

describe("nextUtcMidnight", () => {
  it.each([
    [Date.UTC(2026, 10, 16, 9, 30), Date.UTC(2026, 10, 17)],
    [Date.UTC(2026, 10, 16, 0, 0), Date.UTC(2026, 10, 17)],
    [Date.UTC(2026, 10, 16, 23, 59, 59, 999), Date.UTC(2026, 10, 17)],
    [Date.UTC(2026, 11, 31, 12), Date.UTC(2027, 0, 1)],
  ])("%i → %i", (now, expected) => {
    expect(nextUtcMidnight(now).getTime()).toBe(expected);
  });
});

describe("classifyRateLimit", () => {
  it.each([
    [
      "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
      "application_day",
    ],
    ["Resource level throttle MEMBER DAY limit for calls to this resource is reached.", "member_day"],
    ["Resource level throttle limit for calls to this resource is reached.", "throttle"],
    [null, "throttle"],
  ])("%s", (message, kind) => {
    expect(classifyRateLimit(message)).toBe(kind);
  });
});

describe("scheduleRateLimitRetry (doc §13.4: a few retries over minutes, then the daily reset)", () => {
  const throttle = { limit: "throttle" as const, dailyResetAt: MIDNIGHT };
  it.each([
    [0, NOW + 60_000],
    [1, NOW + 120_000],
    [2, NOW + 240_000],
    [3, MIDNIGHT.getTime()],
    [10, MIDNIGHT.getTime()],
  ])("throttle after %i retries", (retries, expected) => {
    expect(scheduleRateLimitRetry(throttle, retries, NOW).getTime()).toBe(expected);
  });

  it("daily quotas always wait for midnight UTC", () => {
    expect(scheduleRateLimitRetry({ limit: "member_day", dailyResetAt: MIDNIGHT }, 0, NOW)).toEqual(MIDNIGHT);
  });

  it("a stale reset time moves to the next midnight", () => {
    const later = Date.UTC(2026, 10, 17, 1);
    expect(scheduleRateLimitRetry({ limit: "application_day", dailyResetAt: MIDNIGHT }, 0, later)).toEqual(
      new Date(Date.UTC(2026, 10, 18)),
    );
  });
});
