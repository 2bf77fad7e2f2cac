// Contract: share and follower statistics against the sandbox in-process (doc §12): lifetime and
// DAY/MONTH buckets inside the 12-month window, per-post numbers with share and ugcPost URNs in
// their own parameters (pitfall §15.15), chunked requests, follower facets, gains and count.
import { describe, expect, it } from "vitest";
import type { LinkedInConfig } from "../config";
import { LinkedInPermissionError } from "../errors/linkedin-errors";
import { LinkedInPreflightError } from "../errors/preflight-error";
import { createPost } from "../posts/create-post";
import { ACME, clockedClient, FULL_SCOPES, NORTHWIND, uploadTestImage } from "../testing/contract-helpers";
import { setupLinkedInSandbox, TEST_NOW } from "../testing/linkedin-sandbox";
import type { PostUrn } from "../urns";
import { getFollowerCount } from "./get-follower-count";
import { getFollowerGains } from "./get-follower-gains";
import { getFollowerStatistics } from "./get-follower-statistics";
import { getOrganizationShareStatistics } from "./get-organization-share-statistics";
import { getPostStatistics } from "./get-post-statistics";
import { getShareStatisticsByPeriod } from "./get-share-statistics-by-period";
import { shareStatisticsResponseSchema } from "./statistics-schemas";

const sandbox = setupLinkedInSandbox();
const DAY_MS = 86_400_000;

function recordingConfig(): { config: LinkedInConfig; queries: string[] } {
  const queries: string[] = [];
  const config = sandbox.config({
    sleep: (ms) => sandbox.advanceClock(Math.max(1, Math.round(ms))),
    fetch: (url, init) => {
      const u = new URL(String(url));
      if (u.pathname.endsWith("/organizationalEntityShareStatistics")) queries.push(u.search);
      return fetch(url, init);
    },
  });
  return { config, queries };
}

