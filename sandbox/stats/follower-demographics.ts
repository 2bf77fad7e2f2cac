// Lifetime follower statistics (§12.6): the organisation's followers broken down by the 7 facets,
// top 100 values each. As the doc says, demographic totals are rolled into organicFollowerCount
// and paidFollowerCount is not meaningful there (we report 0). Each facet covers only part of the
// audience (members who did not state a seniority are in no seniority bucket), so a facet's sum is
// at most the network size; shares are fixed per organisation, counts scale with its size.
import { rngFor } from "./prng";

export const FOLLOWER_FACETS = [
  "followerCountsByAssociationType",
  "followerCountsBySeniority",
  "followerCountsByIndustry",
  "followerCountsByFunction",
  "followerCountsByStaffCountRange",
  "followerCountsByGeoCountry",
  "followerCountsByGeo",
] as const;

export type FollowerFacet = (typeof FOLLOWER_FACETS)[number];

export interface FacetEntry {
  followerCounts: { organicFollowerCount: number; paidFollowerCount: number };
  [key: string]: unknown;
}

interface FacetSpec {
  /** Key naming the value in each entry, e.g. "seniority". */
  key: string;
  values: readonly string[];
  /** Range of the share of all followers this facet covers. */
  coverage: readonly [number, number];
}

// Country geo URNs as LinkedIn assigns them (US, UK, DE, FR, IN, CA, AU, NL, ES, IT, BR, IE, SG, CH, SE, JP).
const COUNTRIES = [
  103644278, 101165590, 101282230, 105015875, 102713980, 101174742, 101452733, 102890719, 105646813,
  103350119, 106057199, 104738515, 102454443, 106693272, 105117694, 101355337,
];

const SPECS: Record<FollowerFacet, FacetSpec> = {
  followerCountsByAssociationType: { key: "associationType", values: ["EMPLOYEE"], coverage: [0.01, 0.06] },
  followerCountsBySeniority: {
    key: "seniority",
    values: range(1, 10).map((n) => `urn:li:seniority:${n}`),
    coverage: [0.85, 0.97],
  },
  followerCountsByIndustry: {
    key: "industry",
    values: range(1, 150).map((n) => `urn:li:industry:${n}`),
    coverage: [0.8, 0.95],
  },
  followerCountsByFunction: {
    key: "function",
    values: range(1, 26).map((n) => `urn:li:function:${n}`),
    coverage: [0.8, 0.95],
  },
  followerCountsByStaffCountRange: {
    key: "staffCountRange",
    values: [
      "SIZE_1",
      "SIZE_2_TO_10",
      "SIZE_11_TO_50",
      "SIZE_51_TO_200",
      "SIZE_201_TO_500",
      "SIZE_501_TO_1000",
      "SIZE_1001_TO_5000",
      "SIZE_5001_TO_10000",
      "SIZE_10001_OR_MORE",
    ],
    coverage: [0.85, 0.97],
  },
  followerCountsByGeoCountry: {
    key: "geo",
    values: COUNTRIES.map((n) => `urn:li:geo:${n}`),
    coverage: [0.9, 0.99],
  },
  // Sub-country market areas: synthetic ids in the 90000000 range LinkedIn uses for them.
  followerCountsByGeo: {
    key: "geo",
    values: range(1, 140).map((n) => `urn:li:geo:${90000000 + n * 7}`),
    coverage: [0.8, 0.95],
  },
};

const TOP_VALUES = 100;

/** Per-facet entries, largest first, at most 100 each, for an audience of `totalFollowers`. */
export function followerDemographics(
  orgUrn: string,
  totalFollowers: number,
): Record<FollowerFacet, FacetEntry[]> {
  const out = {} as Record<FollowerFacet, FacetEntry[]>;
  for (const facet of FOLLOWER_FACETS) {
    const spec = SPECS[facet];
    const rng = rngFor("follower-demographics", orgUrn, facet);
    // Zipf-like weights over a per-organisation shuffle: a few values dominate, a long tail follows.
    const order = spec.values.map((value) => ({ value, sort: rng.float() })).sort((a, b) => a.sort - b.sort);
    const weights = order.map((_, rank) => 1 / Math.pow(rank + 1, rng.between(0.9, 1.3)));
    const covered = Math.round(totalFollowers * rng.between(...spec.coverage));
    const counts = largestRemainder(covered, weights);
    out[facet] = order
      .map((o, i) => ({
        [spec.key]: o.value,
        followerCounts: { organicFollowerCount: counts[i]!, paidFollowerCount: 0 },
      }))
      .filter((e) => e.followerCounts.organicFollowerCount > 0)
      .sort((a, b) => b.followerCounts.organicFollowerCount - a.followerCounts.organicFollowerCount)
      .slice(0, TOP_VALUES);
  }
  return out;
}

/** §12.6 lifetime element: `organizationalEntity` plus the 7 facet arrays. */
export function toLifetimeFollowerStatisticsElement(
  orgUrn: string,
  demographics: Record<FollowerFacet, FacetEntry[]>,
) {
  return { organizationalEntity: orgUrn, ...demographics };
}

/** Splits `total` in proportion to `weights` so the integer parts add up to `total` exactly. */
function largestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
