import { describe, expect, it } from "vitest";
import {
  FOLLOWER_FACETS,
  followerDemographics,
  toLifetimeFollowerStatisticsElement,
} from "./follower-demographics";
import {
  dailyFollowerGains,
  networkSize,
  timeBoundFollowerGains,
  toFollowerGainsElement,
  toNetworkSizeResponse,
} from "./follower-stats";
import { DAY_MS } from "./utc-time";

const ORG = "urn:li:organization:2414183";
const NOW = Date.UTC(2026, 2, 15, 18);

describe("follower gains and network size", () => {
  it("network size changes by exactly the gains reported in between", () => {
    const pairs = [
      [Date.UTC(2025, 5, 1), Date.UTC(2025, 6, 1)],
      [Date.UTC(2026, 0, 1), Date.UTC(2026, 2, 1)],
      [Date.UTC(2026, 2, 10), NOW], // ends mid-day: today's partial gains included on both sides
    ] as const;
    for (const [start, end] of pairs) {
      const buckets = timeBoundFollowerGains(ORG, { start, end }, "DAY", { now: end });
      const gained = buckets.reduce(
        (a, b) => a + b.followerGains.organicFollowerGain + b.followerGains.paidFollowerGain,
        0,
      );
      expect(networkSize(ORG, { now: end }) - networkSize(ORG, { now: start })).toBe(gained);
    }
  });

  it("MONTH and WEEK buckets are sums of DAY buckets", () => {
    const range = { start: Date.UTC(2025, 9, 1), end: Date.UTC(2026, 0, 1) };
    // Buckets keep their aligned extent, so the last week may run past range.end: cover it too.
    const days = timeBoundFollowerGains(ORG, { start: range.start, end: range.end + 7 * DAY_MS }, "DAY", {
      now: NOW,
    });
    for (const granularity of ["WEEK", "MONTH"] as const) {
      for (const bucket of timeBoundFollowerGains(ORG, range, granularity, { now: NOW })) {
        const inside = days.filter(
          (d) => d.timeRange.start >= bucket.timeRange.start && d.timeRange.start < bucket.timeRange.end,
        );
        expect(bucket.followerGains.organicFollowerGain).toBe(
          inside.reduce((a, d) => a + d.followerGains.organicFollowerGain, 0),
        );
        expect(bucket.followerGains.paidFollowerGain).toBe(
          inside.reduce((a, d) => a + d.followerGains.paidFollowerGain, 0),
        );
      }
    }
  });

  it("is deterministic, grows over the year, and allows net losses on some days", () => {
    expect(networkSize(ORG, { now: NOW })).toBe(networkSize(ORG, { now: NOW }));
    expect(networkSize(ORG, { now: NOW })).toBeGreaterThan(networkSize(ORG, { now: NOW - 365 * DAY_MS }));
    const year = timeBoundFollowerGains(ORG, { start: NOW - 365 * DAY_MS, end: NOW }, "DAY", {
      now: NOW,
      profile: { dailyOrganicGain: 3, dailyUnfollows: 2 },
    });
    expect(year.some((d) => d.followerGains.organicFollowerGain < 0)).toBe(true);
  });

  it("has nothing in the future and accrues today pro rata", () => {
    const today = Date.UTC(2026, 2, 15);
    expect(dailyFollowerGains(ORG, today + DAY_MS, { now: NOW })).toEqual({
      organicFollowerGain: 0,
      paidFollowerGain: 0,
    });
    expect(
      timeBoundFollowerGains(ORG, { start: today, end: today + 7 * DAY_MS }, "DAY", { now: NOW }),
    ).toHaveLength(1);
    const full = dailyFollowerGains(ORG, today, { now: today + DAY_MS });
    expect(
      Math.abs(dailyFollowerGains(ORG, today, { now: today + DAY_MS / 2 }).organicFollowerGain),
    ).toBeLessThanOrEqual(Math.abs(full.organicFollowerGain));
  });

  it("builds the §12.6 elements", () => {
    const [bucket] = timeBoundFollowerGains(
      ORG,
      { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 2) },
      "DAY",
      { now: NOW },
    );
    expect(Object.keys(toFollowerGainsElement(ORG, bucket!))).toEqual([
      "organizationalEntity",
      "timeRange",
      "followerGains",
    ]);
    expect(Object.keys(toFollowerGainsElement(ORG, bucket!).followerGains)).toEqual([
      "organicFollowerGain",
      "paidFollowerGain",
    ]);
    expect(toNetworkSizeResponse(1234)).toEqual({ firstDegreeSize: 1234 });
  });
});

describe("follower demographics (§12.6 lifetime, 7 facets)", () => {
  const total = networkSize(ORG, { now: NOW });
  const demographics = followerDemographics(ORG, total);

  it("has the 7 facets, at most 100 entries each, largest first, within the total", () => {
    expect(Object.keys(demographics)).toEqual([...FOLLOWER_FACETS]);
    for (const facet of FOLLOWER_FACETS) {
      const entries = demographics[facet];
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThanOrEqual(100);
      const counts = entries.map((e) => e.followerCounts.organicFollowerCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total);
      // §12.6: demographic totals are rolled into organicFollowerCount.
      expect(entries.every((e) => e.followerCounts.paidFollowerCount === 0)).toBe(true);
    }
  });

  it.each([
    ["followerCountsByAssociationType", "associationType", /^EMPLOYEE$/],
    ["followerCountsBySeniority", "seniority", /^urn:li:seniority:\d+$/],
    ["followerCountsByIndustry", "industry", /^urn:li:industry:\d+$/],
    ["followerCountsByFunction", "function", /^urn:li:function:\d+$/],
    ["followerCountsByStaffCountRange", "staffCountRange", /^SIZE_/],
    ["followerCountsByGeoCountry", "geo", /^urn:li:geo:\d+$/],
    ["followerCountsByGeo", "geo", /^urn:li:geo:\d+$/],
  ] as const)("%s entries are keyed by %s", (facet, key, pattern) => {
    for (const entry of demographics[facet]) expect(entry[key]).toMatch(pattern);
  });

  it("is deterministic and wraps into the lifetime element", () => {
    expect(followerDemographics(ORG, total)).toEqual(demographics);
    const element = toLifetimeFollowerStatisticsElement(ORG, demographics);
    expect(Object.keys(element)).toEqual(["organizationalEntity", ...FOLLOWER_FACETS]);
  });
});
