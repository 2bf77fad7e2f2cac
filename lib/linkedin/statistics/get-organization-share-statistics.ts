// Lifetime share statistics of a Page (doc §12.3): `GET /rest/organizationalEntityShareStatistics
// ?q=organizationalEntity` without timeIntervals. Organic only; "lifetime" is LinkedIn's rolling
// 12-month window (§12.1).
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn } from "../urns";
import { mapShareStatistics, ZERO_SHARE_STATISTICS, type ShareStatistics } from "./share-statistics";
import { STATISTICS_SCOPES } from "./statistics-scopes";
import { shareStatisticsResponseSchema } from "./statistics-schemas";

export async function getOrganizationShareStatistics(
  client: LinkedInClient,
  input: { organization: OrganizationUrn; signal?: AbortSignal },
): Promise<ShareStatistics> {
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: "/organizationalEntityShareStatistics",
    restliMethod: "FINDER",
    query: { q: "organizationalEntity", organizationalEntity: input.organization },
    schema: shareStatisticsResponseSchema,
    requiredScopes: STATISTICS_SCOPES,
    signal: input.signal,
  });
  // Aggregate elements carry no share/ugcPost key (§12.3); a Page without activity has none at all.
  const aggregate = data.elements.find((e) => !e.share && !e.ugcPost && !e.timeRange);
  return aggregate ? mapShareStatistics(aggregate.totalShareStatistics) : { ...ZERO_SHARE_STATISTICS };
}
