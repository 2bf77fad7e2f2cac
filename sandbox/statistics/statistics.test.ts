// Contract tests for share and follower statistics (doc §12, checklist 25–26).
import { describe, expect, it } from "vitest";
import { makePng } from "../fixtures";
import {
  ACME,
  ALEX_URN,
  createPost,
  enc,
  fullToken,
  getJson,
  NORTHWIND,
  restDelete,
  textPost,
  uploadSingle,
} from "../testing/linkedin-test-helpers";
import {
  advanceClock,
  DAY_MS,
  mintToken,
  postJson,
  restGet,
  setupTestSandbox,
} from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

const ADDITIVE = ["impressionCount", "clickCount", "likeCount", "commentCount", "shareCount"] as const;

interface Stats {
  impressionCount: number;
  uniqueImpressionsCount?: number;
  clickCount: number;
  likeCount: number;
  commentCount: number;
  shareCount: number;
  engagement: number;
  shareMentionsCount?: number;
  commentMentionsCount?: number;
}
interface Element {
  organizationalEntity: string;
  share?: string;
  ugcPost?: string;
  timeRange?: { start: number; end: number };
  totalShareStatistics: Stats;
}
interface StatsResponse {
  paging: { start: number; count: number; links: unknown[] };
  elements: Element[];
}

const SHARE_STATS = `/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${enc(NORTHWIND)}`;
const intervals = (start: number, end: number, granularity: string) =>
  `&timeIntervals=(timeRange:(start:${start},end:${end}),timeGranularityType:${granularity})`;

async function shareStats(token: string, query = "") {
  return getJson<StatsResponse>(t.url, `${SHARE_STATS}${query}`, token);
}

/** A share post and a ugcPost (multiImage) by Northwind, a few days old. */
async function orgPosts(token: string) {
  const share = await createPost(t.url, token, textPost(NORTHWIND, "A text post"));
  const a = await uploadSingle(t.url, token, "images", NORTHWIND, makePng({ width: 20 }));
  const b = await uploadSingle(t.url, token, "images", NORTHWIND, makePng({ width: 21 }));
  const ugcPost = await createPost(
    t.url,
    token,
    textPost(NORTHWIND, "Two pictures", { content: { multiImage: { images: [{ id: a }, { id: b }] } } }),
  );
  expect(share).toMatch(/^urn:li:share:/);
  expect(ugcPost).toMatch(/^urn:li:ugcPost:/);
  await advanceClock(t.url, { advanceMs: 3 * DAY_MS });
  return { share, ugcPost };
}

