// Media assets in LinkedIn's GET shape (doc §8.4, §9.6, §10): download URLs and aspect ratio only
// once AVAILABLE, upload URL while WAITING_UPLOAD, processingFailureReason once failed.
import type { SandboxMedia } from "../state";
import { downloadUrl, uploadUrl, type DownloadVariant } from "./media-urls";

const MAIN_VARIANT: Record<SandboxMedia["kind"], DownloadVariant> = {
  image: "image-shrink_1280",
  video: "mp4-720p-30fp-crf28",
  document: "document-pdf-analyzed",
};

export interface ViewOptions {
  baseUrl: string;
  now: number;
  downloadUrlTtlMs: number;
}

/** A fresh, signed download URL for the asset's bytes (or its video thumbnail / captions). */
export function mediaDownloadUrl(media: SandboxMedia, options: ViewOptions, variant?: DownloadVariant) {
  const expiresAt = options.now + options.downloadUrlTtlMs;
  return {
    url: downloadUrl(options.baseUrl, media, variant ?? MAIN_VARIANT[media.kind], expiresAt),
    expiresAt,
  };
}

export function toWireMedia(media: SandboxMedia, options: ViewOptions): Record<string, unknown> {
  const available = media.status === "AVAILABLE";
  const download = available ? mediaDownloadUrl(media, options) : undefined;
  const info = media.info;
  const view: Record<string, unknown> = { owner: media.owner, status: media.status, id: media.id };
  if (download) {
    view.downloadUrl = download.url;
    view.downloadUrlExpiresAt = download.expiresAt;
  }
  if (media.kind !== "document" && available && info?.width && info.height) {
    // Pixel dimensions: a ratio pair LinkedIn leaves empty until AVAILABLE (exact form UNCONFIRMED).
    view.aspectRatioWidth = info.width;
    view.aspectRatioHeight = info.height;
  }
  if (media.kind === "video") {
    if (available && info?.durationMs !== undefined) view.duration = info.durationMs;
    if (available && media.thumbnail?.uploadedAt !== undefined)
      view.thumbnail = mediaDownloadUrl(media, options, "videocover-high").url;
    if (available && media.captions?.uploadedAt !== undefined)
      view.captions = [{ url: mediaDownloadUrl(media, options, "captions-srt").url, format: "SRT" }];
  } else if (media.status === "WAITING_UPLOAD") {
    view.uploadUrl = uploadUrl(
      options.baseUrl,
      media,
      media.kind === "image" ? "uploaded-image" : "uploaded-document",
    );
    view.uploadUrlExpiresAt = media.uploadUrlExpiresAt;
  }
  if (media.uploadedAt !== undefined && media.kind !== "video") view.uploadedAt = media.uploadedAt;
  if (media.status === "PROCESSING_FAILED" && media.processingFailureReason)
    view.processingFailureReason = media.processingFailureReason;
  return view;
}
