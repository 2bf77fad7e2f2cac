// Streams a request body into a file (never into memory): each chunk is written at its position as
// it arrives, with back-pressure from awaiting the write. Bytes past `storeLimit` (or all bytes when
// `file` is null) are counted and hashed but discarded, so an oversized upload cannot fill the disk
// and still ends in a verdict. The body is always read to the end, so the client gets an answer
// instead of a reset connection.
import { createHash } from "node:crypto";
import { open, type FileHandle } from "node:fs/promises";
import type { IncomingMessage } from "node:http";

export interface ReceiveOptions {
  /** Target file; null discards (counting only). */
  file: string | null;
  /** "w" truncates (single-PUT uploads); "r+" writes into an existing file (video parts). */
  flags: "w" | "r+";
  /** Offset of the first byte in the file. */
  position: number;
  /** Bytes written at most; the rest is discarded and `overflow` is set. */
  storeLimit: number;
}

export interface Received {
  /** Bytes in the body. */
  size: number;
  /** Bytes written to the file. */
  stored: number;
  overflow: boolean;
  /** SHA-256 of the whole body, hex. */
  sha256: string;
  /** The client went away before the end of the body. */
  aborted: boolean;
}

export async function receiveUpload(req: IncomingMessage, options: ReceiveOptions): Promise<Received> {
  const hash = createHash("sha256");
  // A file that cannot be opened is the sandbox's problem (500), not an interrupted upload.
  const handle: FileHandle | undefined = options.file ? await open(options.file, options.flags) : undefined;
  let size = 0;
  let stored = 0;
  let aborted = false;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      hash.update(chunk);
      const room = Math.max(0, options.storeLimit - stored);
      if (handle && room > 0) {
        const piece = chunk.length <= room ? chunk : chunk.subarray(0, room);
        await handle.write(piece, 0, piece.length, options.position + stored);
        stored += piece.length;
      }
      size += chunk.length;
    }
  } catch {
    aborted = true;
  } finally {
    await handle?.close();
  }
  return {
    size,
    stored,
    overflow: size > stored && options.file !== null,
    sha256: hash.digest("hex"),
    aborted,
  };
}

/** Discards the rest of a body we decided not to read (so the reply still reaches the client). */
export function drain(req: IncomingMessage): void {
  if (!req.readableEnded) req.resume();
}
