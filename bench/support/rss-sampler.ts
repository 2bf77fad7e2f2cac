// Peak resident memory of THIS process during a phase: sampled every few milliseconds (the
// uploader streams, so the event loop turns constantly and samples are dense), relative to the RSS
// just before the phase after a GC when `--expose-gc` is on.
export interface RssReport {
  baselineBytes: number;
  peakBytes: number;
  growthBytes: number;
  samples: number;
}

export async function measureRss<T>(
  run: () => Promise<T>,
  intervalMs = 5,
): Promise<{ result: T; rss: RssReport }> {
  (globalThis as { gc?: () => void }).gc?.();
  const baselineBytes = process.memoryUsage.rss();
  let peakBytes = baselineBytes;
  let samples = 0;
  const timer = setInterval(() => {
    samples += 1;
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss());
  }, intervalMs);
  try {
    const result = await run();
    peakBytes = Math.max(peakBytes, process.memoryUsage.rss());
    return { result, rss: { baselineBytes, peakBytes, growthBytes: peakBytes - baselineBytes, samples } };
  } finally {
    clearInterval(timer);
  }
}
