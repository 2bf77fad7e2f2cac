// The Standard Webhooks retry schedule, and its scaling for tests.
import { describe, expect, it } from "vitest";
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from "./retry-schedule";

describe("webhook retry schedule", () => {
  it("waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then gives up", () => {
    const delays = Array.from({ length: 8 }, (_, i) => webhookRetryDelayMs(i + 1));
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000, null]);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(8);
    expect(webhookRetryDelayMs(0)).toBeNull();
  });

  it("scales every step with the first delay", () => {
    expect(webhookRetryDelayMs(1, 50)).toBe(50);
    expect(webhookRetryDelayMs(2, 50)).toBe(3_000);
    expect(webhookRetryDelayMs(7, 50)).toBe(360_000);
    expect(webhookRetryDelayMs(8, 50)).toBeNull();
  });
});
