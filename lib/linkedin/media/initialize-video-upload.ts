// POST /rest/videos?action=initializeUpload (doc §9.1–§9.2): LinkedIn splits the file into parts,
// each with its OWN upload URL and inclusive byte range. Cadence uses them exactly as given
// (pitfall §15.9: never PUT every part to the first URL) after checking they tile the file.
import { LinkedInUnexpectedResponseError } from "../errors/linkedin-errors";
import type { LinkedInClient } from "../http/linkedin-client";
import { mediaWriteScopes } from "./media-scopes";
import { initializeVideoResponseSchema } from "./media-schemas";
import { UPLOAD_STATE_VERSION, type VideoUploadState } from "./upload-state";

export interface InitializeVideoUploadInput {
  owner: string;
  /** Must equal the real size (doc §9.2). */
  fileSizeBytes: number;
  uploadCaptions?: boolean;
  uploadThumbnail?: boolean;
  signal?: AbortSignal;
}

export async function initializeVideoUpload(
  client: LinkedInClient,
  input: InitializeVideoUploadInput,
): Promise<VideoUploadState> {
  const uploadCaptions = input.uploadCaptions ?? false;
  const uploadThumbnail = input.uploadThumbnail ?? false;
  const { data } = await client.request({
    api: "rest",
    method: "POST",
    path: "/videos",
    query: { action: "initializeUpload" },
    restliMethod: "ACTION",
    json: {
      initializeUploadRequest: {
        owner: input.owner,
        fileSizeBytes: input.fileSizeBytes,
        uploadCaptions,
        uploadThumbnail,
      },
    },
    schema: initializeVideoResponseSchema,
    // A repeated initialize only leaves an orphan asset behind (never posted, URLs expire).
    idempotent: true,
    requiredScopes: mediaWriteScopes(input.owner),
    signal: input.signal,
  });
  const { value } = data;
  const problem = checkInstructions(value.uploadInstructions, input.fileSizeBytes);
  if (problem) {
    throw new LinkedInUnexpectedResponseError(problem, { status: 200, endpoint: "POST /rest/videos" });
  }
  const side = (url: string | null | undefined, requested: boolean) => {
    if (!requested) return null;
    if (!url) {
      throw new LinkedInUnexpectedResponseError("a requested captions/thumbnail upload URL is missing", {
        status: 200,
        endpoint: "POST /rest/videos",
      });
    }
    return { uploadUrl: url, uploaded: false };
  };
  return {
    version: UPLOAD_STATE_VERSION,
    kind: "video",
    mediaUrn: value.video,
    owner: input.owner,
    fileSizeBytes: input.fileSizeBytes,
    uploadToken: value.uploadToken ?? "",
    expiresAt: value.uploadUrlsExpireAt,
    parts: value.uploadInstructions.map((i) => ({
      uploadUrl: i.uploadUrl,
      firstByte: i.firstByte,
      lastByte: i.lastByte,
      etag: null,
    })),
    captions: side(value.captionsUploadUrl, uploadCaptions),
    thumbnail: side(value.thumbnailUploadUrl, uploadThumbnail),
    finalized: false,
  };
}

/** The doc's client sanity check (§9.2): parts in order, contiguous, covering exactly the file. */
export function checkInstructions(
  instructions: readonly { firstByte: number; lastByte: number }[],
  fileSizeBytes: number,
): string | null {
  let next = 0;
  for (const [i, part] of instructions.entries()) {
    if (part.firstByte !== next || part.lastByte < part.firstByte) {
      return `upload instruction ${i} covers bytes ${part.firstByte}-${part.lastByte}, expected to start at ${next}`;
    }
    next = part.lastByte + 1;
  }
  return next === fileSizeBytes
    ? null
    : `upload instructions cover ${next} bytes, the file has ${fileSizeBytes}`;
}
