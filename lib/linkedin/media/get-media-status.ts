// GET /rest/{images|videos|documents}/{enc(urn)} (doc §8.4, §9.6, §10): an asset's processing
// status in Cadence's shape. Which API to call follows from the URN prefix (doc §7.2).
import type { LinkedInClient } from "../http/linkedin-client";
import { encodeRestliKey } from "../restli/encode-restli";
import { mediaKindOf, type LinkedInMediaKind, type MediaUrn } from "../urns";
import { MEDIA_READ_SCOPES, MEDIA_RESOURCE } from "./media-scopes";
import { mediaEntitySchema, type MediaStatus } from "./media-schemas";

export interface LinkedInMediaStatus {
  urn: MediaUrn;
  kind: LinkedInMediaKind;
  status: MediaStatus;
  owner: string | null;
  /** Only once AVAILABLE; expires at `downloadUrlExpiresAt`. */
  downloadUrl: string | null;
  downloadUrlExpiresAt: Date | null;
  aspectRatio: { width: number; height: number } | null;
  /** Videos (unit UNCONFIRMED: the sandbox reports milliseconds). */
  duration: number | null;
  /** LinkedIn's words when PROCESSING_FAILED: show them to the user (doc §11). */
  processingFailureReason: string | null;
}

export async function getMediaStatus(
  client: LinkedInClient,
  urn: MediaUrn,
  options: { signal?: AbortSignal } = {},
): Promise<LinkedInMediaStatus> {
  const kind = mediaKindOf(urn);
  if (kind === null) throw new TypeError(`Not a media URN: ${urn}`);
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: `/${MEDIA_RESOURCE[kind]}/${encodeRestliKey(urn)}`,
    schema: mediaEntitySchema,
    requiredScopes: MEDIA_READ_SCOPES[kind],
    signal: options.signal,
  });
  return {
    urn,
    kind,
    status: data.status,
    owner: data.owner ?? null,
    downloadUrl: data.downloadUrl || null,
    downloadUrlExpiresAt:
      typeof data.downloadUrlExpiresAt === "number" ? new Date(data.downloadUrlExpiresAt) : null,
    aspectRatio:
      typeof data.aspectRatioWidth === "number" && typeof data.aspectRatioHeight === "number"
        ? { width: data.aspectRatioWidth, height: data.aspectRatioHeight }
        : null,
    duration: data.duration ?? null,
    processingFailureReason: data.processingFailureReason ?? null,
  };
}