describe("organizationalEntityShareStatistics", () => {
  it("lifetime: one aggregate element with every field including mention counts", async () => {
    const token = await fullToken(t.url);
    const { status, body } = await shareStats(token);
    expect(status).toBe(200);
    expect(body.paging).toEqual({ count: 10, start: 0, links: [] });
    expect(body.elements).toHaveLength(1);
    const [element] = body.elements;
    expect(Object.keys(element!)).toEqual(["organizationalEntity", "totalShareStatistics"]);
    expect(Object.keys(element!.totalShareStatistics)).toEqual([
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
    const s = element!.totalShareStatistics;
    expect(s.impressionCount).toBeGreaterThan(10_000);
    expect(s.engagement).toBeCloseTo(
      (s.clickCount + s.likeCount + s.commentCount + s.shareCount) / s.impressionCount,
      12,
    );
  });

  it("403 for a non-administrator and without rw_organization_admin", async () => {
    const token = await fullToken(t.url);
    const contentAdmin = await getJson(t.url, SHARE_STATS.replace(enc(NORTHWIND), enc(ACME)), token);
    expect(contentAdmin.status).toBe(403);
    expect(contentAdmin.body).toEqual({
      status: 403,
      serviceErrorCode: 100,
      code: "ACCESS_DENIED",
      message:
        "Not enough permissions to access: organizationalEntityShareStatistics.FINDER-organizationalEntity.20261101",
    });
    const noScope = (await mintToken(t.url, { scopes: ["r_organization_admin", "w_organization_social"] }))
      .access_token;
    expect((await shareStats(noScope)).status).toBe(403);
    const analyst = await fullToken(t.url, "R2dNw7LxYc");
    expect((await shareStats(analyst)).status).toBe(403);
  });

  it("DAY buckets sum to the MONTH bucket, including what sandbox posts accrued", async () => {
    const token = await fullToken(t.url);
    await orgPosts(token);
    const nov1 = Date.UTC(2026, 10, 1);
    const dec1 = Date.UTC(2026, 11, 1);
    const days = await shareStats(token, intervals(nov1, dec1, "DAY"));
    const month = await shareStats(token, intervals(nov1, dec1, "MONTH"));
    expect(days.status).toBe(200);
    // 1–19 November: the clock is at 19 Nov 09:30, later days are not reported yet.
    expect(days.body.elements).toHaveLength(19);
    expect(days.body.elements[0]?.timeRange).toEqual({ start: nov1, end: nov1 + DAY_MS });
    expect(month.body.elements).toHaveLength(1);
    expect(month.body.elements[0]?.timeRange).toEqual({ start: nov1, end: dec1 });
    for (const field of ADDITIVE) {
      const sum = days.body.elements.reduce((a, e) => a + e.totalShareStatistics[field], 0);
      expect(sum, field).toBe(month.body.elements[0]?.totalShareStatistics[field]);
    }
    // Time-bound buckets omit unique impressions and mentions (§12.4).
    expect(days.body.elements[0]?.totalShareStatistics).not.toHaveProperty("uniqueImpressionsCount");
    expect(days.body.elements[0]?.totalShareStatistics).not.toHaveProperty("shareMentionsCount");
  });

  it("sandbox posts add to the aggregate exactly what they report per post", async () => {
    const token = await fullToken(t.url);
    const { share, ugcPost } = await orgPosts(token);
    const withPosts = (await shareStats(token)).body.elements[0]!.totalShareStatistics;
    const perPost = (await shareStats(token, `&shares=List(${enc(share)})&ugcPosts=List(${enc(ugcPost)})`))
      .body.elements;
    const perPostImpressions = perPost.reduce((a, e) => a + e.totalShareStatistics.impressionCount, 0);
    expect(perPostImpressions).toBeGreaterThan(0);
    await restDelete(t.url, `/rest/posts/${enc(share)}`, token);
    await restDelete(t.url, `/rest/posts/${enc(ugcPost)}`, token);
    const without = (await shareStats(token)).body.elements[0]!.totalShareStatistics;
    expect(withPosts.impressionCount - without.impressionCount).toBe(perPostImpressions);
  });

  it("per-post statistics: shares vs ugcPosts — the wrong parameter finds nothing", async () => {
    const token = await fullToken(t.url);
    const { share, ugcPost } = await orgPosts(token);

    const viaShares = await shareStats(token, `&shares=List(${enc(share)},${enc(ugcPost)})`);
    expect(viaShares.status).toBe(200);
    expect(viaShares.body.elements.map((e) => e.share)).toEqual([share]);
    const [element] = viaShares.body.elements;
    expect(Object.keys(element!)).toEqual(["organizationalEntity", "share", "totalShareStatistics"]);
    expect(element!.totalShareStatistics).not.toHaveProperty("shareMentionsCount");
    expect(element!.totalShareStatistics).not.toHaveProperty("commentMentionsCount");
    expect(element!.totalShareStatistics.impressionCount).toBeGreaterThan(0);

    const viaUgc = await shareStats(token, `&ugcPosts=List(${enc(ugcPost)},${enc(share)})`);
    expect(viaUgc.body.elements).toEqual([
      { organizationalEntity: NORTHWIND, ugcPost, totalShareStatistics: expect.any(Object) },
    ]);
    const both = await shareStats(token, `&shares=List(${enc(share)})&ugcPosts=List(${enc(ugcPost)})`);
    expect(both.body.elements).toHaveLength(2);

    // A post of another author, an unknown post and a deleted post are not found either.
    const mine = await createPost(t.url, token, textPost(ALEX_URN, "member post"));
    await advanceClock(t.url, { advanceMs: DAY_MS });
    const others = await shareStats(
      token,
      `&shares=List(${enc(mine)},${enc("urn:li:share:1234567890123456789")})`,
    );
    expect(others.body.elements).toEqual([]);
  });

  it("posts without activity yet are omitted", async () => {
    const token = await fullToken(t.url);
    const share = await createPost(t.url, token, textPost(NORTHWIND, "Just now"));
    expect((await shareStats(token, `&shares=List(${enc(share)})`)).body.elements).toEqual([]);
    await advanceClock(t.url, { advanceMs: DAY_MS });
    const later = await shareStats(token, `&shares=List(${enc(share)})`);
    // ~8% of posts never get activity (stats/post-stats.ts); this URN is deterministic, so either way is stable.
    expect(later.body.elements.length).toBeLessThanOrEqual(1);
  });

  it("counts organization mentions in members' published posts on the aggregate", async () => {
    const token = await fullToken(t.url);
    const mention = await createPost(
      t.url,
      token,
      textPost(ALEX_URN, "Great coffee at @[Northwind Coffee](urn:li:organization:5515001)!"),
    );
    await advanceClock(t.url, { advanceMs: 3_600_000 });
    const withMention = (await shareStats(token)).body.elements[0]!.totalShareStatistics.shareMentionsCount!;
    await restDelete(t.url, `/rest/posts/${enc(mention)}`, token);
    const without = (await shareStats(token)).body.elements[0]!.totalShareStatistics.shareMentionsCount!;
    expect(withMention - without).toBe(1);
  });

  it.each([
    [
      "per-post with timeIntervals",
      `&shares=List(urn%3Ali%3Ashare%3A1)${intervals(Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1), "DAY")}`,
      "lifetime only",
    ],
    [
      "WEEK granularity",
      intervals(Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1), "WEEK"),
      "timeGranularityType must be one of DAY, MONTH",
    ],
    ["start after end", intervals(Date.UTC(2026, 10, 1), Date.UTC(2026, 9, 1), "DAY"), "must be before"],
    ["a non-URN in shares", "&shares=List(123)", "is not a post URN"],
  ])("400 for %s", async (_name, query, message) => {
    const token = await fullToken(t.url);
    const { status, body } = await shareStats(token, query);
    expect(status).toBe(400);
    expect((body as unknown as { message: string }).message).toContain(message);
  });

  it("the rolling 12-month window: clipped by default, 400 with windowMode reject", async () => {
    const token = await fullToken(t.url);
    const query = intervals(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1), "MONTH");
    const clipped = await shareStats(token, query);
    expect(clipped.status).toBe(200);
    // The window starts 16 Nov 2025: November and December 2025 only.
    expect(clipped.body.elements.map((e) => new Date(e.timeRange!.start).toISOString().slice(0, 7))).toEqual([
      "2025-11",
      "2025-12",
    ]);
    await postJson(`${t.url}/_sandbox/config`, { statistics: { windowMode: "reject" } });
    const rejected = await shareStats(token, query);
    expect(rejected.status).toBe(400);
    expect((rejected.body as unknown as { message: string }).message).toContain(
      "outside the rolling 12-month window",
    );
  });

  it("accepts the dotted Rest.li 1.0 form of timeIntervals", async () => {
    const token = await fullToken(t.url);
    const start = Date.UTC(2026, 9, 1);
    const end = Date.UTC(2026, 10, 1);
    const dotted = await shareStats(
      token,
      `&timeIntervals.timeGranularityType=DAY&timeIntervals.timeRange.start=${start}&timeIntervals.timeRange.end=${end}`,
    );
    const record = await shareStats(token, intervals(start, end, "DAY"));
    expect(dotted.body.elements).toHaveLength(31);
    expect(dotted.body).toEqual(record.body);
  });
});

