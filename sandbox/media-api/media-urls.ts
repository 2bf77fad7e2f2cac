// Upload and download URLs served by the sandbox itself, stand-ins for
// `https://www.linkedin.com/dms-uploads/…` and `https://media.licdn.com/dms/…` (doc §1, §8–§10).
// Upload URLs carry the asset's upload token (`ut=`); download URLs an expiry (`e=`) and a
// signature (`t=`) over it, both checked against the sandbox clock.
import { createHash } from "node:crypto";
import type { MediaKind } from "../config";
import type { SandboxMedia } from "../state";
import type { BlobSlot } from "./blob-store";
import { parseMediaUrn } from "./media-store";

/** The path segment naming what an upload URL receives. */
export const UPLOAD_SLOTS = {
  "uploaded-image": { kind: "image", slot: "main" },
  "uploaded-document": { kind: "document", slot: "main" },
  uploadedVideo: { kind: "video", slot: "main" },
  uploadedCaptions: { kind: "video", slot: "captions" },
  uploadedThumbnail: { kind: "video", slot: "thumbnail" },
} as const satisfies Record<string, { kind: MediaKind; slot: BlobSlot }>;
export type UploadSlotName = keyof typeof UPLOAD_SLOTS;

/** The path segment naming what a download URL serves. */
export const DOWNLOAD_VARIANTS = {
  "image-shrink_1280": { kind: "image", slot: "main" },
  "document-pdf-analyzed": { kind: "document", slot: "main" },
  "mp4-720p-30fp-crf28": { kind: "video", slot: "main" },
  "videocover-high": { kind: "video", slot: "thumbnail" },
  "captions-srt": { kind: "video", slot: "captions" },
} as const satisfies Record<string, { kind: MediaKind; slot: BlobSlot }>;
export type DownloadVariant = keyof typeof DOWNLOAD_VARIANTS;

const idOf = (media: SandboxMedia) => parseMediaUrn(media.id)?.id ?? "";

export function uploadUrl(baseUrl: string, media: SandboxMedia, slot: UploadSlotName, index = 0): string {
  return `${baseUrl}/dms-uploads/${idOf(media)}/${slot}/${index}?ca=vector_ads&cn=uploads&sync=0&v=beta&ut=${media.uploadToken ?? ""}`;
}

export function downloadSignature(media: SandboxMedia, variant: string, expiresAt: number): string {
  return createHash("sha256")
    .update(`${media.downloadToken ?? ""}|${media.id}|${variant}|${expiresAt}`)
    .digest("base64url")
    .slice(0, 32);
}

export function downloadUrl(
  baseUrl: string,
  media: SandboxMedia,
  variant: DownloadVariant,
  expiresAt: number,
): string {
  const kind = DOWNLOAD_VARIANTS[variant].kind;
  return `${baseUrl}/dms/${kind}/${idOf(media)}/${variant}/0?e=${expiresAt}&v=beta&t=${downloadSignature(media, variant, expiresAt)}`;
}
