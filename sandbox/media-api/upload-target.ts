// PUT {uploadUrl}: the sandbox's stand-in for www.linkedin.com/dms-uploads (doc §8.2, §9.3, §9.4,
// §10). Images and documents: the whole file in one PUT → 201, then processing. Video parts: exactly
// the instruction's byte range → 200 with an ETag. Captions and thumbnail → 201, checked at once and
// applied at finalize. Bodies stream to disk; no upload is held in memory.
import { createHash } from "node:crypto";
import { closeSync, openSync } from "node:fs";
import type { RequestContext } from "../http/context";
import { ApiError } from "../http/errors";
import { empty, type Reply } from "../http/reply";
import { inspectCaptions, inspectThumbnail } from "../../lib/media/inspect";
import type { MediaSideUpload, SandboxMedia } from "../state";
import { blobStore } from "./blob-store";
import { findMedia, mediaUrn } from "./media-store";
import { inspectStoredMedia, startProcessing } from "./media-processing";
import { UPLOAD_SLOTS, type UploadSlotName } from "./media-urls";
import { drain, receiveUpload } from "./upload-receiver";

/** Captions files are small text; anything larger is not an SRT worth storing. */
const CAPTIONS_MAX_BYTES = 10 * 1024 * 1024;

/** Upload-host errors are plain `{status, message}` (the dms-uploads host is not the REST gateway). */
const uploadError = (status: number, message: string) => new ApiError(status, { status, message });

export async function receiveUploadRequest(ctx: RequestContext): Promise<Reply> {
  try {
    return await handle(ctx);
  } catch (error) {
    drain(ctx.req);
    throw error;
  }
}

async function handle(ctx: RequestContext): Promise<Reply> {
  const { state } = ctx;
  const slotName = ctx.params.slot as UploadSlotName;
  const target = Object.hasOwn(UPLOAD_SLOTS, slotName) ? UPLOAD_SLOTS[slotName] : undefined;
  const id = ctx.params.id ?? "";
  const index = Number(ctx.params.index);
  const media =
    target && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? findMedia(state, mediaUrn(target.kind, id)) : undefined;
  if (!target || !media || !Number.isInteger(index)) throw uploadError(404, "Upload target not found");
  if (ctx.query.ut !== media.uploadToken) throw uploadError(403, "Upload URL signature does not match");
  if (ctx.now() > (media.uploadUrlExpiresAt ?? 0))
    throw uploadError(
      403,
      `Upload URL expired at ${new Date(media.uploadUrlExpiresAt ?? 0).toISOString()}; call initializeUpload again`,
    );

  if (slotName === "uploadedVideo") return receiveVideoPart(ctx, media, index);
  if (target.slot !== "main") return receiveSideUpload(ctx, media, target.slot);
  if (index !== 0) throw uploadError(404, "Upload target not found");
  if (media.status !== "WAITING_UPLOAD")
    throw uploadError(400, `The upload for ${media.id} is already complete (status ${media.status})`);

  const file = blobStore(state).pathFor(id, "main");
  const received = await receiveUpload(ctx.req, {
    file,
    flags: "w",
    position: 0,
    storeLimit: state.config.media.maxBytes[media.kind],
  });
  if (received.aborted) throw uploadError(400, "The upload was interrupted before the end of the body");
  media.parts = [
    {
      firstByte: 0,
      lastByte: received.size - 1,
      etag: etagFor(media, 0, received.sha256),
      uploadedAt: ctx.now(),
    },
  ];
  startProcessing(state, media, await inspectStoredMedia(state, media, received));
  return empty(201);
}

function etagFor(media: SandboxMedia, index: number, sha256: string): string {
  const signed = createHash("sha256")
    .update(`${media.id}|${index}|${sha256}`)
    .digest("base64url")
    .slice(0, 43);
  return `/ambry-video/signedId/${signed}`;
}

async function receiveVideoPart(ctx: RequestContext, media: SandboxMedia, index: number): Promise<Reply> {
  const part = media.parts?.[index];
  if (!part) throw uploadError(404, "Upload target not found");
  if (media.status !== "WAITING_UPLOAD")
    throw uploadError(400, `${media.id} has already been finalized; parts can no longer be uploaded`);
  const expected = part.lastByte - part.firstByte + 1;
  const range = `bytes ${part.firstByte}-${part.lastByte}`;
  const declared = Number(ctx.headers["content-length"]);
  if (ctx.headers["content-length"] !== undefined && declared !== expected)
    throw uploadError(
      400,
      `Part ${index} must be exactly ${expected} bytes (${range}), Content-Length says ${declared}`,
    );

  const { state } = ctx;
  const tooLarge = (media.declaredSizeBytes ?? 0) > state.config.media.maxBytes.video;
  const file = blobStore(state).pathFor(ctx.params.id ?? "", "main");
  // Parts are written at their offsets into one file; (re)create it if a restart lost it.
  if (!tooLarge) closeSync(openSync(file, "a"));
  const received = await receiveUpload(ctx.req, {
    // A video over the limit fails at finalize anyway: count its parts without storing them.
    file: tooLarge ? null : file,
    flags: "r+",
    position: part.firstByte,
    storeLimit: expected,
  });
  if (received.aborted) throw uploadError(400, `The upload of part ${index} was interrupted`);
  if (received.size !== expected) {
    part.etag = null;
    throw uploadError(
      400,
      `Part ${index} must be exactly ${expected} bytes (${range}), got ${received.size}`,
    );
  }
  part.etag = etagFor(media, index, received.sha256);
  part.uploadedAt = ctx.now();
  return empty(200, { ETag: part.etag });
}

async function receiveSideUpload(
  ctx: RequestContext,
  media: SandboxMedia,
  slot: "captions" | "thumbnail",
): Promise<Reply> {
  const record: MediaSideUpload | undefined = media[slot];
  if (!record)
    throw uploadError(
      404,
      `${media.id} was initialized without ${slot === "captions" ? "uploadCaptions" : "uploadThumbnail"}: true`,
    );
  if (media.status !== "WAITING_UPLOAD")
    throw uploadError(400, `Upload the ${slot} of ${media.id} before finalizeUpload`);
  const { state } = ctx;
  const file = blobStore(state).pathFor(ctx.params.id ?? "", slot);
  const limit = slot === "captions" ? CAPTIONS_MAX_BYTES : state.config.media.maxBytes.image;
  const received = await receiveUpload(ctx.req, { file, flags: "w", position: 0, storeLimit: limit });
  if (received.aborted) throw uploadError(400, `The ${slot} upload was interrupted`);
  const next: MediaSideUpload = { uploadedAt: ctx.now(), sizeBytes: received.size };
  if (received.overflow) {
    next.problem = `The ${slot} file is larger than the sandbox accepts (${limit} bytes).`;
  } else if (slot === "captions") {
    const result = await inspectCaptions(file);
    if (result.ok) Object.assign(next, { mimeType: "application/x-subrip", cueCount: result.info.cueCount });
    else next.problem = `Captions: ${result.reason}`;
  } else {
    const result = await inspectThumbnail(file);
    if (result.ok)
      Object.assign(next, {
        mimeType: result.info.mimeType,
        width: result.info.width,
        height: result.info.height,
      });
    else next.problem = `Thumbnail: ${result.reason}`;
  }
  media[slot] = next;
  return empty(201);
}
