// The stored file behind an asset, for streaming to the browser; only within its workspace.
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { storedSize } from "@/lib/media/storage";

export async function getMediaFile({ workspaceId, assetId }: { workspaceId: string; assetId: string }) {
  const db = await getDb();
  const asset = await db.mediaAsset.findFirst({
    where: { id: assetId, workspaceId },
    select: { id: true, fileName: true, mimeType: true, sha256: true, storageKey: true },
  });
  if (!asset) throw new AppError("NOT_FOUND", "That media file does not exist in this workspace.");
  const size = await storedSize(asset.storageKey);
  if (size === undefined) throw new AppError("NOT_FOUND", "That media file is missing from storage.");
  return { ...asset, size };
}
