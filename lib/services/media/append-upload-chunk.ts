// Appends one chunk to an upload. The chunk must start exactly where the stored bytes end; if not,
// the answer is 409 with the server's offset, and the client resumes from there (never restarts).
// The bytes stream straight to the partial file; the offset advances only once all arrived.
import { nowMs } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { UploadOffsetError } from "@/lib/media/media-errors";
import { ChunkLengthError, createEmptyFile, storedSize, writeChunk } from "@/lib/media/storage";
import { MAX_CHUNK_BYTES, type UploadSessionView } from "@/lib/schemas/media";
import { toSessionView } from "@/lib/services/media/media-views";
import {
  claimSessionOrThrow,
  releaseClaim,
  type SessionOwner,
  UPLOAD_SESSION_TTL_MS,
} from "@/lib/services/media/upload-claim";

export type AppendUploadChunkOptions = SessionOwner & {
  /** First byte of the chunk and the byte after its last, as parsed from Content-Range. */
  start: number;
  end: number;
  /** The file size Content-Range states; must be the size declared when the session began. */
  total: number;
  body: ReadableStream<Uint8Array>;
};

export async function appendUploadChunk({
  start,
  end,
  total,
  body,
  ...owner
}: AppendUploadChunkOptions): Promise<UploadSessionView> {
  if (end - start > MAX_CHUNK_BYTES) {
    throw new AppError(
      "VALIDATION",
      `A chunk may carry at most ${MAX_CHUNK_BYTES} bytes; send smaller chunks.`,
    );
  }
  const claim = await claimSessionOrThrow(
    owner,
    start,
    (current) => `The upload continues at byte ${current}, not ${start}. Resume from there.`,
  );
  const { session } = claim;
  try {
    const declared = Number(session.declaredSize);
    if (total !== declared)
      throw new AppError(
        "VALIDATION",
        `This upload is ${declared} bytes, but the chunk says the file is ${total}.`,
      );
    if (end > declared) throw new AppError("VALIDATION", "The chunk runs past the end of the file.");

    // The database says `start` bytes are stored; if the disk lost some (crash, wiped folder),
    // the disk is the truth and the client resumes from what is really there.
    const onDisk = await storedSize(session.tempKey);
    if (onDisk === undefined) await createEmptyFile(session.tempKey);
    if ((onDisk ?? 0) < start) {
      const offset = onDisk ?? 0;
      await releaseClaim(claim, { receivedBytes: BigInt(offset) });
      throw new UploadOffsetError(
        `Only ${offset} bytes of this upload are stored. Resume from there.`,
        offset,
      );
    }

    await writeChunk(session.tempKey, start, end - start, body);
  } catch (error) {
    await releaseClaim(claim);
    if (error instanceof ChunkLengthError) throw new AppError("VALIDATION", error.message);
    throw error;
  }
  const expiresAt = new Date(nowMs() + UPLOAD_SESSION_TTL_MS);
  if (!(await releaseClaim(claim, { receivedBytes: BigInt(end), expiresAt }))) {
    // Our claim went stale and another request took over: its offset is the truth.
    throw new AppError("CONFLICT", "This part took too long and was superseded. Ask where to resume.");
  }
  return toSessionView({
    ...session,
    receivedBytes: BigInt(end),
    expiresAt,
    claimToken: null,
    claimedAt: null,
  });
}
