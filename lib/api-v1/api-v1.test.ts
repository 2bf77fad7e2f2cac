// The public API end to end, in-process against the sandbox: the seed's one-request example
// publishes a video, idempotency holds under concurrent repeats, every refusal is a problem
// details answer that leaves nothing behind, media URLs cannot reach private addresses, a revoked
// key stops working, and another workspace's post is a 404 that reveals nothing.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { createApiKey, revokeApiKey } from "@/lib/services/api-keys/manage-api-keys";
import { publishTarget } from "@/lib/services/publishing/publish-target";
import { connectTestChannels, createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { setupTestSandbox } from "@/lib/testing/test-sandbox";
import { callApi } from "./testing/api-client";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;

let owner: { userId: string; workspaceId: string };
let key: string;
let channelIds: string[];
let outsiderKey: string;
/** A server on 127.0.0.1 that is not the sandbox: private, so refused. */
let privateServer: Server;
let privateUrl: string;
let privateHits = 0;

const sample = (file: string) => `http://localhost:${linkedin.sandbox().port}/_sandbox/samples/${file}`;
const counts = async () => ({
  posts: await prisma().post.count({ where: { workspaceId: owner.workspaceId } }),
  assets: await prisma().mediaAsset.count({ where: { workspaceId: owner.workspaceId } }),
});

async function settle(postId: string) {
  for (let round = 0; round < 10; round++) {
    const targets = await prisma().postTarget.findMany({ where: { postId }, include: { post: true } });
    if (targets.every((target) => ["PUBLISHED", "FAILED", "PAUSED"].includes(target.state))) return;
    for (const target of targets) {
      if (target.nextAttemptAt)
        await prisma().postTarget.update({ where: { id: target.id }, data: { nextAttemptAt: null } });
      await publishTarget({ targetId: target.id, revision: target.post.revision });
    }
  }
}

beforeAll(async () => {
  await linkedin.control("/_sandbox/config", {
    media: { processingDelayMs: { image: 0, video: 0, document: 0 } },
  });
  owner = await createTestWorkspace();
  const connected = await connectTestChannels(owner, ["urn:li:organization:5515001", "urn:li:organization:5515002"]);
  channelIds = connected.channels.map((channel) => channel.id);
  key = (await createApiKey({ ...owner, role: "OWNER", name: "CMS" })).secret;
  const outsider = await createTestWorkspace();
  outsiderKey = (await createApiKey({ ...outsider, role: "OWNER", name: "Other" })).secret;
  privateServer = createServer((_request, response) => {
    privateHits++;
    response.writeHead(200, { "content-type": "image/png" });
    response.end(Buffer.alloc(100));
  });
  await new Promise<void>((resolve) => privateServer.listen(0, "127.0.0.1", resolve));
  privateUrl = `http://127.0.0.1:${(privateServer.address() as AddressInfo).port}/photo.png`;
});

afterAll(async () => {
  await new Promise((resolve) => privateServer.close(resolve));
});

describe("POST /api/v1/posts", () => {
  it("publishes the seed's example as a video post, and GET shows it published with its URN", async () => {
    const answer = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "We just shipped…" }, profiles: ["linkedin"], media: [sample("video.mp4")] },
    });
    expect(answer.status).toBe(202);
    expect(answer.headers.get("location")).toBe(`/api/v1/posts/${answer.body.id}`);
    expect(answer.body).toMatchObject({
      kind: "video",
      post: { body: "We just shipped…" },
      media: [{ role: "primary", kind: "video", mime_type: "video/mp4" }],
    });
    expect(answer.body.targets).toHaveLength(2);
    expect(answer.body.targets.map((target: { state: string }) => target.state)).toEqual(["scheduled", "scheduled"]);

    await settle(answer.body.id);
    const got = await callApi("GET", `/api/v1/posts/${answer.body.id}`, { key });
    expect(got.status).toBe(200);
    expect(got.body.status).toBe("published");
    for (const target of got.body.targets) {
      expect(target.state).toBe("published");
      expect(target.linkedin_urn).toMatch(/^urn:li:(share|ugcPost):\d+$/);
      expect(target.linkedin_url).toContain(encodeURIComponent(target.linkedin_urn).slice(0, 10));
      expect(target.error).toBeNull();
    }
    const state = (await linkedin.control("/_sandbox/state")) as {
      posts: { id: string; commentary: string; content?: { media?: { id: string } } }[];
    };
    const onLinkedIn = state.posts.filter((post) => post.commentary === "We just shipped…");
    expect(onLinkedIn).toHaveLength(2);
    expect(onLinkedIn.every((post) => post.content?.media?.id?.startsWith("urn:li:video:"))).toBe(true);
  });

  it("carries alt text per image, a video's thumbnail and captions, a document's title and a link card", async () => {
    const images = await callApi("POST", "/api/v1/posts", {
      key,
      body: {
        post: { body: "Two photos #launch" },
        channels: [channelIds[0]],
        draft: true,
        media: [
          { url: sample("photo-1.png"), alt_text: "Green square" },
          { url: sample("photo-2.png"), alt_text: "Amber square" },
        ],
      },
    });
    expect(images.status).toBe(202);
    expect(images.body).toMatchObject({ kind: "multi_image", status: "draft" });
    expect(images.body.media.map((item: { alt_text: string }) => item.alt_text)).toEqual(["Green square", "Amber square"]);

    const video = await callApi("POST", "/api/v1/posts", {
      key,
      body: {
        post: { body: "Watch" },
        channels: [channelIds[0]],
        draft: true,
        media: [
          { url: sample("video.mp4"), title: "Demo", thumbnail_url: sample("thumbnail.jpg"), captions_url: sample("captions.srt") },
        ],
      },
    });
    expect(video.status).toBe(202);
    expect(video.body.media.map((item: { role: string }) => item.role).sort()).toEqual(["captions", "primary", "thumbnail"]);

    const deck = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "Slides" }, channels: [channelIds[0]], draft: true, media: [sample("deck.pdf")] },
    });
    expect(deck.body).toMatchObject({ kind: "document", media: [{ title: "deck" }] });

    const link = await callApi("POST", "/api/v1/posts", {
      key,
      body: {
        post: { body: "Read this" },
        channels: [channelIds[0]],
        draft: true,
        link: { url: "https://example.com/post", title: "Our post", thumbnail_url: sample("thumbnail.jpg") },
      },
    });
    expect(link.body).toMatchObject({ kind: "article", link: { url: "https://example.com/post", title: "Our post" } });
    expect(link.body.link.thumbnail_media_id).toEqual(expect.any(String));
  });

  it("schedules at the given time in its zone", async () => {
    const at = new Date(Date.now() + 3 * 86_400_000).toISOString().replace("Z", "+00:00");
    const answer = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "Later" }, channels: [channelIds[1]], scheduled_at: at, time_zone: "Europe/Paris" },
    });
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ status: "scheduled", time_zone: "Europe/Paris" });
    expect(new Date(answer.body.scheduled_at).getTime()).toBe(new Date(at).getTime());
  });
});

