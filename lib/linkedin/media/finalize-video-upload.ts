// POST /rest/videos?action=finalizeUpload (doc §9.5): the uploadToken from initialize and every
// part's ETag in instruction order. Not retried blindly: a finalize that went through answers a
// repeat with an error, so after an unknown outcome the caller reads the video's status instead.
import { z } from "zod";
import type { LinkedInClient } from "../http/linkedin-client";
import type { VideoUrn } from "../urns";
import { mediaWriteScopes } from "./media-scopes";

export async function finalizeVideoUpload(
  client: LinkedInClient,
  input: {
    video: VideoUrn;
    owner: string;
    uploadToken: string;
    uploadedPartIds: readonly string[];
    signal?: AbortSignal;
  },
): Promise<void> {
  await client.request({
    api: "rest",
    method: "POST",
    path: "/videos",
    query: { action: "finalizeUpload" },
    restliMethod: "ACTION",
    json: {
      finalizeUploadRequest: {
        video: input.video,
        uploadToken: input.uploadToken,
        uploadedPartIds: input.uploadedPartIds,
      },
    },
    schema: z.unknown(),
    idempotent: false,
    requiredScopes: mediaWriteScopes(input.owner),
    signal: input.signal,
  });
}
