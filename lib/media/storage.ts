// Cadence's media storage on the local disk: `${dataDir}/media/`. Finished files are named by the
// sha256 of their bytes (assets/{workspaceId}/{sha256}), so the same bytes are stored once per
// workspace; partial uploads live in uploads/ and become assets by an atomic rename, so a reader
// never sees a half-written asset.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";

export function mediaRoot(): string {
  return path.join(getEnv().dataDir, "media");
}

/** `name` is random per session, so two sessions never share a partial file. */
export function tempKeyFor(name: string): string {
  return `uploads/${name}.part`;
}

export function assetKeyFor(workspaceId: string, sha256: string): string {
  return `assets/${workspaceId}/${sha256}`;
}

/** The absolute path of a storage key; keys come from our own rows, but never leave the root. */
export function storagePath(key: string): string {
  const root = mediaRoot();
  const resolved = path.resolve(root, key);
  if (!resolved.startsWith(root + path.sep)) throw new Error(`Storage key outside the media root: ${key}`);
  return resolved;
}

export async function createEmptyFile(key: string): Promise<void> {
  const file = storagePath(key);
  await mkdir(path.dirname(file), { recursive: true });
  await (await open(file, "w")).close();
}

/** Size of the stored file, or undefined when it is gone. */
export async function storedSize(key: string): Promise<number | undefined> {
  try {
    return (await stat(storagePath(key))).size;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

export class ChunkLengthError extends Error {}

/**
 * Writes `body` at `start`, expecting exactly `length` bytes. The file is first cut back to
 * `start` (dropping what a broken earlier attempt left), and cut back again if this one fails, so
 * the file only ever grows by whole, acknowledged chunks.
 */
export async function writeChunk(
  key: string,
  start: number,
  length: number,
  body: ReadableStream<Uint8Array>,
): Promise<void> {
  const handle = await open(storagePath(key), "r+");
  const reader = body.getReader();
  let written = 0;
  try {
    await handle.truncate(start);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (written + value.byteLength > length) {
        throw new ChunkLengthError(`The chunk is longer than its Content-Range (${length} bytes).`);
      }
      let offset = 0;
      while (offset < value.byteLength) {
        const { bytesWritten } = await handle.write(
          value,
          offset,
          value.byteLength - offset,
          start + written,
        );
        offset += bytesWritten;
        written += bytesWritten;
      }
    }
    if (written !== length) {
      throw new ChunkLengthError(
        `The chunk ended after ${written} of the ${length} bytes its Content-Range announced.`,
      );
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    await handle.truncate(start).catch(() => {});
    throw error;
  } finally {
    reader.releaseLock();
    await handle.close();
  }
}

export async function sha256OfFile(key: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const piece of createReadStream(storagePath(key))) hash.update(piece as Buffer);
  return hash.digest("hex");
}

/** Atomic within the media root (same filesystem): the target appears whole or not at all. */
export async function moveFile(fromKey: string, toKey: string): Promise<void> {
  const target = storagePath(toKey);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(storagePath(fromKey), target);
}

export async function removeFile(key: string): Promise<void> {
  await rm(storagePath(key), { force: true });
}

/**
 * A web stream of the stored bytes in [start, end) for a Response body. Pull-based rather than
 * Readable.toWeb: a browser that stops reading (a video seeking) cancels it cleanly, where
 * toWeb's controller throws "already closed" as an uncaught exception on Node 20.
 */
export function readStream(key: string, range?: { start: number; end: number }): ReadableStream<Uint8Array> {
  const file = createReadStream(
    storagePath(key),
    range ? { start: range.start, end: range.end - 1 } : undefined,
  );
  const chunks = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      } catch (error) {
        controller.error(error);
      }
    },
    cancel() {
      file.destroy();
    },
  });
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}
