// POST /rest/{images|documents|videos}?action=initializeUpload (doc §8.1, §9.1, §10): creates the
// asset in WAITING_UPLOAD and answers with upload URLs served by the sandbox. Videos get one URL
// per 4 MiB part with inclusive byte ranges, plus optional captions and thumbnail URLs.
import type { MediaKind } from "../config";
import type { RequestContext } from "../http/context";
import { badRequest } from "../http/errors";
import { json, type Reply } from "../http/reply";
import { deterministicString, newMediaId } from "../ids";
import { VIDEO_MAX_BYTES_CONFIGURABLE } from "../../lib/media/inspect";
import type { MediaUploadPart, SandboxMedia } from "../state";
import { authorizeMediaWrite, parseOwner } from "./media-access";
import { mediaUrn } from "./media-store";
import { uploadUrl } from "./media-urls";

/** §9.2: every part but the last is exactly 4 MiB. */
export const VIDEO_PART_SIZE = 4_194_304;

const ID_PREFIX: Record<MediaKind, string> = { image: "C4E10AQ", video: "C5F10AQ", document: "D4D10AQ" };

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** `initializeUploadRequest` of the body, or 400. */
function readRequest(body: unknown): Json {
  if (!isRecord(body) || !isRecord(body.initializeUploadRequest))
    throw badRequest('The request body must be {"initializeUploadRequest":{"owner":"urn:li:…"}}');
  return body.initializeUploadRequest;
}

function optionalBoolean(request: Json, key: string): boolean {
  const value = request[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean")
    throw badRequest(`Invalid value for field "initializeUploadRequest.${key}": must be a boolean`);
  return value;
}

/** §9.2 formula: partCount = ceil(size / 4 MiB), lastByte(i) = min(size, (i + 1) × 4 MiB) − 1. */
export function videoParts(fileSizeBytes: number): MediaUploadPart[] {
  const count = Math.ceil(fileSizeBytes / VIDEO_PART_SIZE);
  return Array.from({ length: count }, (_, i) => ({
    firstByte: i * VIDEO_PART_SIZE,
    lastByte: Math.min(fileSizeBytes, (i + 1) * VIDEO_PART_SIZE) - 1,
    etag: null,
  }));
}

function newMedia(ctx: RequestContext, kind: MediaKind, owner: string): SandboxMedia {
  const { state } = ctx;
  const now = ctx.now();
  const id = newMediaId(state, ID_PREFIX[kind]);
  return {
    id: mediaUrn(kind, id),
    kind,
    owner,
    status: "WAITING_UPLOAD",
    createdAt: now,
    createdBy: { clientId: ctx.auth?.clientId ?? "", memberId: ctx.auth?.member?.id ?? null },
    uploadToken: deterministicString(state, "upload-token", 24),
    downloadToken: deterministicString(state, "download-token", 24),
    uploadUrlExpiresAt: now + state.config.media.uploadUrlTtlMs[kind],
  };
}

function requireAction(ctx: RequestContext, allowed: readonly string[]): string {
  const action = ctx.query.action;
  if (typeof action !== "string" || !allowed.includes(action)) {
    throw badRequest(
      action === undefined
        ? `Missing "action" parameter: expected ${allowed.map((a) => `?action=${a}`).join(" or ")}`
        : `Unknown action "${String(action)}": expected ${allowed.join(" or ")}`,
    );
  }
  return action;
}

/** POST /rest/images and /rest/documents: single-PUT assets. */
export function initializeSingleUpload(kind: "image" | "document") {
  return (ctx: RequestContext): Reply => {
    requireAction(ctx, ["initializeUpload"]);
    const request = readRequest(ctx.body);
    const owner = parseOwner(request.owner);
    authorizeMediaWrite(ctx, kind, owner);
    const media = newMedia(ctx, kind, owner);
    media.parts = [];
    ctx.state.media[media.id] = media;
    const slot = kind === "image" ? "uploaded-image" : "uploaded-document";
    return json(200, {
      value: {
        uploadUrlExpiresAt: media.uploadUrlExpiresAt,
        uploadUrl: uploadUrl(ctx.baseUrl, media, slot),
        [kind]: media.id,
      },
    });
  };
}

export function initializeVideoUpload(ctx: RequestContext): Reply {
  const request = readRequest(ctx.body);
  const owner = parseOwner(request.owner);
  const size = request.fileSizeBytes;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size <= 0)
    throw badRequest(
      'Invalid value for field "initializeUploadRequest.fileSizeBytes": must be a positive integer',
    );
  if (size > VIDEO_MAX_BYTES_CONFIGURABLE)
    throw badRequest(
      `Invalid value for field "initializeUploadRequest.fileSizeBytes": Maximum allowed Videos size is 5GB, got ${size} bytes`,
    );
  const uploadCaptions = optionalBoolean(request, "uploadCaptions");
  const uploadThumbnail = optionalBoolean(request, "uploadThumbnail");
  authorizeMediaWrite(ctx, "video", owner);

  const { state } = ctx;
  const media = newMedia(ctx, "video", owner);
  media.declaredSizeBytes = size;
  media.parts = videoParts(size);
  // §9.1: "" for single-part uploads; an opaque token to echo in finalize otherwise.
  media.finalizeToken = media.parts.length > 1 ? deterministicString(state, "finalize-token", 40) : "";
  if (uploadCaptions) media.captions = {};
  if (uploadThumbnail) media.thumbnail = {};
  state.media[media.id] = media;

  return json(200, {
    value: {
      uploadUrlsExpireAt: media.uploadUrlExpiresAt,
      video: media.id,
      uploadInstructions: media.parts.map((part, i) => ({
        uploadUrl: uploadUrl(ctx.baseUrl, media, "uploadedVideo", i),
        firstByte: part.firstByte,
        lastByte: part.lastByte,
      })),
      uploadToken: media.finalizeToken,
      ...(uploadCaptions ? { captionsUploadUrl: uploadUrl(ctx.baseUrl, media, "uploadedCaptions") } : {}),
      ...(uploadThumbnail ? { thumbnailUploadUrl: uploadUrl(ctx.baseUrl, media, "uploadedThumbnail") } : {}),
    },
  });
}

export { requireAction, readRequest, isRecord };
