// Where to see images and video covers of posts made outside Cadence: BATCH_GET
// `/rest/images?ids=List(…)` (doc §8.5) and `/rest/videos?ids=List(…)` (§9.6), 50 URNs a call.
// Images give `downloadUrl`, videos their `thumbnail`; both are signed links that expire
// (`downloadUrlExpiresAt`), so callers keep the expiry and ask again later.
import { z } from "zod";
import type { LinkedInClient } from "../http/linkedin-client";
import { mediaKindOf, type MediaUrn } from "../urns";
import { MEDIA_READ_SCOPES } from "./media-scopes";

export const MEDIA_PREVIEW_BATCH_SIZE = 50;

const batchSchema = z.looseObject({
  results: z.record(
    z.string(),
    z.looseObject({
      status: z.string().optional(),
      downloadUrl: z.string().nullish(),
      thumbnail: z.string().nullish(),
      downloadUrlExpiresAt: z.number().nullish(),
    }),
  ),
});

export interface MediaPreview {
  urn: MediaUrn;
  url: string;
  expiresAt: Date | null;
}

export async function getMediaPreviews(
  client: LinkedInClient,
  urns: readonly MediaUrn[],
): Promise<{ previews: MediaPreview[]; calls: number }> {
  const previews: MediaPreview[] = [];
  let calls = 0;
  for (const kind of ["image", "video"] as const) {
    const ofKind = [...new Set(urns)].filter((urn) => mediaKindOf(urn) === kind);
    for (let i = 0; i < ofKind.length; i += MEDIA_PREVIEW_BATCH_SIZE) {
      const { data } = await client.request({
        api: "rest",
        method: "GET",
        path: kind === "image" ? "/images" : "/videos",
        restliMethod: "BATCH_GET",
        query: { ids: ofKind.slice(i, i + MEDIA_PREVIEW_BATCH_SIZE) },
        schema: batchSchema,
        requiredScopes: MEDIA_READ_SCOPES[kind],
      });
      calls += 1;
      for (const [key, entity] of Object.entries(data.results)) {
        const url = kind === "image" ? entity.downloadUrl : entity.thumbnail;
        if (entity.status === "AVAILABLE" && url)
          previews.push({
            urn: key as MediaUrn,
            url,
            expiresAt:
              typeof entity.downloadUrlExpiresAt === "number" ? new Date(entity.downloadUrlExpiresAt) : null,
          });
      }
    }
  }
  return { previews, calls };
}