describe("follower statistics and network size", () => {
  const FOLLOWERS = `/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&organizationalEntity=${enc(NORTHWIND)}`;

  it("lifetime: the 7 facets; time-bound: follower gains per bucket", async () => {
    const token = await fullToken(t.url);
    const lifetime = await getJson<{ elements: Record<string, unknown>[] }>(t.url, FOLLOWERS, token);
    expect(lifetime.status).toBe(200);
    expect(Object.keys(lifetime.body.elements[0]!)).toEqual([
      "organizationalEntity",
      "followerCountsByAssociationType",
      "followerCountsBySeniority",
      "followerCountsByIndustry",
      "followerCountsByFunction",
      "followerCountsByStaffCountRange",
      "followerCountsByGeoCountry",
      "followerCountsByGeo",
    ]);
    const gains = await getJson<{
      elements: { timeRange: unknown; followerGains: Record<string, number> }[];
    }>(t.url, `${FOLLOWERS}${intervals(Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1), "DAY")}`, token);
    expect(gains.body.elements).toHaveLength(31);
    expect(Object.keys(gains.body.elements[0]!)).toEqual([
      "organizationalEntity",
      "timeRange",
      "followerGains",
    ]);
    expect(Object.keys(gains.body.elements[0]!.followerGains)).toEqual([
      "organicFollowerGain",
      "paidFollowerGain",
    ]);
    expect((await getJson(t.url, FOLLOWERS.replace(enc(NORTHWIND), enc(ACME)), token)).status).toBe(403);
  });

  it("networkSizes: the seeded follower count on 1 January 2026, moving with the gains", async () => {
    const token = await fullToken(t.url);
    const path = `/rest/networkSizes/${enc(NORTHWIND)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`;
    await postJson(`${t.url}/_sandbox/clock`, { now: Date.UTC(2026, 0, 1) });
    const reference = await restGet(t.url, path, token, { "LinkedIn-Version": "202601" });
    expect(await reference.json()).toEqual({ firstDegreeSize: 12_840 });

    await postJson(`${t.url}/_sandbox/clock`, { now: Date.UTC(2026, 11, 1) });
    const later = (await getJson<{ firstDegreeSize: number }>(t.url, path, token)).body.firstDegreeSize;
    const gains = await getJson<{
      elements: { followerGains: { organicFollowerGain: number; paidFollowerGain: number } }[];
    }>(t.url, `${FOLLOWERS}${intervals(Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 1), "MONTH")}`, token);
    expect(gains.body.elements).toHaveLength(11);
    const gained = gains.body.elements.reduce(
      (a, e) => a + e.followerGains.organicFollowerGain + e.followerGains.paidFollowerGain,
      0,
    );
    expect(later).toBe(12_840 + gained);

    expect(
      (await restGet(t.url, `/rest/networkSizes/${enc(NORTHWIND)}?edgeType=CompanyFollowedByMember`, token))
        .status,
    ).toBe(400);
    expect(
      (await restGet(t.url, `/rest/networkSizes/${enc(ALEX_URN)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`, token))
        .status,
    ).toBe(400);
    expect(
      (
        await restGet(
          t.url,
          `/rest/networkSizes/${enc("urn:li:organization:1")}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`,
          token,
        )
      ).status,
    ).toBe(404);
  });
});
