// Finishes an upload: checks the bytes against LinkedIn's rules (format by content, pixels, GIF
// frames, MP4 size and duration, document pages, SRT syntax), names the file by its sha256 and
// records the MediaAsset. Refused bytes answer 422 and leave nothing behind: no asset, no file.
// The same bytes uploaded twice in a workspace give back the first asset (stored once).
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { inspectUpload, type InspectedUpload } from "@/lib/media/inspect-upload";
import { MediaRejectedError } from "@/lib/media/media-errors";
import {
  assetKeyFor,
  moveFile,
  removeFile,
  sha256OfFile,
  storagePath,
  storedSize,
} from "@/lib/media/storage";
import { logger } from "@/lib/logger";
import type { CompleteUploadView } from "@/lib/schemas/media";
import { readKindHint, toAssetView } from "@/lib/services/media/media-views";
import {
  type Claim,
  claimSessionOrThrow,
  releaseClaim,
  type SessionOwner,
} from "@/lib/services/media/upload-claim";

export async function completeUpload(owner: SessionOwner): Promise<CompleteUploadView> {
  const db = await getDb();
  // Completing twice (the first answer got lost) gives the same asset again.
  const finished = await db.mediaUploadSession.findFirst({
    where: { id: owner.sessionId, workspaceId: owner.workspaceId, userId: owner.userId, status: "COMPLETED" },
    include: { asset: true },
  });
  if (finished?.asset) return { asset: toAssetView(finished.asset), deduplicated: false };

  const declared = await db.mediaUploadSession.findFirst({
    where: { id: owner.sessionId, workspaceId: owner.workspaceId, userId: owner.userId },
    select: { declaredSize: true },
  });
  const size = Number(declared?.declaredSize ?? 0);
  const claim = await claimSessionOrThrow(
    owner,
    size,
    (current) => `Only ${current} of ${size} bytes have arrived. Send the rest before completing.`,
  );
  try {
    return await finish(claim, owner.workspaceId, size);
  } catch (error) {
    await releaseClaim(claim);
    throw error;
  }
}

async function finish(claim: Claim, workspaceId: string, size: number): Promise<CompleteUploadView> {
  const { session } = claim;
  const onDisk = await storedSize(session.tempKey);
  if (onDisk !== size) {
    await releaseClaim(claim, { receivedBytes: BigInt(Math.min(onDisk ?? 0, size)) });
    throw new AppError("CONFLICT", "Part of this upload was lost on the server. Resume it to send the rest.");
  }

  const verdict = await inspectSafely(session.tempKey, readKindHint(session.kindHint), session.id);
  if (!verdict.ok) {
    await removeFile(session.tempKey);
    await releaseClaim(claim, { status: "FAILED", error: verdict.reason });
    throw new MediaRejectedError(verdict.reason);
  }

  const sha256 = await sha256OfFile(session.tempKey);
  const db = await getDb();
  const existing = await db.mediaAsset.findUnique({ where: { workspaceId_sha256: { workspaceId, sha256 } } });
  if (existing) return reuse(claim, existing.id);

  const storageKey = assetKeyFor(workspaceId, sha256);
  await moveFile(session.tempKey, storageKey);
  try {
    const asset = await db.mediaAsset.create({
      data: {
        workspaceId,
        fileName: session.fileName,
        sha256,
        storageKey,
        sizeBytes: BigInt(size),
        ...verdict.info,
      },
    });
    await releaseClaim(claim, { status: "COMPLETED", assetId: asset.id });
    return { asset: toAssetView(asset), deduplicated: false };
  } catch (error) {
    // Another upload of the same bytes won the race: the stored file is the same either way.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.mediaAsset.findUnique({
        where: { workspaceId_sha256: { workspaceId, sha256 } },
      });
      if (winner) return reuse(claim, winner.id);
    }
    const referenced = await db.mediaAsset.count({ where: { workspaceId, sha256 } });
    if (referenced === 0) await removeFile(storageKey);
    throw error;
  }
}

async function reuse(claim: Claim, assetId: string): Promise<CompleteUploadView> {
  const db = await getDb();
  await removeFile(claim.session.tempKey);
  await releaseClaim(claim, { status: "COMPLETED", assetId });
  const asset = await db.mediaAsset.findUniqueOrThrow({ where: { id: assetId } });
  return { asset: toAssetView(asset), deduplicated: true };
}

/** A parser tripping over a crafted file is a refusal of that file, not a server error. */
async function inspectSafely(
  tempKey: string,
  hint: ReturnType<typeof readKindHint>,
  sessionId: string,
): Promise<{ ok: true; info: InspectedUpload } | { ok: false; reason: string }> {
  try {
    return await inspectUpload(storagePath(tempKey), hint);
  } catch (error) {
    logger.warn("media inspection failed", {
      sessionId,
      error: error instanceof Error ? error.message : String(error),
    });
    return {
      ok: false,
      reason: "Cadence could not read this file; it may be damaged. Try exporting it again.",
    };
  }
}
