// Lifetime follower demographics of a Page (doc §12.6): follower counts by 7 facets, top 100
// values each. Demographic totals are rolled into `organicFollowerCount` (§12.6), so `paid` is kept
// for completeness but should not be charted. The total is not here: see getFollowerCount.
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn } from "../urns";
import { STATISTICS_SCOPES } from "./statistics-scopes";
import {
  FOLLOWER_FACETS,
  followerStatisticsResponseSchema,
  type FacetEntry,
  type FollowerFacet,
} from "./statistics-schemas";

export interface FollowerFacetCount {
  /** The facet value: an URN (`urn:li:seniority:3`, `urn:li:geo:…`) or an enum (`SIZE_11_TO_50`). */
  value: string;
  organic: number;
  paid: number;
}

export type FollowerDemographics = Record<
  "associationType" | "seniority" | "industry" | "function" | "staffCountRange" | "geoCountry" | "geo",
  FollowerFacetCount[]
>;

const FACET_NAMES: Record<FollowerFacet, keyof FollowerDemographics> = {
  followerCountsByAssociationType: "associationType",
  followerCountsBySeniority: "seniority",
  followerCountsByIndustry: "industry",
  followerCountsByFunction: "function",
  followerCountsByStaffCountRange: "staffCountRange",
  followerCountsByGeoCountry: "geoCountry",
  followerCountsByGeo: "geo",
};

export async function getFollowerStatistics(
  client: LinkedInClient,
  input: { organization: OrganizationUrn; signal?: AbortSignal },
): Promise<FollowerDemographics> {
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: "/organizationalEntityFollowerStatistics",
    restliMethod: "FINDER",
    query: { q: "organizationalEntity", organizationalEntity: input.organization },
    schema: followerStatisticsResponseSchema,
    requiredScopes: STATISTICS_SCOPES,
    signal: input.signal,
  });
  const element: Record<string, unknown> = data.elements.find((e) => !e.timeRange) ?? {};
  const result = {} as FollowerDemographics;
  for (const facet of FOLLOWER_FACETS) {
    const entries = (element[facet] as FacetEntry[] | undefined) ?? [];
    result[FACET_NAMES[facet]] = entries.flatMap((entry) => {
      const value = facetValue(entry);
      return value === null
        ? []
        : [
            {
              value,
              organic: entry.followerCounts.organicFollowerCount ?? 0,
              paid: entry.followerCounts.paidFollowerCount ?? 0,
            },
          ];
    });
  }
  return result;
}

/** Each facet names its key differently (`seniority`, `geo`, `staffCountRange`…): the one string field. */
function facetValue(entry: FacetEntry): string | null {
  for (const [key, value] of Object.entries(entry)) {
    if (key !== "followerCounts" && typeof value === "string") return value;
  }
  return null;
}
