// Contract tests for generated history posts: a Page's earlier year of posts, visible through the
// author finder, GET/BATCH_GET, per-post statistics, the media APIs and /feed/update, but never
// stored, never in the organization aggregate, and anchored at world creation / reset.
import { describe, expect, it } from "vitest";
import { startSandbox } from "../server";
import { postLifetimePotential, postShareCounts } from "../stats";
import {
  ALEX_URN,
  createPost,
  enc,
  fullToken,
  getJson,
  NORTHWIND,
  restDelete,
  restPost,
  textPost,
} from "../testing/linkedin-test-helpers";
import {
  advanceClock,
  DAY_MS,
  postJson,
  restGet,
  setupTestSandbox,
  TEST_NOW,
} from "../testing/sandbox-test-kit";

// The test kit starts with history off; these tests are about it, so they switch it on.
const t = setupTestSandbox({ config: { history: { enabled: true } } });

interface WirePost {
  id: string;
  author: string;
  commentary: string;
  content?: Record<string, Record<string, unknown>>;
  lifecycleState: string;
  lifecycleStateInfo: { isEditedByAuthor: boolean };
  createdAt: number;
  publishedAt?: number;
  lastModifiedAt: number;
}
interface Finder {
  elements: WirePost[];
  paging: { start: number; count: number; total: number; links: { rel: string; href: string }[] };
}
interface StatsElement {
  share?: string;
  ugcPost?: string;
  totalShareStatistics: Record<string, number>;
}

const byAuthor = (author: string, query = "") =>
  `/rest/posts?q=author&author=${enc(author)}&sortBy=CREATED${query}`;

/** Every post of `author` via the finder, paging 100 at a time. */
async function allPosts(token: string, author = NORTHWIND): Promise<{ posts: WirePost[]; total: number }> {
  const posts: WirePost[] = [];
  let total = 0;
  for (let start = 0; ; start += 100) {
    const { status, body } = await getJson<Finder>(
      t.url,
      byAuthor(author, `&start=${start}&count=100`),
      token,
    );
    expect(status).toBe(200);
    total = body.paging.total;
    posts.push(...body.elements);
    if (body.elements.length < 100) break;
  }
  return { posts, total };
}

async function config(patch: unknown) {
  const res = await postJson(`${t.url}/_sandbox/config`, patch);
  expect(res.status).toBe(200);
}

const kindOf = (post: WirePost) => {
  const content = post.content ?? {};
  if (content.multiImage) return "multiImage";
  if (content.article) return "article";
  const id = String(content.media?.id ?? "");
  return id ? id.split(":")[2]! : "text";
};

async function shareStats(token: string, query: string) {
  return getJson<{ elements: StatsElement[] }>(
    t.url,
    `/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${enc(NORTHWIND)}${query}`,
    token,
  );
}

