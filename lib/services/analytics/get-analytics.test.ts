// The Analytics answer from stored statistics: sums, engagement rate and changes against the
// previous equal period, day/week/month buckets that add up to the KPIs, follower totals walked
// back from today's, the posts table and the heat-map in the viewer's zone.
import { beforeAll, describe, expect, it } from "vitest";
import { nowMs } from "@/lib/clock";
import { addDays, DAY_MS, dayOf } from "@/lib/analytics/periods";
import { analyticsQuerySchema } from "@/lib/analytics/analytics-types";
import { createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { seedAnalytics } from "@/lib/testing/seed-analytics";
import { getAnalytics } from "./get-analytics";

setupTestDatabase();

const DAYS = 120;
let owner: { workspaceId: string };
let channelId: string;
const lastDay = dayOf(nowMs() - DAY_MS); // yesterday: a finished day
/** Day index i (0 = first seeded day) has 100 + i impressions. */
const indexOf = (day: string) => DAYS - 1 - Math.round((Date.parse(lastDay) - Date.parse(day)) / DAY_MS);
const impressionsBetween = (from: string, to: string) => {
  let sum = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) sum += 100 + indexOf(d);
  return sum;
};
const query = (q: Record<string, unknown>) => analyticsQuerySchema.parse({ channels: [channelId], ...q });

beforeAll(async () => {
  owner = await createTestWorkspace();
  ({ channelId } = await seedAnalytics({
    workspaceId: owner.workspaceId,
    lastDay: new Date(`${lastDay}T00:00:00Z`),
    days: DAYS,
    posts: 60,
    followersToday: 5000,
  }));
});

