import { describe, expect, it } from "vitest";
import { sampleAnalytics, SAMPLE_ORG_ID } from "@/components/analytics/fixtures/sample-analytics";
import {
  channelMedianEngagement,
  median,
  nextSort,
  pageCount,
  pageOf,
  sortPosts,
  type PostSortKey,
} from "@/components/analytics/post-table-model";
import type { AnalyticsPostRow } from "@/lib/analytics/analytics-types";

const row = (id: string, over: Partial<AnalyticsPostRow>): AnalyticsPostRow => ({
  id,
  channelId: "c1",
  channelName: "Acme",
  urn: `urn:li:share:${id}`,
  url: `https://www.linkedin.com/feed/update/urn:li:share:${id}/`,
  publishedAt: "2026-11-01T09:00:00.000Z",
  text: id,
  contentKind: "TEXT",
  thumbnailUrl: null,
  cadencePostId: null,
  impressions: 100,
  uniqueImpressions: null,
  clicks: 1,
  reactions: 1,
  comments: 0,
  reposts: 0,
  engagementRate: 0.02,
  reported: true,
  statsCheckedAt: null,
  ...over,
});

const ids = (rows: AnalyticsPostRow[]) => rows.map((post) => post.id);

describe("sortPosts", () => {
  const rows = [
    row("a", { impressions: 50, publishedAt: "2026-11-03T09:00:00.000Z", channelName: "beta" }),
    row("b", { impressions: null, publishedAt: "2026-11-05T09:00:00.000Z", channelName: "Alpha" }),
    row("c", { impressions: 900, publishedAt: "2026-11-01T09:00:00.000Z", channelName: "alpha" }),
    row("d", { impressions: 50, publishedAt: "2026-11-04T09:00:00.000Z", channelName: "Gamma" }),
  ];

  it("sorts by date, newest first, by default", () => {
    expect(ids(sortPosts(rows, { key: "publishedAt", direction: "desc" }))).toEqual(["b", "d", "a", "c"]);
  });

  it("puts missing figures last in both directions and breaks ties by date", () => {
    expect(ids(sortPosts(rows, { key: "impressions", direction: "desc" }))).toEqual(["c", "d", "a", "b"]);
    expect(ids(sortPosts(rows, { key: "impressions", direction: "asc" }))).toEqual(["d", "a", "c", "b"]);
  });

  it("sorts words without regard to case", () => {
    expect(ids(sortPosts(rows, { key: "channelName", direction: "asc" }))).toEqual(["b", "c", "a", "d"]);
  });

  it("does not change its input", () => {
    const copy = [...rows];
    sortPosts(rows, { key: "impressions", direction: "asc" });
    expect(rows).toEqual(copy);
  });

  it("sorts the sample by every column without losing a row", () => {
    const keys: PostSortKey[] = [
      "text",
      "publishedAt",
      "channelName",
      "impressions",
      "uniqueImpressions",
      "clicks",
      "reactions",
      "comments",
      "reposts",
      "engagementRate",
    ];
    for (const key of keys) {
      const sorted = sortPosts(sampleAnalytics.posts, { key, direction: "desc" });
      expect(sorted).toHaveLength(sampleAnalytics.posts.length);
      if (key !== "text" && key !== "channelName" && key !== "publishedAt") {
        const values = sorted.map((post) => post[key]).filter((value) => value !== null) as number[];
        expect(values).toEqual([...values].sort((a, b) => b - a));
        expect(sorted.slice(values.length).every((post) => post[key] === null)).toBe(true);
      }
    }
  });
});

describe("nextSort", () => {
  it("flips the same column and starts others in their natural direction", () => {
    expect(nextSort({ key: "publishedAt", direction: "desc" }, "publishedAt")).toEqual({
      key: "publishedAt",
      direction: "asc",
    });
    expect(nextSort({ key: "publishedAt", direction: "desc" }, "clicks")).toEqual({
      key: "clicks",
      direction: "desc",
    });
    expect(nextSort({ key: "clicks", direction: "desc" }, "channelName")).toEqual({
      key: "channelName",
      direction: "asc",
    });
  });
});

describe("paging", () => {
  it("shows 25 a page and clamps the page", () => {
    const rows = Array.from({ length: 60 }, (_, index) => index);
    expect(pageCount(60)).toBe(3);
    expect(pageCount(0)).toBe(1);
    expect(pageOf(rows, 1)).toHaveLength(25);
    expect(pageOf(rows, 3)).toEqual(rows.slice(50));
    expect(pageOf(rows, 9)).toEqual(rows.slice(50));
  });
});

describe("medians", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it("compares with the channel's posts that have a rate", () => {
    const rows = [
      row("a", { engagementRate: 0.01 }),
      row("b", { engagementRate: 0.03 }),
      row("c", { engagementRate: null }),
      row("d", { engagementRate: 0.5, channelId: "other" }),
    ];
    expect(channelMedianEngagement(rows, "c1")).toEqual({ median: 0.02, posts: 2 });
    expect(channelMedianEngagement(sampleAnalytics.posts, SAMPLE_ORG_ID).posts).toBeGreaterThan(100);
  });
});