describe("organization share statistics", () => {
  it("lifetime: every field, mentions included", async () => {
    const { client } = await clockedClient(sandbox);
    const stats = await getOrganizationShareStatistics(client, { organization: NORTHWIND });
    expect(stats.impressions).toBeGreaterThan(0);
    expect(stats.uniqueImpressions).toEqual(expect.any(Number));
    expect(stats.shareMentions).toEqual(expect.any(Number));
    expect(stats.engagement).toBeGreaterThan(0);
    expect(stats.engagement).toBeLessThan(1);
  });

  it("DAY buckets on 00:00 UTC that add up to the MONTH bucket", async () => {
    const { client } = await clockedClient(sandbox);
    const october = { start: new Date(Date.UTC(2026, 9, 1)), end: new Date(Date.UTC(2026, 10, 1)) };
    const days = await getShareStatisticsByPeriod(client, {
      organization: NORTHWIND,
      granularity: "DAY",
      ...october,
    });
    expect(days.buckets).toHaveLength(31);
    expect(days.buckets[0]).toMatchObject({
      start: october.start,
      end: new Date(october.start.getTime() + DAY_MS),
    });
    expect(days.buckets[0]?.statistics.uniqueImpressions).toBeNull();
    const month = await getShareStatisticsByPeriod(client, {
      organization: NORTHWIND,
      granularity: "MONTH",
      // Unaligned ends are widened to the month: the 10th to the 20th asks for all of October.
      start: new Date(Date.UTC(2026, 9, 10, 13)),
      end: new Date(Date.UTC(2026, 9, 20, 8)),
    });
    expect(month.range).toEqual(october);
    expect(month.buckets).toHaveLength(1);
    expect(month.buckets[0]?.statistics.impressions).toBe(
      days.buckets.reduce((sum, b) => sum + b.statistics.impressions, 0),
    );
  });

  it("ranges older than 12 months are clipped (default) or refused before sending", async () => {
    // The sandbox rejects old starts: a clipped request must not be one.
    await sandbox.control("/_sandbox/config", { statistics: { windowMode: "reject" } });
    const { config, queries } = recordingConfig();
    const { client } = await sandbox.client({ scopes: FULL_SCOPES, config });
    const request = {
      organization: NORTHWIND,
      granularity: "MONTH",
      start: new Date(Date.UTC(2025, 4, 1)),
      end: new Date(TEST_NOW),
    } as const;
    const clipped = await getShareStatisticsByPeriod(client, request);
    expect(clipped.clipped).toBe(true);
    expect(clipped.range.start).toEqual(new Date(Date.UTC(2025, 10, 16)));
    expect(clipped.buckets.map((b) => b.start.toISOString().slice(0, 7))).toEqual([
      "2025-11",
      "2025-12",
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    ]);
    expect(queries).toHaveLength(1);

    const error = await getShareStatisticsByPeriod(client, { ...request, policy: "reject" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LinkedInPreflightError);
    expect(queries).toHaveLength(1);
  });

  it("a Content admin may not read statistics: permission error (role)", async () => {
    const { client } = await clockedClient(sandbox);
    const error = await getOrganizationShareStatistics(client, { organization: ACME }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LinkedInPermissionError);
    expect(error).toMatchObject({ reason: "role" });
  });
});

describe("per-post statistics", () => {
  it("a text post (share) and a multiImage post (ugcPost) go in their own parameters", async () => {
    const { config, queries } = recordingConfig();
    const { client } = await sandbox.client({ scopes: FULL_SCOPES, config });
    const { urn: share } = await createPost(client, {
      author: NORTHWIND,
      commentary: [{ type: "text", text: "Text post" }],
    });
    const images = [await uploadTestImage(client, NORTHWIND), await uploadTestImage(client, NORTHWIND)];
    const { urn: ugcPost } = await createPost(client, {
      author: NORTHWIND,
      commentary: [{ type: "text", text: "Two images" }],
      content: { kind: "multiImage", images: images.map((image) => ({ image, altText: "x" })) },
    });
    expect(share).toMatch(/^urn:li:share:/);
    expect(ugcPost).toMatch(/^urn:li:ugcPost:/);
    await sandbox.advanceClock(2 * DAY_MS); // posts accrue activity over sandbox time

    const stats = await getPostStatistics(client, { organization: NORTHWIND, posts: [share, ugcPost] });
    expect(stats.map((s) => [s.urn, s.reported])).toEqual([
      [share, true],
      [ugcPost, true],
    ]);
    for (const { statistics } of stats) {
      expect(statistics.impressions).toBeGreaterThan(0);
      expect(statistics.shareMentions).toBeNull(); // no mention counts per post (§12.2)
    }
    const query = queries.at(-1) ?? "";
    expect(query).toContain(`shares=List(${share.replaceAll(":", "%3A")})`);
    expect(query).toContain(`ugcPosts=List(${ugcPost.replaceAll(":", "%3A")})`);

    // The pitfall itself: the ugcPost asked for under `shares` is simply not found.
    const wrong = await client.request({
      api: "rest",
      method: "GET",
      path: "/organizationalEntityShareStatistics",
      query: { q: "organizationalEntity", organizationalEntity: NORTHWIND, shares: [ugcPost] },
      schema: shareStatisticsResponseSchema,
    });
    expect(wrong.data.elements).toEqual([]);
  });

  it("asks in chunks of 20 and reports posts without activity as zeros", async () => {
    const { config, queries } = recordingConfig();
    const { client } = await sandbox.client({ scopes: FULL_SCOPES, config });
    const { urn } = await createPost(client, {
      author: NORTHWIND,
      commentary: [{ type: "text", text: "Real" }],
    });
    await sandbox.advanceClock(DAY_MS);
    const unknown = Array.from(
      { length: 44 },
      (_, i) =>
        `urn:li:${i % 2 ? "share" : "ugcPost"}:7100000000000000${String(i).padStart(3, "0")}` as PostUrn,
    );
    const stats = await getPostStatistics(client, { organization: NORTHWIND, posts: [urn, ...unknown] });
    expect(queries).toHaveLength(3);
    expect(stats).toHaveLength(45);
    expect(stats.filter((s) => s.reported).map((s) => s.urn)).toEqual([urn]);
    expect(stats[1]?.statistics).toMatchObject({ impressions: 0, clicks: 0 });
  });
});

describe("follower statistics", () => {
  it("lifetime facets, gains over time and the follower count", async () => {
    const { client } = await clockedClient(sandbox);
    const facets = await getFollowerStatistics(client, { organization: NORTHWIND });
    expect(Object.keys(facets)).toEqual([
      "associationType",
      "seniority",
      "industry",
      "function",
      "staffCountRange",
      "geoCountry",
      "geo",
    ]);
    expect(facets.seniority[0]).toEqual({
      value: expect.stringMatching(/^urn:li:seniority:\d+$/),
      organic: expect.any(Number),
      paid: 0,
    });
    expect(facets.staffCountRange.every((f) => f.value.startsWith("SIZE_"))).toBe(true);

    const gains = await getFollowerGains(client, {
      organization: NORTHWIND,
      granularity: "DAY",
      start: new Date(TEST_NOW - 7 * DAY_MS),
      end: new Date(TEST_NOW),
    });
    expect(gains.buckets).toHaveLength(8); // aligned to whole days, today included
    expect(gains.buckets.every((b) => Number.isInteger(b.organicGain))).toBe(true);

    const count = await getFollowerCount(client, { organization: NORTHWIND });
    expect(Number.isInteger(count) && count > 0).toBe(true);
  });
});
