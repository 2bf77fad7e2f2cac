// One writer per upload session at a time, across requests and processes: a chunk or the
// completion claims the session with a conditional update (at the expected offset) and releases
// it in its final write. A claim left by a crashed request is taken over once it is stale.
import { randomUUID } from "node:crypto";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MediaUploadSession, Prisma } from "@/lib/generated/prisma/client";
import { UploadOffsetError } from "@/lib/media/media-errors";

/** Longer than an 8 MiB chunk takes on a slow link; a dropped request releases its claim at once. */
export const CLAIM_STALE_MS = 5 * 60_000;
/** A session lives this long after its last chunk; then it is swept with its partial file. */
export const UPLOAD_SESSION_TTL_MS = 24 * 60 * 60_000;

export type SessionOwner = { workspaceId: string; userId: string; sessionId: string };

export type Claim = { token: string; session: MediaUploadSession };

/**
 * Claims an UPLOADING session whose stored bytes end at `offset`. Otherwise explains why not:
 * 404 when gone or expired, 409 when finished, or 409 with the offset to resume from.
 */
export async function claimSessionOrThrow(
  { workspaceId, userId, sessionId }: SessionOwner,
  offset: number,
  offsetMessage: (current: number) => string,
): Promise<Claim> {
  const db = await getDb();
  const at = now();
  const token = randomUUID();
  const claimed = await db.mediaUploadSession.updateMany({
    where: {
      id: sessionId,
      workspaceId,
      userId,
      status: "UPLOADING",
      expiresAt: { gt: at },
      receivedBytes: BigInt(offset),
      OR: [{ claimToken: null }, { claimedAt: { lt: new Date(at.getTime() - CLAIM_STALE_MS) } }],
    },
    data: { claimToken: token, claimedAt: at },
  });
  const session = await db.mediaUploadSession.findFirst({ where: { id: sessionId, workspaceId, userId } });
  if (!session || session.expiresAt <= at)
    throw new AppError("NOT_FOUND", "This upload does not exist or has expired. Start it again.");
  if (claimed.count === 1) return { token, session };
  if (session.status === "COMPLETED") throw new AppError("CONFLICT", "This upload is already complete.");
  if (session.status === "FAILED")
    throw new AppError("CONFLICT", `This upload was refused: ${session.error ?? "the file is not usable."}`);
  const current = Number(session.receivedBytes);
  if (current !== offset) throw new UploadOffsetError(offsetMessage(current), current);
  throw new UploadOffsetError("Another part of this upload is being saved. Try again in a moment.", current);
}

/** Ends a claim, writing `data` only if the claim is still ours; false when it was taken over. */
export async function releaseClaim(
  claim: Claim,
  data: Prisma.MediaUploadSessionUncheckedUpdateManyInput = {},
): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.mediaUploadSession.updateMany({
    where: { id: claim.session.id, claimToken: claim.token },
    data: { ...data, claimToken: null, claimedAt: null },
  });
  return count === 1;
}