describe("Idempotency-Key", () => {
  it("makes one post for concurrent repeats, and replays its answer", async () => {
    const before = await counts();
    const body = { post: { body: "Exactly once" }, channels: [channelIds[0]], draft: true, media: [sample("photo-1.png")] };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        callApi("POST", "/api/v1/posts", { key, body, headers: { "Idempotency-Key": "order-4711" } }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(202));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(answers.filter((answer) => answer.headers.get("idempotent-replayed") === "true")).toHaveLength(5);
    expect((await counts()).posts).toBe(before.posts + 1);

    // Field order does not make it another request; another body does.
    const reordered = await callApi("POST", "/api/v1/posts", {
      key,
      body: { draft: true, media: body.media, channels: body.channels, post: body.post },
      headers: { "Idempotency-Key": "order-4711" },
    });
    expect(reordered.body.id).toBe(answers[0]!.body.id);
    const other = await callApi("POST", "/api/v1/posts", {
      key,
      body: { ...body, post: { body: "Something else" } },
      headers: { "Idempotency-Key": "order-4711" },
    });
    expect(other.status).toBe(422);
    expect(other.body.type).toBe("/docs/api#problem-idempotency-key-reused");
    expect((await counts()).posts).toBe(before.posts + 1);
  });

  it("lets a refused first request be retried with the same key", async () => {
    const headers = { "Idempotency-Key": "retry-after-fix" };
    const refused = await callApi("POST", "/api/v1/posts", {
      key,
      headers,
      body: { post: { body: "x" }, channels: [channelIds[0]], media: [`${sample("missing.png")}`] },
    });
    expect(refused.status).toBe(422);
    const fixed = await callApi("POST", "/api/v1/posts", {
      key,
      headers,
      body: { post: { body: "x" }, channels: [channelIds[0]], media: [sample("photo-2.png")], draft: true },
    });
    expect(fixed.status).toBe(202);
  });

  it("refuses a key that is not 1–255 visible characters", async () => {
    const answer = await callApi("POST", "/api/v1/posts", {
      key,
      headers: { "Idempotency-Key": "" },
      body: { post: { body: "x" }, profiles: ["linkedin"] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.type).toBe("/docs/api#problem-malformed-request");
  });
});

describe("validation", () => {
  const valid = () => ({ post: { body: "Hello" }, profiles: ["linkedin"] as string[] });
  const cases: { name: string; body?: unknown; raw?: string; contentType?: string; status: number; type: string; pointer?: string }[] = [
    { name: "not JSON", raw: "{post:", status: 400, type: "malformed-request" },
    { name: "another content type", raw: "post=1", contentType: "application/x-www-form-urlencoded", status: 415, type: "unsupported-media-type" },
    { name: "no post", body: { profiles: ["linkedin"] }, status: 422, type: "validation-failed", pointer: "/post" },
    { name: "a misspelt field", body: { ...valid(), schedule_at: "2030-01-01T00:00:00Z" }, status: 422, type: "validation-failed", pointer: "/schedule_at" },
    { name: "no destination", body: { post: { body: "Hi" } }, status: 422, type: "validation-failed", pointer: "/profiles" },
    { name: "an unknown profile", body: { post: { body: "Hi" }, profiles: ["twitter"] }, status: 422, type: "validation-failed", pointer: "/profiles/0" },
    { name: "profiles and channels", body: { ...valid(), channels: ["abc"] }, status: 422, type: "validation-failed", pointer: "/channels" },
    { name: "an unknown channel", body: { post: { body: "Hi" }, channels: ["nope123"] }, status: 422, type: "validation-failed", pointer: "/channels/0" },
    { name: "21 media", body: { ...valid(), media: Array.from({ length: 21 }, (_, i) => `https://example.com/${i}.png`) }, status: 422, type: "validation-failed", pointer: "/media" },
    { name: "media and a link", body: { ...valid(), media: ["https://example.com/a.png"], link: { url: "https://example.com", title: "x" } }, status: 422, type: "validation-failed", pointer: "/link" },
    { name: "a media URL that is not http(s)", body: { ...valid(), media: ["file:///etc/passwd"] }, status: 422, type: "validation-failed", pointer: "/media/0" },
    { name: "a time without offset", body: { ...valid(), scheduled_at: "2030-01-01T09:00:00" }, status: 422, type: "validation-failed", pointer: "/scheduled_at" },
    { name: "a time in the past", body: { ...valid(), scheduled_at: "2020-01-01T09:00:00Z" }, status: 422, type: "validation-failed", pointer: "/scheduled_at" },
    { name: "an unknown time zone", body: { ...valid(), time_zone: "Mars/Olympus" }, status: 422, type: "validation-failed", pointer: "/time_zone" },
    { name: "text over 3,000 characters", body: { ...valid(), post: { body: "a".repeat(3001) } }, status: 422, type: "validation-failed", pointer: "/post/body" },
    { name: "reserved characters pushing text past 3,000", body: { ...valid(), post: { body: "(".repeat(1600) } }, status: 422, type: "validation-failed", pointer: "/post/body" },
    { name: "nothing to say", body: { ...valid(), post: { body: "" } }, status: 422, type: "validation-failed", pointer: "/post/body" },
    { name: "alt text too long", body: { ...valid(), media: [{ url: "https://example.com/a.png", alt_text: "a".repeat(4087) }] }, status: 422, type: "validation-failed", pointer: "/media/0/alt_text" },
    { name: "a year-0 time", body: { ...valid(), draft: true, scheduled_at: "0000-01-01T00:00:00Z" }, status: 422, type: "validation-failed", pointer: "/scheduled_at" },
    { name: "a NUL character", body: { ...valid(), post: { body: "a\u0000b" } }, status: 422, type: "validation-failed", pointer: "/post/body" },
    { name: "a link card without title", body: { ...valid(), link: { url: "https://example.com" } }, status: 422, type: "validation-failed", pointer: "/link/title" },
    { name: "a body over 256 KiB", raw: JSON.stringify({ ...valid(), pad: "x".repeat(300_000) }), status: 413, type: "payload-too-large" },
  ];

  it.each(cases)("refuses $name with a problem details answer and saves nothing", async (testCase) => {
    const before = await counts();
    const answer = await callApi("POST", "/api/v1/posts", {
      key,
      body: testCase.body,
      rawBody: testCase.raw,
      headers: { "content-type": testCase.contentType ?? "application/json" },
    });
    expect(answer.status).toBe(testCase.status);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.body).toMatchObject({
      type: `/docs/api#problem-${testCase.type}`,
      status: testCase.status,
      title: expect.any(String),
      detail: expect.any(String),
      instance: "/api/v1/posts",
    });
    if (testCase.pointer)
      expect(answer.body.errors.map((error: { pointer: string }) => error.pointer)).toContain(testCase.pointer);
    expect(await counts()).toEqual(before);
  });

  it("reads several media as images: a document among them is refused, and no file is kept", async () => {
    const before = await counts();
    const answer = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "Mixed" }, profiles: ["linkedin"], media: [sample("thumbnail.jpg"), sample("deck.pdf")] },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.type).toBe("/docs/api#problem-media-refused");
    expect(answer.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(["/media/1"]);
    expect(await counts()).toEqual(before);
  });
});

