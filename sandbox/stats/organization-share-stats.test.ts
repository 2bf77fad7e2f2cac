import { describe, expect, it } from "vitest";
import {
  aggregateToMonths,
  dailyShareCounts,
  lifetimeShareStatistics,
  organizationStatsProfile,
  timeBoundShareStatistics,
  toLifetimeShareStatisticsElement,
  toTimeBoundShareStatisticsElement,
  twelveMonthsOfDays,
} from "./organization-share-stats";
import { ADDITIVE_FIELDS, engagementOf, type OrganizationShareCounts } from "./share-statistics";
import { DAY_MS, utcWeekday } from "./utc-time";

const ORG = "urn:li:organization:2414183";
const NOW = Date.UTC(2026, 2, 15, 12, 0, 0); // a Sunday, midday
const sum = (days: OrganizationShareCounts[], field: keyof OrganizationShareCounts) =>
  days.reduce((a, d) => a + d[field], 0);

describe("engagement (§12.2: (clicks + likes + comments + shares) / impressions)", () => {
  it.each([
    // The doc's three examples (§12.3, §12.4, §12.5).
    [{ impressionCount: 2000, clickCount: 12, likeCount: 9, commentCount: 1, shareCount: 7 }, 0.0145],
    [{ impressionCount: 120, clickCount: 3, likeCount: 2, commentCount: 0, shareCount: 1 }, 0.05],
    [{ impressionCount: 2299, clickCount: 31, likeCount: 14, commentCount: 4, shareCount: 2 }, 51 / 2299],
    [{ impressionCount: 0, clickCount: 0, likeCount: 0, commentCount: 0, shareCount: 0 }, 0],
    [{ impressionCount: 0, clickCount: 2, likeCount: 0, commentCount: 0, shareCount: 0 }, 0],
  ])("%j → %f", (counts, expected) => {
    expect(engagementOf(counts)).toBe(expected);
  });

  it("matches the doc's rounded per-post value 0.02218", () => {
    expect(
      engagementOf({ impressionCount: 2299, clickCount: 31, likeCount: 14, commentCount: 4, shareCount: 2 }),
    ).toBeCloseTo(0.02218, 5);
  });
});

