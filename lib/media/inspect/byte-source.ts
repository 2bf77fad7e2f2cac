// Random-access reads over an upload, wherever its bytes live. The video inspector walks ISO BMFF
// box headers and seeks over the payload, so a 500 MB file costs a few small reads, never a copy.
import { open, stat } from "node:fs/promises";

export interface ByteSource {
  /** Total length in bytes. */
  readonly size: number;
  /** Up to `length` bytes from `offset`; shorter only at the end of the source. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** What inspectors accept: bytes in memory, a file path, or any ByteSource. */
export type MediaInput = Uint8Array | string | ByteSource;

export function bufferSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) =>
      bytes.subarray(clamp(offset, bytes.length), clamp(offset + length, bytes.length)),
  };
}

/**
 * The bytes of several chunks, read as one file without concatenating them: the sandbox keeps a
 * video's uploaded parts (4 MiB each, §9.2) separately and validates the whole after finalize.
 */
export function chunkedSource(chunks: readonly Uint8Array[]): ByteSource {
  const starts: number[] = [];
  let size = 0;
  for (const chunk of chunks) {
    starts.push(size);
    size += chunk.length;
  }
  return {
    size,
    read: async (offset, length) => {
      const end = clamp(offset + length, size);
      const out = new Uint8Array(Math.max(0, end - offset));
      chunks.forEach((chunk, i) => {
        const start = starts[i] ?? 0;
        const from = Math.max(offset, start);
        const to = Math.min(end, start + chunk.length);
        if (from < to) out.set(chunk.subarray(from - start, to - start), from - offset);
      });
      return out;
    },
  };
}

/** Opens `path`, hands a ByteSource to `inspect`, and always closes the file. */
export async function withFileSource<T>(
  path: string,
  inspect: (source: ByteSource) => Promise<T>,
): Promise<T> {
  const { size } = await stat(path);
  const handle = await open(path, "r");
  try {
    return await inspect({
      size,
      read: async (offset, length) => {
        const want = Math.max(0, clamp(offset + length, size) - offset);
        const buffer = Buffer.alloc(want);
        let filled = 0;
        // A single read may return fewer bytes than asked; loop until the range is complete.
        while (filled < want) {
          const { bytesRead } = await handle.read(buffer, filled, want - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      },
    });
  } finally {
    await handle.close();
  }
}

/** Runs `inspect` over any MediaInput, opening (and closing) a file when given a path. */
export async function withMediaInput<T>(
  input: MediaInput,
  inspect: (source: ByteSource) => Promise<T>,
): Promise<T> {
  if (typeof input === "string") return withFileSource(input, inspect);
  if (input instanceof Uint8Array) return inspect(bufferSource(input));
  return inspect(input);
}

/** The whole source in memory; callers check `source.size` against their limit first. */
export async function readAll(source: ByteSource): Promise<Uint8Array> {
  return source.read(0, source.size);
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(n, 0), max);
}