describe("media URLs", () => {
  it.each([
    ["loopback", () => privateUrl],
    ["cloud metadata (link-local)", () => "http://169.254.169.254/latest/meta-data/"],
    ["a private network", () => "http://10.0.0.7/photo.png"],
    ["IPv6 loopback", () => "http://[::1]/photo.png"],
  ])("refuses %s addresses and saves nothing", async (_name, url) => {
    const before = await counts();
    const answer = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "SSRF" }, profiles: ["linkedin"], media: [url()] },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.type).toBe("/docs/api#problem-media-refused");
    expect(answer.body.errors[0].pointer).toBe("/media/0");
    expect(answer.body.detail).toMatch(/private|local|not allowed|refused/i);
    expect(await counts()).toEqual(before);
  });

  it("never follows the sandbox's redirects to other local addresses", async () => {
    const before = privateHits;
    const viaSandbox = new URL(`http://localhost:${linkedin.sandbox().port}/oauth/v2/authorization`);
    viaSandbox.search = new URLSearchParams({
      client_id: "cadence-sandbox-basic",
      redirect_uri: privateUrl,
      response_type: "code",
      state: "x",
      scope: "rw_organization_admin",
    }).toString();
    const answer = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "SSRF" }, profiles: ["linkedin"], media: [viaSandbox.toString()] },
    });
    expect(answer.status).toBe(422);
    expect(privateHits).toBe(before);
  });

  it("names every refused item at once", async () => {
    const answer = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "x" }, profiles: ["linkedin"], media: [sample("photo-1.png"), sample("nope.png"), privateUrl] },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(["/media/1", "/media/2"]);
  });
});

