// The JSON shapes of assets and upload sessions (lib/schemas/media): BigInts become numbers (500 MB
// fits comfortably), dates ISO strings.
import type { MediaAsset, MediaUploadSession } from "@/lib/generated/prisma/client";
import {
  MAX_CHUNK_BYTES,
  type MediaAssetView,
  UPLOAD_KINDS,
  type UploadKind,
  type UploadSessionView,
} from "@/lib/schemas/media";

export function mediaFileUrl(assetId: string): string {
  return `/api/media/${assetId}/file`;
}

export function toAssetView(asset: MediaAsset): MediaAssetView {
  return {
    id: asset.id,
    kind: asset.kind,
    fileName: asset.fileName,
    mimeType: asset.mimeType,
    sizeBytes: Number(asset.sizeBytes),
    sha256: asset.sha256,
    width: asset.width,
    height: asset.height,
    durationMs: asset.durationMs,
    pageCount: asset.pageCount,
    createdAt: asset.createdAt.toISOString(),
    url: mediaFileUrl(asset.id),
  };
}

export function toSessionView(session: MediaUploadSession): UploadSessionView {
  return {
    id: session.id,
    fileName: session.fileName,
    kind: readKindHint(session.kindHint) ?? null,
    size: Number(session.declaredSize),
    offset: Number(session.receivedBytes),
    status: session.status,
    error: session.error,
    assetId: session.assetId,
    expiresAt: session.expiresAt.toISOString(),
    maxChunkBytes: MAX_CHUNK_BYTES,
  };
}

export function readKindHint(value: string | null): UploadKind | undefined {
  return (UPLOAD_KINDS as readonly string[]).includes(value ?? "") ? (value as UploadKind) : undefined;
}
