// Lifetime statistics per post (doc §12.5): share URNs go in `shares=List(…)`, ugcPost URNs in
// `ugcPosts=List(…)` — a ugcPost asked for under `shares` is silently not found (pitfall §15.15),
// and video and multi-image posts are usually ugcPosts. URNs are sent in chunks of 20 (the doc
// gives no batch size; 20 keeps every query far below the 4,000-character tunnelling limit).
// A requested post missing from the answer had no activity: zeros, not an error (§12.1).
import type { LinkedInClient } from "../http/linkedin-client";
import { postUrnType, type OrganizationUrn, type PostUrn } from "../urns";
import { mapShareStatistics, ZERO_SHARE_STATISTICS, type ShareStatistics } from "./share-statistics";
import { STATISTICS_SCOPES } from "./statistics-scopes";
import { shareStatisticsResponseSchema } from "./statistics-schemas";

export const POST_STATISTICS_BATCH_SIZE = 20;

export interface PostStatistics {
  urn: PostUrn;
  statistics: ShareStatistics;
  /** LinkedIn returned numbers for it; false = no activity yet (or not this Page's post). */
  reported: boolean;
}

/** Splits URNs by type into request-sized chunks; group posts have no organization statistics. */
export function planPostStatisticsRequests(
  urns: readonly PostUrn[],
  batchSize = POST_STATISTICS_BATCH_SIZE,
): { shares: PostUrn[]; ugcPosts: PostUrn[] }[] {
  const unique = [...new Set(urns)].filter((urn) => postUrnType(urn) !== "groupPost");
  const chunks: { shares: PostUrn[]; ugcPosts: PostUrn[] }[] = [];
  for (let i = 0; i < unique.length; i += batchSize) {
    const chunk = unique.slice(i, i + batchSize);
    chunks.push({
      shares: chunk.filter((urn) => postUrnType(urn) === "share"),
      ugcPosts: chunk.filter((urn) => postUrnType(urn) === "ugcPost"),
    });
  }
  return chunks;
}

export async function getPostStatistics(
  client: LinkedInClient,
  input: { organization: OrganizationUrn; posts: readonly PostUrn[]; signal?: AbortSignal },
): Promise<PostStatistics[]> {
  const found = new Map<string, ShareStatistics>();
  for (const chunk of planPostStatisticsRequests(input.posts)) {
    const { data } = await client.request({
      api: "rest",
      method: "GET",
      path: "/organizationalEntityShareStatistics",
      restliMethod: "FINDER",
      query: {
        q: "organizationalEntity",
        organizationalEntity: input.organization,
        shares: chunk.shares.length > 0 ? chunk.shares : undefined,
        ugcPosts: chunk.ugcPosts.length > 0 ? chunk.ugcPosts : undefined,
      },
      schema: shareStatisticsResponseSchema,
      requiredScopes: STATISTICS_SCOPES,
      signal: input.signal,
    });
    for (const element of data.elements) {
      const urn = element.share ?? element.ugcPost;
      if (urn) found.set(urn, mapShareStatistics(element.totalShareStatistics));
    }
  }
  return [...new Set(input.posts)].map((urn) => {
    const statistics = found.get(urn);
    return statistics
      ? { urn, statistics, reported: true }
      : { urn, statistics: { ...ZERO_SHARE_STATISTICS }, reported: false };
  });
}