describe("keys and workspaces", () => {
  it("answers 401 without a key, with a malformed one and with a revoked one", async () => {
    const { secret, key: made } = await createApiKey({ ...owner, role: "OWNER", name: "Short-lived" });
    expect((await callApi("GET", "/api/v1/channels", { key: secret })).status).toBe(200);
    await revokeApiKey({ workspaceId: owner.workspaceId, role: "OWNER", keyId: made.id });
    for (const attempt of [undefined, "not-a-key", secret]) {
      const answer = await callApi("GET", "/api/v1/posts", { key: attempt });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(answer.body.type).toBe("/docs/api#problem-unauthorized");
    }
  });

  it("answers another workspace's post with a 404 that reveals nothing", async () => {
    const mine = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "Confidential roadmap" }, channels: [channelIds[0]], draft: true },
    });
    const id = mine.body.id as string;
    const attempts = [
      callApi("GET", `/api/v1/posts/${id}`, { key: outsiderKey }),
      callApi("PATCH", `/api/v1/posts/${id}`, { key: outsiderKey, body: { post: { body: "pwned" } } }),
      callApi("DELETE", `/api/v1/posts/${id}?remote=true`, { key: outsiderKey }),
      callApi("POST", `/api/v1/posts/${id}/publish`, { key: outsiderKey }),
      callApi("GET", `/api/v1/posts/${id}/stats`, { key: outsiderKey }),
      callApi("GET", `/api/v1/posts/does-not-exist`, { key }),
    ];
    const answers = await Promise.all(attempts);
    const unknown = answers.at(-1)!;
    for (const answer of answers.slice(0, -1)) {
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain("Confidential");
      expect(answer.body.detail).toBe(unknown.body.detail);
    }
    expect((await callApi("GET", `/api/v1/posts/${id}`, { key })).body.post.body).toBe("Confidential roadmap");
    const list = await callApi("GET", "/api/v1/posts?limit=100", { key: outsiderKey });
    expect(list.body.data).toEqual([]);
  });

  it("answers 429 with Retry-After past the key's limit", async () => {
    vi.stubEnv("CADENCE_API_RATE_LIMIT", "3");
    resetEnvCache();
    try {
      const { secret } = await createApiKey({ ...owner, role: "OWNER", name: "Busy" });
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await callApi("GET", "/api/v1/channels", { key: secret }));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
      expect(answers[0]!.headers.get("ratelimit-remaining")).toBe("2");
      const refused = answers[3]!;
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect(refused.body.type).toBe("/docs/api#problem-rate-limited");
      // Another key has its own budget.
      const { secret: other } = await createApiKey({ ...owner, role: "OWNER", name: "Quiet" });
      expect((await callApi("GET", "/api/v1/channels", { key: other })).status).toBe(200);
    } finally {
      vi.stubEnv("CADENCE_API_RATE_LIMIT", "");
      resetEnvCache();
    }
  });
});

