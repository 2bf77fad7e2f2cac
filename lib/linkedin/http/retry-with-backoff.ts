// Retries for idempotent reads: exponential backoff with full jitter (a random wait between 0 and
// the capped exponential), bounded attempts. Only transient failures (5xx, network, timeout) are
// retried; 429s go back to the caller with their retryAt (doc §13.4), everything else is final.
import type { RetryPolicy } from "../config";
import { LinkedInTransientError } from "../errors/linkedin-errors";

export interface RetryOptions {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; error: LinkedInTransientError }) => void;
}

/** The wait before attempt `attempt + 1`, after `attempt` failures (1-based). */
export function backoffDelayMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

export async function retryWithBackoff<T>(
  run: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const attempts = Math.max(1, options.policy.maxAttempts);
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(attempt);
    } catch (error) {
      if (!(error instanceof LinkedInTransientError) || attempt >= attempts) throw error;
      const delayMs = backoffDelayMs(options.policy, attempt, options.random);
      options.onRetry?.({ attempt, delayMs, error });
      await options.sleep(delayMs);
    }
  }
}