describe("organisation share statistics", () => {
  const days = twelveMonthsOfDays(ORG, { now: NOW });

  it("covers the rolling 12 months in DAY buckets up to now", () => {
    expect(days).toHaveLength(366); // 2025-03-15 … 2026-03-15 inclusive (today is partial)
    expect(new Date(days[0]!.timeRange.start).toISOString()).toBe("2025-03-15T00:00:00.000Z");
    expect(days.at(-1)!.timeRange.start).toBe(Date.UTC(2026, 2, 15));
    days.forEach((d) => expect(d.timeRange.end - d.timeRange.start).toBe(DAY_MS));
  });

  it("is deterministic: same organisation and clock → same numbers; other organisations differ", () => {
    expect(twelveMonthsOfDays(ORG, { now: NOW })).toEqual(days);
    expect(twelveMonthsOfDays("urn:li:organization:1", { now: NOW })).not.toEqual(days);
  });

  it("keeps every day internally consistent", () => {
    for (const { counts } of days) {
      expect(counts.uniqueImpressionsCount).toBeLessThanOrEqual(counts.impressionCount);
      for (const field of ["clickCount", "likeCount", "commentCount", "shareCount"] as const) {
        expect(counts[field]).toBeGreaterThanOrEqual(0);
        expect(counts[field]).toBeLessThanOrEqual(counts.impressionCount);
      }
    }
  });

  it("MONTH buckets are exact sums of their DAY buckets, on UTC month boundaries", () => {
    const profile = organizationStatsProfile(ORG);
    const fromDays = aggregateToMonths(days, profile.periodUniqueRatio);
    const months = timeBoundShareStatistics(ORG, { start: days[0]!.timeRange.start, end: NOW }, "MONTH", {
      now: NOW,
    });
    expect(months).toHaveLength(13); // partial March 2025 … partial March 2026
    expect(months).toEqual(fromDays);
    for (const month of months) {
      expect(new Date(month.timeRange.start).getUTCDate()).toBe(1);
      const inMonth = days
        .filter((d) => d.timeRange.start >= month.timeRange.start && d.timeRange.start < month.timeRange.end)
        .map((d) => d.counts);
      for (const field of ADDITIVE_FIELDS) expect(month.counts[field]).toBe(sum(inMonth, field));
      expect(month.counts.uniqueImpressionsCount).toBeLessThanOrEqual(sum(inMonth, "uniqueImpressionsCount"));
      expect(month.counts.uniqueImpressionsCount).toBeGreaterThanOrEqual(
        Math.max(...inMonth.map((d) => d.uniqueImpressionsCount)),
      );
    }
  });

  it("the lifetime aggregate equals the sum of the window's days", () => {
    const lifetime = lifetimeShareStatistics(ORG, { now: NOW });
    const counts = days.map((d) => d.counts);
    for (const field of ADDITIVE_FIELDS) expect(lifetime[field]).toBe(sum(counts, field));
    expect(lifetime.uniqueImpressionsCount).toBeLessThan(lifetime.impressionCount);
  });

  it("has weekly seasonality and growth", () => {
    const all = twelveMonthsOfDays(ORG, {
      now: NOW,
      profile: { growthPerYear: 0.5, postDayProbability: 0 },
    }).slice(0, -1);
    const average = (list: typeof all) =>
      list.reduce((a, d) => a + d.counts.impressionCount, 0) / list.length;
    const weekend = all.filter((d) => utcWeekday(d.timeRange.start) >= 5);
    const midweek = all.filter((d) => [1, 2, 3].includes(utcWeekday(d.timeRange.start)));
    expect(average(midweek)).toBeGreaterThan(1.8 * average(weekend));
    expect(average(all.slice(-90))).toBeGreaterThan(1.05 * average(all.slice(0, 90)));
  });

  it("accrues today pro rata and never changes a finished day", () => {
    const today = Date.UTC(2026, 2, 15);
    const at = (hours: number) => dailyShareCounts(ORG, today, { now: today + hours * 3_600_000 });
    const samples = [0, 1, 6, 12, 23, 24, 48].map(at);
    expect(samples[0]!.impressionCount).toBe(0);
    for (let i = 1; i < samples.length; i++) {
      for (const field of ADDITIVE_FIELDS)
        expect(samples[i]![field]).toBeGreaterThanOrEqual(samples[i - 1]![field]);
    }
    expect(samples[5]).toEqual(samples[6]);
    expect(dailyShareCounts(ORG, today + DAY_MS, { now: NOW }).impressionCount).toBe(0); // the future is empty
  });

  it("omits buckets outside the 12-month window or not yet started, and clips partial ones", () => {
    const buckets = timeBoundShareStatistics(
      ORG,
      { start: Date.UTC(2024, 0, 1), end: Date.UTC(2026, 5, 1) },
      "MONTH",
      { now: NOW },
    );
    expect(new Date(buckets[0]!.timeRange.start).toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(new Date(buckets.at(-1)!.timeRange.start).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    const march2025 = days.filter((d) => d.timeRange.start < Date.UTC(2025, 3, 1)).map((d) => d.counts);
    expect(buckets[0]!.counts.impressionCount).toBe(sum(march2025, "impressionCount"));
  });

  it("honours profile overrides (e.g. a seeded large organisation)", () => {
    const small = lifetimeShareStatistics(ORG, { now: NOW, profile: { baseDailyImpressions: 100 } });
    const large = lifetimeShareStatistics(ORG, { now: NOW, profile: { baseDailyImpressions: 10_000 } });
    expect(large.impressionCount).toBeGreaterThan(50 * small.impressionCount);
  });
});

describe("element shapes", () => {
  const counts: OrganizationShareCounts = {
    impressionCount: 2000,
    uniqueImpressionsCount: 1244,
    clickCount: 12,
    likeCount: 9,
    commentCount: 1,
    shareCount: 7,
    shareMentionsCount: 0,
    commentMentionsCount: 0,
  };

  it("lifetime matches §12.3 field for field, in order", () => {
    const element = toLifetimeShareStatisticsElement(ORG, counts);
    expect(JSON.stringify(element)).toBe(
      '{"organizationalEntity":"urn:li:organization:2414183","totalShareStatistics":{"impressionCount":2000,"uniqueImpressionsCount":1244,"clickCount":12,"likeCount":9,"commentCount":1,"shareCount":7,"engagement":0.0145,"shareMentionsCount":0,"commentMentionsCount":0}}',
    );
  });

  it("time-bound matches §12.4, with unique impressions and mentions only on request", () => {
    const bucket = {
      timeRange: { start: 1704067200000, end: 1704153600000 },
      counts: {
        ...counts,
        impressionCount: 120,
        clickCount: 3,
        likeCount: 2,
        commentCount: 0,
        shareCount: 1,
      },
    };
    expect(JSON.stringify(toTimeBoundShareStatisticsElement(ORG, bucket))).toBe(
      '{"organizationalEntity":"urn:li:organization:2414183","timeRange":{"start":1704067200000,"end":1704153600000},"totalShareStatistics":{"impressionCount":120,"clickCount":3,"likeCount":2,"commentCount":0,"shareCount":1,"engagement":0.05}}',
    );
    const full = toTimeBoundShareStatisticsElement(ORG, bucket, {
      includeUniqueImpressions: true,
      includeMentions: true,
    });
    expect(Object.keys(full.totalShareStatistics)).toEqual([
      "impressionCount",
      "uniqueImpressionsCount",
      "clickCount",
      "likeCount",
      "commentCount",
      "shareCount",
      "engagement",
      "shareMentionsCount",
      "commentMentionsCount",
    ]);
  });
});