describe("reading and changing posts", () => {
  it("pages through posts with a cursor, newest first, without gaps or repeats", async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await callApi("POST", "/api/v1/posts", {
        key,
        body: { post: { body: `Paged ${i}` }, channels: [channelIds[1]], draft: true },
      });
      made.push(answer.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2&status=draft&channel_id=${channelIds[1]}${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await callApi("GET", `/api/v1/posts${query}`, { key });
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((post: { id: string }) => post.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 5)).toEqual([...made].reverse());

    const ancient = Buffer.from("0000-01-01T00:00:00.000Z|abc").toString("base64url");
    for (const query of [`cursor=${ancient}`, "scheduled_after=0000-01-01T00:00:00Z"])
      expect((await callApi("GET", `/api/v1/posts?${query}`, { key })).status).toBe(422);
    const bad = await callApi("GET", "/api/v1/posts?limit=500&status=sent&cursor=%00", { key });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(["limit", "status"]);
  });

  it("edits and reschedules a scheduled post, publishes a draft now, and refuses to edit a published one", async () => {
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const created = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "Draft one" }, channels: [channelIds[0]], scheduled_at: inAWeek },
    });
    const id = created.body.id as string;
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const edited = await callApi("PATCH", `/api/v1/posts/${id}`, {
      key,
      body: { post: { body: "Edited (v2) #ship" }, scheduled_at: inTwoWeeks },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: "scheduled", post: { body: "Edited (v2) #ship" } });
    expect(new Date(edited.body.scheduled_at).getTime()).toBe(new Date(inTwoWeeks).getTime());

    const textOnly = await callApi("PATCH", `/api/v1/posts/${id}`, { key, body: { media: [sample("photo-1.png")] } });
    expect(textOnly.body).toMatchObject({ kind: "image", status: "scheduled" });
    expect(new Date(textOnly.body.scheduled_at).getTime()).toBe(new Date(inTwoWeeks).getTime());

    const empty = await callApi("PATCH", `/api/v1/posts/${id}`, { key, body: {} });
    expect(empty.status).toBe(422);

    const published = await callApi("POST", `/api/v1/posts/${id}/publish`, { key });
    expect(published.status).toBe(202);
    expect(published.body.status).toBe("scheduled");
    await settle(id);
    expect((await callApi("GET", `/api/v1/posts/${id}`, { key })).body.status).toBe("published");

    const late = await callApi("PATCH", `/api/v1/posts/${id}`, { key, body: { post: { body: "Too late" } } });
    expect(late.status).toBe(409);
    expect(late.body.type).toBe("/docs/api#problem-conflict");
    expect((await callApi("GET", `/api/v1/posts/${id}`, { key })).body.post.body).toBe("Edited (v2) #ship");

    const stats = await callApi("GET", `/api/v1/posts/${id}/stats`, { key });
    expect(stats.status).toBe(200);
    expect(stats.body.targets).toEqual([
      expect.objectContaining({ channel_id: channelIds[0], available: false, impressions: null }),
    ]);
  });

  it("cancels a scheduled post, and with remote=true deletes a published one from LinkedIn", async () => {
    const later = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "Never mind" }, channels: [channelIds[0]], scheduled_at: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const cancelled = await callApi("DELETE", `/api/v1/posts/${later.body.id}`, { key });
    expect(cancelled.body).toMatchObject({ outcome: "deleted", remote: [] });
    expect((await callApi("GET", `/api/v1/posts/${later.body.id}`, { key })).status).toBe(404);

    const now = await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "Oops, wrong post" }, channels: channelIds },
    });
    await settle(now.body.id);
    const urns = (await callApi("GET", `/api/v1/posts/${now.body.id}`, { key })).body.targets.map(
      (target: { linkedin_urn: string }) => target.linkedin_urn,
    );
    const deleted = await callApi("DELETE", `/api/v1/posts/${now.body.id}?remote=true`, { key });
    expect(deleted.status).toBe(200);
    expect(deleted.body.outcome).toBe("archived");
    expect(deleted.body.remote.map((copy: { linkedin_urn: string; deleted: boolean }) => [copy.linkedin_urn, copy.deleted])).toEqual(
      urns.map((urn: string) => [urn, true]),
    );
    const state = (await linkedin.control("/_sandbox/state")) as { posts: { commentary: string; deletedAt?: number }[] };
    const copies = state.posts.filter((post) => post.commentary === "Oops, wrong post");
    expect(copies).toHaveLength(2);
    expect(copies.every((post) => post.deletedAt)).toBe(true);
    expect((await callApi("GET", `/api/v1/posts/${now.body.id}`, { key })).status).toBe(404);
  });

  it("lists channels with whether they can publish", async () => {
    const answer = await callApi("GET", "/api/v1/channels", { key });
    expect(answer.body.data).toHaveLength(2);
    expect(answer.body.data[0]).toMatchObject({ kind: "organization", status: "healthy", can_publish: true });
  });
});
