import { describe, expect, it } from "vitest";
import { LinkedInTransientError, LinkedInValidationError } from "../errors/linkedin-errors";
import { backoffDelayMs, retryWithBackoff } from "./retry-with-backoff";

const policy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 3_000 };
const transient = () => new LinkedInTransientError("server", { status: 503 });

describe("backoffDelayMs (full jitter)", () => {
  it.each([
    [1, 1, 500],
    [2, 1, 1_000],
    [3, 1, 2_000],
    [4, 1, 3_000], // capped
    [9, 1, 3_000],
    [3, 0.5, 1_000],
    [3, 0, 0],
  ])("after %i failures with random()=%f → %i ms", (attempt, random, expected) => {
    // random() is in [0, 1): 1 stands for the cap itself.
    expect(backoffDelayMs(policy, attempt, () => (random === 1 ? 0.9999999999 : random))).toBe(
      random === 1 ? expected - 1 : expected,
    );
  });
});

describe("retryWithBackoff", () => {
  it("retries transient failures, then succeeds", async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = await retryWithBackoff(
      async () => {
        calls++;
        if (calls < 3) throw transient();
        return "ok";
      },
      { policy, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    );
    expect(result).toBe("ok");
    expect(calls).toBe(3);
    expect(sleeps).toEqual([250, 500]);
  });

  it("stops after maxAttempts and throws the last failure", async () => {
    let calls = 0;
    const failing = retryWithBackoff(
      async () => {
        calls++;
        throw transient();
      },
      { policy, sleep: async () => {}, random: () => 0 },
    );
    await expect(failing).rejects.toBeInstanceOf(LinkedInTransientError);
    expect(calls).toBe(4);
  });

  it("never retries other errors", async () => {
    let calls = 0;
    const failing = retryWithBackoff(
      async () => {
        calls++;
        throw new LinkedInValidationError({ status: 400, linkedinMessage: "bad" });
      },
      { policy, sleep: async () => {}, random: () => 0 },
    );
    await expect(failing).rejects.toBeInstanceOf(LinkedInValidationError);
    expect(calls).toBe(1);
  });
});
