// Finishes an upload: checks the bytes against LinkedIn's rules (format by content, pixels, GIF
// frames, MP4 size and duration, document pages, SRT syntax), names the file by its sha256 and
// records the MediaAsset (lib/services/media/store-media-asset). Refused bytes answer 422 and
// leave nothing behind: no asset, no file. The same bytes uploaded twice in a workspace give back
// the first asset (stored once).
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MediaRejectedError } from "@/lib/media/media-errors";
import { storedSize } from "@/lib/media/storage";
import type { CompleteUploadView } from "@/lib/schemas/media";
import { readKindHint, toAssetView } from "@/lib/services/media/media-views";
import { storeMediaAsset } from "@/lib/services/media/store-media-asset";
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

  const stored = await storeMediaAsset({
    workspaceId,
    tempKey: session.tempKey,
    fileName: session.fileName,
    size,
    hint: readKindHint(session.kindHint),
    logContext: { sessionId: session.id },
  });
  if (!stored.ok) {
    await releaseClaim(claim, { status: "FAILED", error: stored.reason });
    throw new MediaRejectedError(stored.reason);
  }
  await releaseClaim(claim, { status: "COMPLETED", assetId: stored.asset.id });
  return { asset: toAssetView(stored.asset), deduplicated: stored.deduplicated };
}