describe("history posts in the author finder", () => {
  it("returns ~12 months of a Page's posts before the anchor, newest first, with paging", async () => {
    const token = await fullToken(t.url);
    const first = await getJson<Finder>(t.url, byAuthor(NORTHWIND, "&count=10"), token);
    expect(first.status).toBe(200);
    expect(first.body.elements).toHaveLength(10);
    expect(first.body.paging.links.some((l) => l.rel === "next" && l.href.includes("start=10"))).toBe(true);

    const { posts, total } = await allPosts(token);
    expect(posts).toHaveLength(total);
    // Northwind posts 1–5 times a week: a year is between 52 and 260 posts.
    expect(total).toBeGreaterThan(52);
    expect(total).toBeLessThanOrEqual(5 * 53);
    expect(posts.slice(0, 10)).toEqual(first.body.elements);
    expect(new Set(posts.map((p) => p.id)).size).toBe(total);
    for (let i = 1; i < posts.length; i++)
      expect(posts[i - 1]!.createdAt).toBeGreaterThanOrEqual(posts[i]!.createdAt);
    expect(posts[0]!.createdAt).toBeLessThan(TEST_NOW);
    expect(posts.at(-1)!.createdAt).toBeGreaterThanOrEqual(TEST_NOW - 365 * DAY_MS);
    expect(posts.at(-1)!.createdAt).toBeLessThan(TEST_NOW - 350 * DAY_MS);
    expect(posts[0]!.createdAt).toBeGreaterThan(TEST_NOW - 14 * DAY_MS);

    for (const post of posts) {
      expect(post.author).toBe(NORTHWIND);
      expect(post.lifecycleState).toBe("PUBLISHED");
      expect(post.publishedAt).toBe(post.createdAt);
      expect(post.id).toMatch(/^urn:li:(share|ugcPost):\d{19}$/);
      // LinkedIn's id encodes the creation time.
      expect(Number(BigInt(post.id.split(":")[3]!) >> 22n)).toBe(post.createdAt);
      if (["video", "multiImage"].includes(kindOf(post))) expect(post.id).toMatch(/^urn:li:ugcPost:/);
      // Hashtags come back in template form, and no other reserved character is left unescaped.
      expect(post.commentary).toMatch(/\{hashtag\|\\#\|[A-Za-z]+\}$/);
      expect(post.commentary.replace(/\{hashtag\|\\#\|[A-Za-z]+\}/g, "")).not.toMatch(/[\\|{}@[\]()<>#*_~]/);
      expect(Object.keys(post)).not.toContain("createdBy");
      expect(Object.keys(post)).not.toContain("extra");
    }
    const kinds = new Set(posts.map(kindOf));
    expect([...kinds].sort()).toEqual(["article", "document", "image", "multiImage", "text", "video"]);
    expect(posts.some((p) => p.id.startsWith("urn:li:share:"))).toBe(true);
    // Mostly weekdays.
    const weekend = posts.filter((p) => [0, 6].includes(new Date(p.createdAt).getUTCDay())).length;
    expect(weekend / total).toBeLessThan(0.15);
  });

  it("merges API-created posts in order; moving the clock adds no history; reset keeps the same posts", async () => {
    const token = await fullToken(t.url);
    const before = await allPosts(token);
    await advanceClock(t.url, { advanceMs: 30 * DAY_MS });
    const later = await allPosts(token);
    expect(later.posts.map((p) => p.id)).toEqual(before.posts.map((p) => p.id));

    const urn = await createPost(t.url, token, textPost(NORTHWIND, "Fresh from Cadence"));
    const merged = await allPosts(token);
    expect(merged.total).toBe(before.total + 1);
    expect(merged.posts[0]!.id).toBe(urn);
    expect(merged.posts.slice(1)).toEqual(before.posts);

    await postJson(`${t.url}/_sandbox/reset`, {});
    const afterReset = await allPosts(await fullToken(t.url));
    expect(afterReset.posts).toEqual(before.posts);
  });

  it("members and other Pages: members have no history, each Page its own", async () => {
    const token = await fullToken(t.url);
    expect((await allPosts(token, ALEX_URN)).total).toBe(0);
    const roastery = await allPosts(token, "urn:li:organization:5515008");
    expect(roastery.total).toBeGreaterThan(20);
    expect(roastery.posts.every((p) => p.author === "urn:li:organization:5515008")).toBe(true);
  });

  it("GET by URN and BATCH_GET find history posts like stored ones", async () => {
    const token = await fullToken(t.url);
    const { posts } = await allPosts(token);
    const [a, b] = [posts[3]!, posts[40]!];
    const one = await getJson<WirePost>(t.url, `/rest/posts/${enc(a.id)}`, token);
    expect(one).toEqual({ status: 200, body: a });

    const missing = a.id.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    const batch = await getJson<{
      results: Record<string, WirePost>;
      errors: Record<string, { status: number }>;
    }>(t.url, `/rest/posts?ids=List(${[a.id, b.id, missing].map(enc).join(",")})`, token);
    expect(batch.status).toBe(200);
    expect(batch.body.results[a.id]).toEqual(a);
    expect(batch.body.results[b.id]).toEqual(b);
    expect(batch.body.errors[missing]?.status).toBe(404);
    // Another URN type with the same id is another post.
    const other = a.id.startsWith("urn:li:share:")
      ? a.id.replace("share", "ugcPost")
      : a.id.replace("ugcPost", "share");
    expect((await restGet(t.url, `/rest/posts/${enc(other)}`, token)).status).toBe(404);
  });
});

describe("history posts elsewhere", () => {
  it("per-post statistics: found under the right parameter, with the accrual curve; zero-activity posts absent", async () => {
    const token = await fullToken(t.url);
    const { posts } = await allPosts(token);
    const reach = Math.round(12840 * 0.12);
    const active = (p: WirePost) => postLifetimePotential(p.id, reach).impressionCount > 0;
    const ugcPost = posts.find((p) => p.id.startsWith("urn:li:ugcPost:") && active(p))!;
    const share = posts.find((p) => p.id.startsWith("urn:li:share:") && active(p))!;
    const silent = posts.find((p) => !active(p));
    expect(silent).toBeDefined();

    const { status, body } = await shareStats(
      token,
      `&ugcPosts=List(${enc(ugcPost.id)},${enc(share.id)})&shares=List(${enc(share.id)},${enc(ugcPost.id)},${enc(silent!.id)})`,
    );
    expect(status).toBe(200);
    // Each post once, under its own key; the silent one not at all.
    expect(body.elements.map((e) => e.ugcPost ?? e.share).sort()).toEqual([share.id, ugcPost.id].sort());
    const ugcElement = body.elements.find((e) => e.ugcPost === ugcPost.id)!;
    const expected = postShareCounts({
      postUrn: ugcPost.id,
      publishedAt: ugcPost.publishedAt!,
      now: TEST_NOW,
      reach,
    });
    expect(ugcElement.totalShareStatistics).toMatchObject(expected);
    expect(body.elements.find((e) => e.share === share.id)).toBeDefined();
  });

  it("the organization aggregate does not change with history on or off", async () => {
    const token = await fullToken(t.url);
    const on = await shareStats(token, "");
    const days = await shareStats(
      token,
      `&timeIntervals=(timeRange:(start:${TEST_NOW - 30 * DAY_MS},end:${TEST_NOW}),timeGranularityType:DAY)`,
    );
    await config({ history: { enabled: false } });
    expect(await shareStats(token, "")).toEqual(on);
    expect(
      await shareStats(
        token,
        `&timeIntervals=(timeRange:(start:${TEST_NOW - 30 * DAY_MS},end:${TEST_NOW}),timeGranularityType:DAY)`,
      ),
    ).toEqual(days);
  });

  it("image, video and document assets resolve through the media APIs and download real bytes", async () => {
    const token = await fullToken(t.url);
    const { posts } = await allPosts(token);
    const image = posts.find((p) => kindOf(p) === "image")!;
    const imageUrn = String(image.content!.media!.id);
    const asset = await getJson<Record<string, unknown>>(t.url, `/rest/images/${enc(imageUrn)}`, token);
    expect(asset.status).toBe(200);
    expect(asset.body).toMatchObject({ id: imageUrn, owner: NORTHWIND, status: "AVAILABLE" });
    const jpeg = await fetch(String(asset.body.downloadUrl));
    expect(jpeg.status).toBe(200);
    expect(jpeg.headers.get("content-type")).toBe("image/jpeg");
    const bytes = Buffer.from(await jpeg.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    // SOF0 carries the advertised pixel size.
    const sof = bytes.indexOf(Buffer.from([0xff, 0xc0]));
    expect(bytes.readUInt16BE(sof + 7)).toBe(asset.body.aspectRatioWidth);
    expect(bytes.readUInt16BE(sof + 5)).toBe(asset.body.aspectRatioHeight);

    const grid = posts.find((p) => kindOf(p) === "multiImage")!;
    const ids = (grid.content!.multiImage!.images as { id: string }[]).map((i) => i.id);
    const batch = await getJson<{ results: Record<string, { status: string }> }>(
      t.url,
      `/rest/images?ids=List(${ids.map(enc).join(",")})`,
      token,
    );
    expect(Object.keys(batch.body.results).sort()).toEqual([...ids].sort());
    expect(Object.values(batch.body.results).every((r) => r.status === "AVAILABLE")).toBe(true);

    const video = posts.find((p) => kindOf(p) === "video")!;
    const videoAsset = await getJson<Record<string, unknown>>(
      t.url,
      `/rest/videos/${enc(String(video.content!.media!.id))}`,
      token,
    );
    expect(videoAsset.body).toMatchObject({ status: "AVAILABLE", aspectRatioWidth: 1280 });
    expect(videoAsset.body.duration).toBeGreaterThan(0);
    const mp4 = Buffer.from(await (await fetch(String(videoAsset.body.downloadUrl))).arrayBuffer());
    expect(mp4.subarray(4, 8).toString()).toBe("ftyp");
    expect((await fetch(String(videoAsset.body.thumbnail))).headers.get("content-type")).toBe("image/jpeg");

    const doc = posts.find((p) => kindOf(p) === "document")!;
    const docAsset = await getJson<Record<string, unknown>>(
      t.url,
      `/rest/documents/${enc(String(doc.content!.media!.id))}`,
      token,
    );
    const pdf = Buffer.from(await (await fetch(String(docAsset.body.downloadUrl))).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("/feed/update renders a history post with its image", async () => {
    const token = await fullToken(t.url);
    const { posts } = await allPosts(token);
    const image = posts.find((p) => kindOf(p) === "image")!;
    const res = await fetch(`${t.url}/feed/update/${image.id}`, { headers: { Accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Northwind Coffee");
    const src = /<img class="post-image" src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    expect(src).toBeDefined();
    expect((await fetch(src!)).headers.get("content-type")).toBe("image/jpeg");
  });
});

describe("history switch, state and changes", () => {
  it("config history.enabled=false hides history everywhere; reset restores the start config", async () => {
    const token = await fullToken(t.url);
    const { posts } = await allPosts(token);
    const urn = await createPost(t.url, token, textPost(NORTHWIND, "Only this one"));

    await config({ history: { enabled: false } });
    const off = await allPosts(token);
    expect(off.posts.map((p) => p.id)).toEqual([urn]);
    expect((await restGet(t.url, `/rest/posts/${enc(posts[0]!.id)}`, token)).status).toBe(404);
    const imageUrn = posts.find((p) => kindOf(p) === "image")!.content!.media!.id as string;
    expect((await restGet(t.url, `/rest/images/${enc(imageUrn)}`, token)).status).toBe(404);
    expect(await (await fetch(`${t.url}/_sandbox/config`)).json()).toMatchObject({
      history: { enabled: false },
    });

    await postJson(`${t.url}/_sandbox/reset`, {});
    expect(await (await fetch(`${t.url}/_sandbox/config`)).json()).toMatchObject({
      history: { enabled: true },
    });
    expect((await allPosts(await fullToken(t.url))).total).toBe(posts.length);
  });

  it("a plain sandbox has history on by default, and reset keeps it", async () => {
    const sandbox = await startSandbox({ port: 0, now: TEST_NOW });
    try {
      const token = await fullToken(sandbox.url);
      const count = async () =>
        (await getJson<Finder>(sandbox.url, byAuthor(NORTHWIND, "&count=1"), token)).body.paging.total;
      expect(await count()).toBeGreaterThan(52);
      await postJson(`${sandbox.url}/_sandbox/config`, { history: { enabled: false } });
      expect(await count()).toBe(0);
      await postJson(`${sandbox.url}/_sandbox/reset`, {});
      const fresh = await fullToken(sandbox.url);
      const total = (await getJson<Finder>(sandbox.url, byAuthor(NORTHWIND, "&count=1"), fresh)).body.paging
        .total;
      expect(total).toBeGreaterThan(52);
    } finally {
      await sandbox.close();
    }
  });

  it("GET /_sandbox/state lists stored posts only", async () => {
    const token = await fullToken(t.url);
    const urn = await createPost(t.url, token, textPost(NORTHWIND, "Stored"));
    const state = (await (await fetch(`${t.url}/_sandbox/state`)).json()) as {
      posts: { id: string }[];
      media: unknown[];
      createdAt: number;
    };
    expect(state.posts.map((p) => p.id)).toEqual([urn]);
    expect(state.media).toEqual([]);
    expect(state.createdAt).toBe(TEST_NOW);
  });

  it("DELETE and PARTIAL_UPDATE work on history posts through a small overlay that reset clears", async () => {
    const token = await fullToken(t.url);
    const { posts, total } = await allPosts(token);
    const [gone, edited] = [posts[0]!, posts[5]!];

    expect((await restDelete(t.url, `/rest/posts/${enc(gone.id)}`, token)).status).toBe(204);
    expect((await restGet(t.url, `/rest/posts/${enc(gone.id)}`, token)).status).toBe(404);
    expect((await allPosts(token)).total).toBe(total - 1);

    await advanceClock(t.url, { advanceMs: DAY_MS });
    const res = await restPost(
      t.url,
      `/rest/posts/${enc(edited.id)}`,
      token,
      { patch: { $set: { commentary: "Corrected copy #Coffee" } } },
      { "X-RestLi-Method": "PARTIAL_UPDATE" },
    );
    expect(res.status).toBe(204);
    const after = await getJson<WirePost>(t.url, `/rest/posts/${enc(edited.id)}`, token);
    expect(after.body).toMatchObject({
      commentary: "Corrected copy {hashtag|\\#|Coffee}",
      lifecycleStateInfo: { isEditedByAuthor: true },
      lastModifiedAt: TEST_NOW + DAY_MS,
      createdAt: edited.createdAt,
    });
    // LAST_MODIFIED order puts the edited post first.
    const byModified = await getJson<Finder>(
      t.url,
      `/rest/posts?q=author&author=${enc(NORTHWIND)}&sortBy=LAST_MODIFIED&count=1`,
      token,
    );
    expect(byModified.body.elements[0]!.id).toBe(edited.id);

    const state = (await (await fetch(`${t.url}/_sandbox/state`)).json()) as {
      posts: unknown[];
      ext: { history: { deleted: Record<string, number>; edits: Record<string, unknown> } };
    };
    expect(state.posts).toEqual([]);
    expect(Object.keys(state.ext.history.deleted)).toEqual([gone.id]);
    expect(Object.keys(state.ext.history.edits)).toEqual([edited.id]);

    await postJson(`${t.url}/_sandbox/reset`, {});
    expect((await allPosts(await fullToken(t.url))).posts).toEqual(posts);
  });
});
