// When to try again after a transient failure: exponential backoff with full jitter, so many
// targets failing together (LinkedIn hiccup) do not come back in lockstep.
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
