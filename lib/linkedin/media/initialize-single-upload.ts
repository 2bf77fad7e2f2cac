// POST /rest/{images|documents}?action=initializeUpload (doc §8.1, §10): one upload URL for the
// whole file. Retried on transient failures: a repeated initialize leaves at most an orphan asset
// that nothing references and whose URL expires, unlike a repeated post.
import type { LinkedInClient } from "../http/linkedin-client";
import type { DocumentUrn, ImageUrn } from "../urns";
import { mediaWriteScopes } from "./media-scopes";
import { initializeDocumentResponseSchema, initializeImageResponseSchema } from "./media-schemas";
import { UPLOAD_STATE_VERSION, type SingleUploadState } from "./upload-state";

export async function initializeSingleUpload(
  client: LinkedInClient,
  input: { kind: "image" | "document"; owner: string; fileSizeBytes: number; signal?: AbortSignal },
): Promise<SingleUploadState> {
  const request = {
    api: "rest",
    method: "POST",
    path: input.kind === "image" ? "/images" : "/documents",
    query: { action: "initializeUpload" },
    restliMethod: "ACTION",
    json: { initializeUploadRequest: { owner: input.owner } },
    idempotent: true,
    requiredScopes: mediaWriteScopes(input.owner),
    signal: input.signal,
  } as const;
  let mediaUrn: ImageUrn | DocumentUrn;
  let value: { uploadUrl: string; uploadUrlExpiresAt: number };
  if (input.kind === "image") {
    const { data } = await client.request({ ...request, schema: initializeImageResponseSchema });
    ({ value } = data);
    mediaUrn = data.value.image;
  } else {
    const { data } = await client.request({ ...request, schema: initializeDocumentResponseSchema });
    ({ value } = data);
    mediaUrn = data.value.document;
  }
  return {
    version: UPLOAD_STATE_VERSION,
    kind: input.kind,
    mediaUrn,
    owner: input.owner,
    fileSizeBytes: input.fileSizeBytes,
    uploadUrl: value.uploadUrl,
    expiresAt: value.uploadUrlExpiresAt,
    uploaded: false,
  };
}
