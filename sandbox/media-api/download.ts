// GET {downloadUrl}: the sandbox's stand-in for media.licdn.com/dms (doc §8.4). Streams the stored
// file; the URL's expiry and signature are checked against the sandbox clock.
import { createReadStream, statSync } from "node:fs";
import type { RequestContext } from "../http/context";
import { historyMediaBytes } from "../history/history-media-bytes";
import { isHistoryMedia } from "../history/history-posts";
import { ApiError } from "../http/errors";
import { bytes, type Reply } from "../http/reply";
import { blobStore } from "./blob-store";
import { findMedia, mediaUrn } from "./media-store";
import { DOWNLOAD_VARIANTS, downloadSignature, type DownloadVariant } from "./media-urls";

const downloadError = (status: number, message: string) => new ApiError(status, { status, message });

export function downloadMedia(ctx: RequestContext): Reply {
  const variant = ctx.params.variant as DownloadVariant;
  const target = Object.hasOwn(DOWNLOAD_VARIANTS, variant) ? DOWNLOAD_VARIANTS[variant] : undefined;
  const id = ctx.params.id ?? "";
  if (
    !target ||
    target.kind !== ctx.params.kind ||
    !/^[A-Za-z0-9_-]{1,64}$/.test(id) ||
    ctx.params.index !== "0"
  )
    throw downloadError(404, "Not Found");
  const media = findMedia(ctx.state, mediaUrn(target.kind, id));
  if (!media) throw downloadError(404, "Not Found");
  const expiresAt = Number(ctx.query.e);
  if (ctx.query.t !== downloadSignature(media, variant, expiresAt))
    throw downloadError(403, "Invalid signature");
  if (ctx.now() > expiresAt) throw downloadError(403, "This download URL has expired");
  if (media.status !== "AVAILABLE") throw downloadError(404, "Not Found");

  const contentType =
    target.slot === "main"
      ? (media.info?.mimeType ?? "application/octet-stream")
      : (media[target.slot]?.mimeType ?? "application/octet-stream");
  if (isHistoryMedia(media)) {
    // History assets have no stored file: their bytes are drawn on demand (and cached).
    const drawn = historyMediaBytes(media, target.slot);
    if (!drawn) throw downloadError(404, "Not Found");
    return bytes(200, drawn, contentType, { "Cache-Control": "private, max-age=3600" });
  }

  const file = blobStore(ctx.state).pathFor(id, target.slot);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw downloadError(404, "The stored bytes of this asset are no longer available");
  }
  return {
    status: 200,
    stream: createReadStream(file),
    contentType,
    headers: { "Content-Length": String(size), "Cache-Control": "private, max-age=3600" },
  };
}