describe("getAnalytics", () => {
  it("KPIs are the period's sums, with the real change against the previous 28 days", async () => {
    const from = addDays(lastDay, -27);
    const answer = await getAnalytics(owner.workspaceId, query({ from, to: lastDay }));
    expect(answer.previous).toEqual({ from: addDays(from, -28), to: addDays(from, -1) });
    const kpi = Object.fromEntries(answer.kpis.map((k) => [k.key, k]));
    const current = impressionsBetween(from, lastDay);
    const previous = impressionsBetween(addDays(from, -28), addDays(from, -1));
    expect(kpi.impressions).toMatchObject({
      value: current,
      previous,
      change: (current - previous) / previous,
    });
    expect(kpi.clicks).toMatchObject({ value: 3 * 28, previous: 3 * 28, change: 0 });
    expect(kpi.engagementRate!.value).toBeCloseTo((7 * 28) / current, 12);
    // Followers: +2 a day, 5000 seen on the last day.
    expect(kpi.followers).toMatchObject({ value: 5000, previous: 5000 - 56, gain: 56 });
    expect(kpi.uniqueImpressions!.note).toMatch(/per post/);
    expect(answer.series).toHaveLength(28);
    expect(answer.series.reduce((sum, p) => sum + p.impressions, 0)).toBe(current);
    expect(answer.series.at(-1)).toMatchObject({ end: lastDay, followers: 5000, followerGain: 2 });
    expect(answer.hasData).toBe(true);
  });

  it("weeks start on Monday and months on the 1st, clipped to the range, adding up to the same total", async () => {
    const from = addDays(lastDay, -89);
    for (const granularity of ["week", "month"] as const) {
      const answer = await getAnalytics(owner.workspaceId, query({ from, to: lastDay, granularity }));
      const points = answer.series;
      expect(points[0]!.start).toBe(from);
      expect(points.at(-1)!.end).toBe(lastDay);
      for (const [i, point] of points.entries()) {
        if (i > 0) {
          expect(point.start).toBe(addDays(points[i - 1]!.end, 1));
          const start = new Date(`${point.start}T00:00:00Z`);
          if (granularity === "week") expect(start.getUTCDay()).toBe(1);
          else expect(start.getUTCDate()).toBe(1);
        }
      }
      expect(points.reduce((sum, p) => sum + p.impressions, 0)).toBe(impressionsBetween(from, lastDay));
      expect(answer.kpis.find((k) => k.key === "impressions")!.value).toBe(impressionsBetween(from, lastDay));
    }
  });

  it("no change is shown against a previous period Cadence has only part of", async () => {
    // 120 seeded days: the 90 days before the last 90 are only a third covered.
    const answer = await getAnalytics(owner.workspaceId, query({ from: addDays(lastDay, -89), to: lastDay }));
    const kpi = Object.fromEntries(answer.kpis.map((k) => [k.key, k]));
    expect(kpi.impressions).toMatchObject({
      value: impressionsBetween(addDays(lastDay, -89), lastDay),
      change: null,
    });
    expect(kpi.uniqueImpressions!.change).toBeNull();
    expect(kpi.engagementRate!.change).toBeNull();
    // Followers only need gains since the previous period's end, which LinkedIn did report.
    expect(kpi.followers).toMatchObject({ value: 5000, previous: 5000 - 180, gain: 180 });
    const early = await getAnalytics(owner.workspaceId, query({ from: addDays(lastDay, -130), to: lastDay }));
    expect(early.kpis.find((k) => k.key === "followers")).toMatchObject({ previous: null, change: null });
    expect(answer.notes.join(" ")).toMatch(/no complete figures for the previous period/);
  });

  it("says when the first week is cut short by the range", async () => {
    let wednesday = addDays(lastDay, -20);
    while (new Date(`${wednesday}T00:00:00Z`).getUTCDay() !== 3) wednesday = addDays(wednesday, 1);
    const answer = await getAnalytics(
      owner.workspaceId,
      query({ from: wednesday, to: lastDay, granularity: "week" }),
    );
    expect(answer.series[0]).toMatchObject({ start: wednesday, end: addDays(wednesday, 4) });
    expect(answer.notes).toContain(
      `The first week holds only 5 days (from ${wednesday}): the range starts mid-week.`,
    );
    const monday = addDays(wednesday, -2);
    const aligned = await getAnalytics(
      owner.workspaceId,
      query({ from: monday, to: lastDay, granularity: "week" }),
    );
    expect(aligned.notes.join(" ")).not.toMatch(/first week/);
  });

  it("before any figures exist, values and changes are null rather than 0", async () => {
    const answer = await getAnalytics(
      owner.workspaceId,
      query({ from: addDays(lastDay, -400), to: addDays(lastDay, -300) }),
    );
    const kpi = Object.fromEntries(answer.kpis.map((k) => [k.key, k]));
    expect(kpi.impressions).toMatchObject({ value: null, change: null });
    expect(kpi.engagementRate!.value).toBeNull();
    expect(answer.series.every((p) => p.impressions === 0 && p.engagementRate === null)).toBe(true);
  });

  it("lists the range's posts newest first and builds the heat-map in the viewer's zone", async () => {
    const from = addDays(lastDay, -29);
    const utc = await getAnalytics(owner.workspaceId, query({ from, to: lastDay }));
    expect(utc.posts.length).toBeGreaterThan(10);
    expect(utc.posts.every((p) => p.publishedAt >= `${from}T00:00:00`)).toBe(true);
    const dates = utc.posts.map((p) => p.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(utc.posts[0]).toMatchObject({
      reported: true,
      channelId,
      url: expect.stringContaining("/feed/update/"),
    });
    expect(utc.posts[0]!.engagementRate).toBeCloseTo(18 / utc.posts[0]!.impressions!, 12);

    expect(utc.heatmap.cells).toHaveLength(168);
    expect(utc.heatmap.sampleSize).toBe(60);
    expect(utc.heatmap.cells.reduce((sum, c) => sum + c.posts, 0)).toBe(60);
    const tokyo = await getAnalytics(owner.workspaceId, query({ from, to: lastDay, tz: "Asia/Tokyo" }));
    const slots = (h: typeof utc.heatmap) =>
      h.cells.filter((c) => c.posts).map((c) => `${c.weekday}:${c.hour}`);
    expect(slots(tokyo.heatmap)).not.toEqual(slots(utc.heatmap));
    // Tokyo is UTC+9 all year: every post moves nine hours later.
    const shifted = new Set(
      utc.heatmap.cells
        .filter((c) => c.posts)
        .map((c) => {
          const t = c.weekday * 24 + c.hour + 9;
          return `${Math.floor(t / 24) % 7}:${t % 24}`;
        }),
    );
    expect(new Set(slots(tokyo.heatmap))).toEqual(shifted);
  });

  it("refuses channels of another workspace and impossible queries", async () => {
    const other = await createTestWorkspace();
    await expect(
      getAnalytics(other.workspaceId, query({ from: addDays(lastDay, -6), to: lastDay })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(analyticsQuerySchema.safeParse({ from: "2026-02-30", to: "2026-03-01" }).success).toBe(false);
    expect(analyticsQuerySchema.safeParse({ from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(analyticsQuerySchema.safeParse({ from: "2024-01-01", to: "2026-03-01" }).success).toBe(false);
    expect(
      analyticsQuerySchema.safeParse({ from: "2026-03-01", to: "2026-03-02", tz: "Mars/Olympus" }).success,
    ).toBe(false);
  });
});
