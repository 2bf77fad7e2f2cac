import { describe, expect, it } from "vitest";
import { chartRows, hasFigures, hasPartial, niceScale } from "@/components/analytics/chart-data";
import { buildSampleAnalytics, sampleAnalytics } from "@/components/analytics/fixtures/sample-analytics";
import {
  bestSlots,
  heatColor,
  heatLevel,
  heatmapGrid,
  heatmapMax,
} from "@/components/analytics/heatmap-model";

describe("chartRows", () => {
  it("draws the bucket that is not over yet as a dashed twin that meets the solid line", () => {
    const { series } = buildSampleAnalytics({ from: "2026-11-01", to: "2026-11-28", granularity: "week" });
    const rows = chartRows(series, ["impressions"]);
    const last = rows.length - 1;
    expect(series[last]!.partial).toBe(true);
    expect(rows[last]!.impressions).toBeNull();
    expect(rows[last]!.impressionsPartial).toBe(series[last]!.impressions);
    expect(rows[last - 1]!.impressions).toBe(series[last - 1]!.impressions);
    expect(rows[last - 1]!.impressionsPartial).toBe(series[last - 1]!.impressions);
    expect(rows[0]!.impressionsPartial).toBeNull();
    // Tooltips read the untouched point.
    expect(rows[last]!.source).toBe(series[last]);
  });

  it("leaves a finished period alone", () => {
    const { series } = buildSampleAnalytics({ from: "2026-10-01", to: "2026-10-31", granularity: "week" });
    expect(hasPartial(series)).toBe(false);
    expect(chartRows(series, ["impressions"]).every((row) => row.impressionsPartial === null)).toBe(true);
  });

  it("knows when there is nothing to draw", () => {
    expect(hasFigures(sampleAnalytics.series, ["impressions"])).toBe(true);
    expect(hasFigures(sampleAnalytics.series, ["uniqueImpressions"])).toBe(false);
    expect(hasFigures([], ["impressions"])).toBe(false);
  });
});

describe("heat-map", () => {
  it("fills every slot of the week", () => {
    const grid = heatmapGrid([
      { weekday: 1, hour: 9, posts: 3, medianEngagementRate: 0.05, medianImpressions: 800 },
    ]);
    expect(grid).toHaveLength(7);
    expect(grid.every((row) => row.length === 24)).toBe(true);
    expect(grid[1]![9]!.posts).toBe(3);
    expect(grid[0]![0]!.posts).toBe(0);
  });

  it("scales by the best slot and keeps empty slots neutral", () => {
    const cells = [
      { weekday: 0, hour: 8, posts: 2, medianEngagementRate: 0.04, medianImpressions: 500 },
      { weekday: 0, hour: 9, posts: 1, medianEngagementRate: 0.02, medianImpressions: 300 },
      { weekday: 0, hour: 10, posts: 0, medianEngagementRate: null, medianImpressions: null },
    ];
    const max = heatmapMax(cells);
    expect(max).toBe(0.04);
    expect(heatLevel(cells[0]!, max)).toBe(1);
    expect(heatLevel(cells[1]!, max)).toBe(0.5);
    expect(heatLevel(cells[2]!, max)).toBeNull();
    expect(heatColor(0)).not.toBe(heatColor(1));
    expect(bestSlots(cells)).toEqual([cells[0]]);
  });

  it("finds the sample's weekday mornings", () => {
    const [best] = bestSlots(sampleAnalytics.heatmap.cells, 1);
    expect(best!.weekday).toBeLessThanOrEqual(4);
  });
});

describe("the sample answer", () => {
  it("is a year by day of two channels, one a member profile without statistics", () => {
    expect(sampleAnalytics.series).toHaveLength(365);
    expect(sampleAnalytics.posts.length).toBeGreaterThanOrEqual(130);
    expect(sampleAnalytics.posts.length).toBeLessThanOrEqual(170);
    expect(sampleAnalytics.channels.map((channel) => [channel.kind, channel.sync.status])).toEqual([
      ["ORGANIZATION", "OK"],
      ["MEMBER", "NOT_AVAILABLE"],
    ]);
    expect(sampleAnalytics.heatmap.cells).toHaveLength(168);
    expect(sampleAnalytics.kpis.map((kpi) => kpi.key)).toEqual([
      "impressions",
      "uniqueImpressions",
      "clicks",
      "reactions",
      "comments",
      "reposts",
      "engagementRate",
      "followers",
    ]);
  });

  it("has no figures for the member profile alone", () => {
    const member = buildSampleAnalytics({ channels: ["ch_jane_doe"] });
    expect(member.hasData).toBe(false);
    expect(member.kpis.every((kpi) => kpi.value === null)).toBe(true);
    expect(member.posts.every((post) => post.impressions === null && !post.reported)).toBe(true);
  });
});

describe("niceScale", () => {
  it("picks round ticks from zero", () => {
    expect(niceScale(0, 13_800)).toEqual({ domain: [0, 15_000], ticks: [0, 5_000, 10_000, 15_000] });
    expect(niceScale(0, 0.026).ticks).toEqual([0, 0.01, 0.02, 0.03]);
    expect(niceScale(0, 0).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("fits a narrow band away from zero, in whole steps", () => {
    const { ticks } = niceScale(14_050, 14_130, { fromZero: false, integer: true });
    expect(ticks[0]).toBeLessThanOrEqual(14_050);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(14_130);
    expect(ticks.every(Number.isInteger)).toBe(true);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it("covers losses below zero", () => {
    expect(niceScale(-3, 9, { integer: true }).ticks).toEqual([-5, 0, 5, 10]);
  });
});
