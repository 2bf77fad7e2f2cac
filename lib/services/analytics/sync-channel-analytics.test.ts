// The statistics sync against the sandbox: what is stored is exactly what LinkedIn (the sandbox)
// answers when asked directly — DAY and MONTH buckets on UTC boundaries, per-post figures for
// share and ugcPost URNs, zero-activity posts unreported — and a later sync writes only what moved.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { nowMs } from "@/lib/clock";
import { getEnv } from "@/lib/env";
import { statisticsWindowStart } from "@/lib/linkedin/statistics/statistics-window";
import { savePost } from "@/lib/services/posts/save-post";
import { publishTarget } from "@/lib/services/publishing/publish-target";
import { connectTestChannels, createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { setupTestSandbox } from "@/lib/testing/test-sandbox";
import { analyticsQuerySchema } from "@/lib/analytics/analytics-types";
import { getAnalytics } from "./get-analytics";
import { syncChannelAnalytics } from "./sync-channel-analytics";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;

const NORTHWIND = "urn:li:organization:5515001"; // Alex is ADMINISTRATOR
const ACME = "urn:li:organization:5515002"; // Alex is CONTENT_ADMINISTRATOR: no statistics
const ROASTERY = "urn:li:organization:5515008"; // ADMINISTRATOR too, on the same connection
const DAY_MS = 86_400_000;

type Totals = {
  impressionCount?: number;
  uniqueImpressionsCount?: number;
  clickCount?: number;
  likeCount?: number;
  commentCount?: number;
  shareCount?: number;
  engagement?: number;
};
type Element = {
  timeRange?: { start: number; end: number };
  share?: string;
  ugcPost?: string;
  totalShareStatistics: Totals;
};

let owner: { userId: string; workspaceId: string };
let channel: { northwind: string; acme: string; roastery: string; member: string };
let token: string;

/** Asks the sandbox directly, as LinkedIn would be asked, with a token of our own. */
async function ask(path: string): Promise<{ elements: Element[]; paging?: { total?: number } }> {
  const response = await fetch(`${linkedin.sandbox().url}/rest${path}`, {
    headers: {
      Authorization: `Bearer ${token}`,
      "LinkedIn-Version": getEnv().LINKEDIN_API_VERSION,
      "X-Restli-Protocol-Version": "2.0.0",
    },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}
const org = encodeURIComponent(NORTHWIND);
const buckets = (granularity: "DAY" | "MONTH", start: number, end: number) =>
  ask(
    `/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${org}` +
      `&timeIntervals=(timeRange:(start:${start},end:${end}),timeGranularityType:${granularity})`,
  );
const figures = (t: Totals) => ({
  impressionCount: t.impressionCount ?? 0,
  clickCount: t.clickCount ?? 0,
  likeCount: t.likeCount ?? 0,
  commentCount: t.commentCount ?? 0,
  shareCount: t.shareCount ?? 0,
  engagement: t.engagement ?? 0,
});

async function sandboxPostUrns(): Promise<string[]> {
  const urns: string[] = [];
  for (let start = 0; ; start += 100) {
    const page = (await ask(
      `/posts?q=author&author=${org}&sortBy=CREATED&start=${start}&count=100`,
    )) as unknown as {
      elements: { id: string; publishedAt?: number; createdAt: number; lifecycleState: string }[];
    };
    for (const post of page.elements)
      if (
        post.lifecycleState === "PUBLISHED" &&
        (post.publishedAt ?? post.createdAt) >= statisticsWindowStart(nowMs())
      )
        urns.push(post.id);
    if (page.elements.length < 100) return urns;
  }
}

beforeAll(async () => {
  await linkedin.control("/_sandbox/config", {
    media: { processingDelayMs: { image: 0, video: 0, document: 0 } },
  });
  owner = await createTestWorkspace();
  const { connectionId, channels } = await connectTestChannels(owner, [NORTHWIND, ACME, ROASTERY]);
  const { memberUrn } = await prisma().linkedInConnection.findUniqueOrThrow({ where: { id: connectionId } });
  const { addChannels } = await import("@/lib/services/channels/add-channels");
  const [member] = await addChannels({
    workspaceId: owner.workspaceId,
    connectionId,
    authorUrns: [memberUrn],
  });
  channel = {
    northwind: channels[0]!.id,
    acme: channels[1]!.id,
    roastery: channels[2]!.id,
    member: member!.id,
  };
  ({ access_token: token } = (await linkedin.control("/_sandbox/tokens", {
    member: "default",
    scopes: ["rw_organization_admin", "r_organization_social", "w_organization_social"],
  })) as { access_token: string });

  // One post published by Cadence, so its target gets linked to the synced post.
  const { postId } = await savePost({
    ...owner,
    channelIds: [channel.northwind],
    body: [{ type: "text", text: "Our autumn blend is back (finally)." }],
    content: { kind: "TEXT" },
    intent: "publish",
  });
  const post = await prisma().post.findUniqueOrThrow({ where: { id: postId }, include: { targets: true } });
  await publishTarget({ targetId: post.targets[0]!.id, revision: post.revision });
});

beforeEach(async () => {
  await fetch(`${linkedin.sandbox().url}/_sandbox/faults`, { method: "DELETE" });
});

describe("statistics sync", () => {
  it("stores exactly the sandbox's DAY, MONTH and lifetime figures on UTC boundaries", async () => {
    const outcome = await syncChannelAnalytics({ channelId: channel.northwind });
    expect(outcome).toMatchObject({ status: "OK", full: true });

    const now = nowMs();
    const windowStart = statisticsWindowStart(now);
    const end = Math.ceil(now / DAY_MS) * DAY_MS;
    const expectedDays = (await buckets("DAY", windowStart, end)).elements;
    const days = await prisma().shareStatistic.findMany({
      where: { channelId: channel.northwind, granularity: "DAY" },
      orderBy: { periodStart: "asc" },
    });
    expect(days.length).toBeGreaterThanOrEqual(365);
    expect(days.length).toBe(expectedDays.length);
    for (const [i, row] of days.entries()) {
      expect(row.periodStart.getTime() % DAY_MS).toBe(0);
      expect(row.periodStart.getTime()).toBe(expectedDays[i]!.timeRange!.start);
      expect(row).toMatchObject(figures(expectedDays[i]!.totalShareStatistics));
      // Time-bound buckets carry no unique impressions (§12.2): null, not 0.
      expect(row.uniqueImpressionsCount).toBeNull();
    }

    // Whole months only: the month the window starts in would be a partial figure under the 1st.
    const firstMonth = new Date(windowStart);
    const monthStart =
      firstMonth.getUTCDate() === 1 && windowStart % DAY_MS === 0
        ? windowStart
        : Date.UTC(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + 1, 1);
    const nowDate = new Date(now);
    const monthEnd = Date.UTC(nowDate.getUTCFullYear(), nowDate.getUTCMonth() + 1, 1);
    const expectedMonths = (await buckets("MONTH", monthStart, monthEnd)).elements;
    const months = await prisma().shareStatistic.findMany({
      where: { channelId: channel.northwind, granularity: "MONTH" },
      orderBy: { periodStart: "asc" },
    });
    expect(months.length).toBe(expectedMonths.length);
    expect(months.length).toBeGreaterThanOrEqual(12);
    for (const [i, row] of months.entries()) {
      expect(row.periodStart.getUTCDate()).toBe(1);
      expect(row.periodStart.getUTCHours()).toBe(0);
      expect(row.periodStart.getTime()).toBe(expectedMonths[i]!.timeRange!.start);
      expect(row).toMatchObject(figures(expectedMonths[i]!.totalShareStatistics));
    }

    const [lifetime] = (
      await ask(`/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${org}`)
    ).elements;
    const stored = await prisma().shareStatistic.findFirstOrThrow({
      where: { channelId: channel.northwind, granularity: "LIFETIME" },
    });
    expect(stored).toMatchObject({
      ...figures(lifetime!.totalShareStatistics),
      uniqueImpressionsCount: lifetime!.totalShareStatistics.uniqueImpressionsCount,
    });

    // The Analytics answer reads the same figures: 28 days of impressions and LinkedIn's 12-month uniques.
    const to = new Date(now).toISOString().slice(0, 10);
    const from = new Date(now - 27 * DAY_MS).toISOString().slice(0, 10);
    const answer = await getAnalytics(
      owner.workspaceId,
      analyticsQuerySchema.parse({ channels: [channel.northwind], from, to }),
    );
    const lastDays = expectedDays.filter((d) => d.timeRange!.start >= Date.parse(`${from}T00:00:00Z`));
    expect(answer.kpis.find((k) => k.key === "impressions")!.value).toBe(
      lastDays.reduce((sum, d) => sum + (d.totalShareStatistics.impressionCount ?? 0), 0),
    );
    expect(answer.twelveMonths).toEqual({
      impressions: lifetime!.totalShareStatistics.impressionCount,
      uniqueImpressions: lifetime!.totalShareStatistics.uniqueImpressionsCount,
    });

    const followers = await prisma().followerStatistic.findMany({ where: { channelId: channel.northwind } });
    expect(followers.filter((f) => f.granularity === "DAY").length).toBeGreaterThanOrEqual(365);
    const total = followers.find((f) => f.granularity === "LIFETIME");
    expect(total?.totalFollowers).toEqual(expect.any(Number));

    const sync = await prisma().analyticsSync.findUniqueOrThrow({ where: { channelId: channel.northwind } });
    expect(sync).toMatchObject({ status: "OK", statusReason: null });
    expect(sync.lastSyncedAt).not.toBeNull();
    expect(sync.lastFullSyncAt).not.toBeNull();
  });

  it("stores every post of the Page with the sandbox's per-post figures, share and ugcPost alike", async () => {
    const urns = await sandboxPostUrns();
    const posts = await prisma().channelPost.findMany({ where: { channelId: channel.northwind } });
    expect(posts.map((p) => p.urn).sort()).toEqual([...urns].sort());
    // A Page's year of history, both URN types (pitfall §15.15), and Cadence's own post linked.
    expect(posts.length).toBeGreaterThan(40);
    expect(posts.some((p) => p.urn.startsWith("urn:li:share:"))).toBe(true);
    expect(posts.some((p) => p.urn.startsWith("urn:li:ugcPost:"))).toBe(true);
    expect(posts.filter((p) => p.targetId !== null)).toHaveLength(1);

    const shares = posts.filter((p) => p.urn.startsWith("urn:li:share:")).map((p) => p.urn);
    const ugcPosts = posts.filter((p) => p.urn.startsWith("urn:li:ugcPost:")).map((p) => p.urn);
    const expected = new Map<string, Totals>();
    for (const [param, list] of [
      ["shares", shares],
      ["ugcPosts", ugcPosts],
    ] as const)
      for (let i = 0; i < list.length; i += 20) {
        const answer = await ask(
          `/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${org}` +
            `&${param}=List(${list
              .slice(i, i + 20)
              .map((urn) => encodeURIComponent(urn))
              .join(",")})`,
        );
        for (const element of answer.elements)
          expected.set((element.share ?? element.ugcPost)!, element.totalShareStatistics);
      }
    for (const post of posts) {
      const answer = expected.get(post.urn);
      if (answer) {
        expect(post).toMatchObject({
          reported: true,
          ...figures(answer),
          uniqueImpressionsCount: answer.uniqueImpressionsCount,
        });
      } else {
        // Absent from LinkedIn's answer: no activity, not an error (§12.1).
        expect(post).toMatchObject({ reported: false, impressionCount: 0, clickCount: 0 });
      }
      expect(post.statsCheckedAt).not.toBeNull();
    }
    expect([...expected.keys()].some((urn) => urn.startsWith("urn:li:ugcPost:"))).toBe(true);
    expect(posts.some((p) => !p.reported)).toBe(true);

    // Posts made outside Cadence with an image or a video get LinkedIn's signed preview link.
    const pictured = posts.filter(
      (p) => p.targetId === null && /^urn:li:(image|video):/.test(p.mediaUrn ?? ""),
    );
    expect(pictured.length).toBeGreaterThan(10);
    for (const post of pictured) expect(post.thumbnailUrl, post.urn).toMatch(/^http/);
    const image = await fetch(pictured[0]!.thumbnailUrl!);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toMatch(/^image\//);
  });

  it("an hourly sync later writes only what changed", async () => {
    const before = await snapshot();
    await linkedin.advanceDays(2 / 24);
    const outcome = await syncChannelAnalytics({ channelId: channel.northwind });
    expect(outcome).toMatchObject({ status: "OK", full: false });
    const after = await snapshot();

    // Finished days older than the recent window are not rewritten; today's bucket moved.
    const today = Math.floor(nowMs() / DAY_MS) * DAY_MS;
    const oldDays = before.dayRows.filter((d) => d.periodStart.getTime() < today - 3 * DAY_MS);
    expect(oldDays.length).toBeGreaterThan(300);
    for (const day of oldDays) expect(after.days.get(day.periodStart.getTime())).toEqual(day.syncedAt);
    const todayRow = await prisma().shareStatistic.findUniqueOrThrow({
      where: {
        channelId_granularity_periodStart: {
          channelId: channel.northwind,
          granularity: "DAY",
          periodStart: new Date(today),
        },
      },
    });
    expect(todayRow.syncedAt.getTime()).toBeGreaterThan(before.startedAt);

    // Posts older than a month were not even asked about; young ones that gained were rewritten.
    const monthAgo = nowMs() - 30 * DAY_MS;
    expect(after.posts.filter((p) => p.publishedAt.getTime() < monthAgo).length).toBeGreaterThan(30);
    expect(after.posts.some((p) => p.statsChangedAt!.getTime() > before.startedAt)).toBe(true);
    for (const post of after.posts) {
      const previous = before.posts.find((p) => p.id === post.id)!;
      if (post.publishedAt.getTime() < monthAgo) {
        expect(post.statsCheckedAt).toEqual(previous.statsCheckedAt);
        expect(post.statsChangedAt).toEqual(previous.statsChangedAt);
      } else if (figuresOf(post) !== figuresOf(previous)) {
        expect(post.statsChangedAt!.getTime()).toBeGreaterThan(before.startedAt);
      } else {
        expect(post.statsChangedAt).toEqual(previous.statsChangedAt);
      }
    }
  });

  it("a day later, a full sync adds the new day and still leaves settled days alone", async () => {
    const before = await snapshot();
    await linkedin.advanceDays(1);
    const outcome = await syncChannelAnalytics({ channelId: channel.northwind });
    expect(outcome).toMatchObject({ status: "OK", full: true });
    const after = await snapshot();
    const today = Math.floor(nowMs() / DAY_MS) * DAY_MS;
    expect(after.days.has(today)).toBe(true);
    expect(before.days.size).toBeLessThan(after.days.size + 1);
    const settled = before.dayRows.filter(
      (d) =>
        d.periodStart.getTime() < today - 4 * DAY_MS &&
        d.periodStart.getTime() >= statisticsWindowStart(nowMs()),
    );
    expect(settled.length).toBeGreaterThan(300);
    for (const day of settled) expect(after.days.get(day.periodStart.getTime())).toEqual(day.syncedAt);
  });

  it("says why there are no statistics: not an administrator, or a personal profile", async () => {
    await expect(syncChannelAnalytics({ channelId: channel.acme })).resolves.toMatchObject({
      status: "NO_PERMISSION",
      reason: expect.stringContaining("Content administrator"),
    });
    await expect(syncChannelAnalytics({ channelId: channel.member })).resolves.toMatchObject({
      status: "NOT_AVAILABLE",
      reason: expect.stringContaining("personal profiles"),
    });
    expect(
      await prisma().shareStatistic.count({ where: { channelId: { in: [channel.acme, channel.member] } } }),
    ).toBe(0);
  });

  it("a daily quota hit waits for 00:00 UTC and keeps what was stored", async () => {
    const stored = await prisma().shareStatistic.count({ where: { channelId: channel.northwind } });
    await linkedin.control("/_sandbox/faults", {
      path: "^/rest/organizationalEntityShareStatistics",
      status: 429,
      body: {
        status: 429,
        message: "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
      },
      times: 1,
    });
    const outcome = await syncChannelAnalytics({ channelId: channel.northwind });
    expect(outcome.status).toBe("RATE_LIMITED");
    const sync = await prisma().analyticsSync.findUniqueOrThrow({ where: { channelId: channel.northwind } });
    expect(sync.nextSyncAt!.getTime() % DAY_MS).toBe(0);
    expect(sync.nextSyncAt!.getTime()).toBeGreaterThan(nowMs());
    expect(await prisma().shareStatistic.count({ where: { channelId: channel.northwind } })).toBe(stored);
    // LinkedIn's day quota is the app's and the member's, not the Page's: the connection's other
    // Page waits for the reset too.
    const roastery = await prisma().analyticsSync.findUniqueOrThrow({
      where: { channelId: channel.roastery },
    });
    expect(roastery.nextSyncAt).toEqual(sync.nextSyncAt);
  });

  it("a post LinkedIn refuses to list does not throw away the Page's figures", async () => {
    await linkedin.control("/_sandbox/faults", { path: "^/rest/posts\\?q=author", status: 403, times: 1 });
    const before = nowMs();
    const outcome = await syncChannelAnalytics({ channelId: channel.northwind, full: true });
    expect(outcome.status).toBe("OK");
    const sync = await prisma().analyticsSync.findUniqueOrThrow({ where: { channelId: channel.northwind } });
    expect(sync.statusReason).toMatch(
      /^The Page's figures are up to date\. Cadence could not list the Page's posts/,
    );
    expect(sync.lastFullSyncAt!.getTime()).toBeGreaterThanOrEqual(before);
    // The next sync without the fault clears the warning.
    await syncChannelAnalytics({ channelId: channel.northwind });
    expect(
      (await prisma().analyticsSync.findUniqueOrThrow({ where: { channelId: channel.northwind } }))
        .statusReason,
    ).toBeNull();
  });

  it("a post deleted on LinkedIn keeps its last figures instead of dropping to zero", async () => {
    const post = await prisma().channelPost.findFirstOrThrow({
      where: { channelId: channel.northwind, reported: true, targetId: null, impressionCount: { gt: 0 } },
      orderBy: { publishedAt: "desc" },
    });
    const deleted = await fetch(`${linkedin.sandbox().url}/rest/posts/${encodeURIComponent(post.urn)}`, {
      method: "DELETE",
      headers: {
        Authorization: `Bearer ${token}`,
        "LinkedIn-Version": getEnv().LINKEDIN_API_VERSION,
        "X-Restli-Protocol-Version": "2.0.0",
      },
    });
    expect(deleted.status).toBe(204);
    await syncChannelAnalytics({ channelId: channel.northwind, full: true });
    const after = await prisma().channelPost.findUniqueOrThrow({ where: { id: post.id } });
    expect(after).toMatchObject({
      reported: true,
      impressionCount: post.impressionCount,
      clickCount: post.clickCount,
    });
  });

  it("two syncs of one channel at once: one runs, the other steps aside", async () => {
    await prisma().analyticsSync.update({ where: { channelId: channel.northwind }, data: { status: "OK" } });
    const outcomes = await Promise.all([
      syncChannelAnalytics({ channelId: channel.northwind }),
      syncChannelAnalytics({ channelId: channel.northwind }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["OK", "SYNCING"]);
  });
});

const figuresOf = (p: Record<string, unknown>) =>
  JSON.stringify(
    [
      "impressionCount",
      "uniqueImpressionsCount",
      "clickCount",
      "likeCount",
      "commentCount",
      "shareCount",
      "reported",
    ].map((key) => p[key]),
  );

async function snapshot() {
  const startedAt = nowMs();
  const dayRows = await prisma().shareStatistic.findMany({
    where: { channelId: channel.northwind, granularity: "DAY" },
  });
  const posts = await prisma().channelPost.findMany({ where: { channelId: channel.northwind } });
  const days = new Map(dayRows.map((d) => [d.periodStart.getTime(), d.syncedAt]));
  // Later writes must be distinguishable from this instant.
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { startedAt, days, dayRows, posts };
}
