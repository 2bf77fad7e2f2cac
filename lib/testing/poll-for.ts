// Tests that watch a real worker: read until the value shows up (every 100 ms), or fail.
export async function pollFor<T>(
  read: () => Promise<T | null | undefined | false>,
  timeoutMs = 25_000,
): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const value = await read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("timed out waiting");
}
