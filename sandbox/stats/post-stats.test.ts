import { describe, expect, it } from "vitest";
import {
  accrualFraction,
  postLifetimePotential,
  postShareCounts,
  toPostShareStatisticsElement,
} from "./post-stats";
import { hasActivity, type ShareCounts } from "./share-statistics";

const ORG = "urn:li:organization:2414183";
const POST = "urn:li:share:7045020441609936898";
const PUBLISHED = Date.UTC(2026, 0, 10, 9);
const HOUR = 3_600_000;
const FIELDS = [
  "impressionCount",
  "uniqueImpressionsCount",
  "clickCount",
  "likeCount",
  "commentCount",
  "shareCount",
] as const;

describe("accrualFraction", () => {
  it.each([
    [-1, 0, 0],
    [0, 0, 0],
    [12, 0.45, 0.55],
    [48, 0.75, 0.85],
    [24 * 28, 0.99, 1],
  ])("at %i h is within [%f, %f]", (hours, low, high) => {
    const f = accrualFraction(hours * HOUR);
    expect(f).toBeGreaterThanOrEqual(low);
    expect(f).toBeLessThanOrEqual(high);
  });

  it("grows fast in the first 48 h, then slows", () => {
    const first48 = accrualFraction(48 * HOUR);
    const next48 = accrualFraction(96 * HOUR) - first48;
    expect(first48).toBeGreaterThan(5 * next48);
  });
});

describe("postShareCounts", () => {
  const at = (hours: number, postUrn = POST) =>
    postShareCounts({ postUrn, publishedAt: PUBLISHED, now: PUBLISHED + hours * HOUR });

  it("is a deterministic function of (urn, published time, now)", () => {
    expect(at(30)).toEqual(at(30));
    expect(at(30, "urn:li:share:1")).not.toEqual(at(30));
  });

  it("starts at zero and never decreases as the clock advances", () => {
    const hours = [-5, 0, 0.1, 1, 3, 6, 12, 24, 36, 48, 72, 168, 720, 8760];
    const series = hours.map((h) => at(h));
    expect(hasActivity(series[0]!)).toBe(false);
    expect(hasActivity(series[1]!)).toBe(false);
    for (let i = 1; i < series.length; i++) {
      for (const field of FIELDS) expect(series[i]![field]).toBeGreaterThanOrEqual(series[i - 1]![field]);
    }
    expect(series.at(-1)!.impressionCount).toBeGreaterThan(0);
  });

  it("reaches its lifetime potential and keeps uniques ≤ impressions", () => {
    const potential = postLifetimePotential(POST);
    const late = at(24 * 365);
    for (const field of FIELDS) expect(late[field]).toBeLessThanOrEqual(potential[field]);
    expect(late.impressionCount).toBeGreaterThanOrEqual(Math.floor(potential.impressionCount * 0.999));
    expect(late.uniqueImpressionsCount).toBeLessThanOrEqual(late.impressionCount);
  });

  it("includes some posts that never get any activity (they are left out of responses, §12.1)", () => {
    const silent = Array.from(
      { length: 200 },
      (_, i) => `urn:li:ugcPost:${7_000_000_000_000_000_000n + BigInt(i)}`,
    ).filter((urn) => !hasActivity(postShareCounts({ postUrn: urn, publishedAt: 0, now: 1e12 })));
    expect(silent.length).toBeGreaterThan(2);
    expect(silent.length).toBeLessThan(40);
  });

  it("scales with reach", () => {
    const small = postShareCounts({ postUrn: POST, publishedAt: 0, now: 1e11, reach: 100 });
    const large = postShareCounts({ postUrn: POST, publishedAt: 0, now: 1e11, reach: 100_000 });
    expect(large.impressionCount).toBeGreaterThan(500 * small.impressionCount);
  });
});

describe("toPostShareStatisticsElement (§12.5)", () => {
  const counts: ShareCounts = {
    impressionCount: 2299,
    uniqueImpressionsCount: 1530,
    clickCount: 31,
    likeCount: 14,
    commentCount: 4,
    shareCount: 2,
  };

  it("keys share URNs as `share`, with no mention counts", () => {
    expect(toPostShareStatisticsElement(ORG, POST, counts)).toEqual({
      organizationalEntity: ORG,
      share: POST,
      totalShareStatistics: { ...counts, engagement: 51 / 2299 },
    });
  });

  it("keys ugcPost URNs as `ugcPost`", () => {
    const element = toPostShareStatisticsElement(ORG, "urn:li:ugcPost:7044823133844885504", counts);
    expect(Object.keys(element)).toEqual(["organizationalEntity", "ugcPost", "totalShareStatistics"]);
  });

  it.each(["urn:li:activity:1", "urn:li:organization:1", ""])("refuses %j", (urn) => {
    expect(() => toPostShareStatisticsElement(ORG, urn, counts)).toThrow(/share: or urn:li:ugcPost:/);
  });
});
