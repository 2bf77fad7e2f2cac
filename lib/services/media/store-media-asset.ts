// Turns a finished temp file into a MediaAsset, for browser uploads and URL imports alike: checks
// the bytes against LinkedIn's rules (format by content, pixels, GIF frames, MP4 size and
// duration, document pages, SRT syntax), names the file by its sha256 and records the asset; the
// same bytes in a workspace give back the first asset (stored once). A refusal removes the temp
// file and creates nothing. Callers keep their own bookkeeping (an upload session's claim).
import { getDb } from "@/lib/db";
import { type MediaAsset, Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { inspectUpload, type InspectedUpload } from "@/lib/media/inspect-upload";
import { assetKeyFor, moveFile, removeFile, sha256OfFile, storagePath } from "@/lib/media/storage";
import type { UploadKind } from "@/lib/schemas/media";

export type StoreMediaAssetInput = {
  workspaceId: string;
  /** Storage key of the complete file; moved into place or removed. */
  tempKey: string;
  fileName: string;
  size: number;
  /** What the file is for (its rules); undefined lets the first bytes decide. */
  hint: UploadKind | undefined;
  /** Names the upload in the log line when a crafted file trips the inspector. */
  logContext: Record<string, unknown>;
};

export type StoreMediaAssetResult =
  { ok: true; asset: MediaAsset; deduplicated: boolean } | { ok: false; reason: string };

export async function storeMediaAsset(input: StoreMediaAssetInput): Promise<StoreMediaAssetResult> {
  const { workspaceId, tempKey } = input;
  const verdict = await inspectSafely(tempKey, input.hint, input.logContext);
  if (!verdict.ok) {
    await removeFile(tempKey);
    return verdict;
  }

  const sha256 = await sha256OfFile(tempKey);
  const db = await getDb();
  const existing = await db.mediaAsset.findUnique({ where: { workspaceId_sha256: { workspaceId, sha256 } } });
  if (existing) {
    await removeFile(tempKey);
    return { ok: true, asset: existing, deduplicated: true };
  }

  const storageKey = assetKeyFor(workspaceId, sha256);
  await moveFile(tempKey, storageKey);
  try {
    const asset = await db.mediaAsset.create({
      data: {
        workspaceId,
        fileName: input.fileName,
        sha256,
        storageKey,
        sizeBytes: BigInt(input.size),
        ...verdict.info,
      },
    });
    return { ok: true, asset, deduplicated: false };
  } catch (error) {
    // Another upload of the same bytes won the race: the stored file is the same either way.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.mediaAsset.findUnique({
        where: { workspaceId_sha256: { workspaceId, sha256 } },
      });
      if (winner) return { ok: true, asset: winner, deduplicated: true };
    }
    const referenced = await db.mediaAsset.count({ where: { workspaceId, sha256 } });
    if (referenced === 0) await removeFile(storageKey);
    throw error;
  }
}

/** A parser tripping over a crafted file is a refusal of that file, not a server error. */
async function inspectSafely(
  tempKey: string,
  hint: UploadKind | undefined,
  logContext: Record<string, unknown>,
): Promise<{ ok: true; info: InspectedUpload } | { ok: false; reason: string }> {
  try {
    return await inspectUpload(storagePath(tempKey), hint);
  } catch (error) {
    logger.warn("media inspection failed", {
      ...logContext,
      error: error instanceof Error ? error.message : String(error),
    });
    return {
      ok: false,
      reason: "Cadence could not read this file; it may be damaged. Try exporting it again.",
    };
  }
}
