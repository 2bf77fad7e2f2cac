// Property: whatever is thrown at /api/v1 — random JSON, valid bodies with fields swapped for
// random values, broken JSON, odd ids, query strings and headers — the answer is never a 5xx; a
// refusal is a well-formed problem details answer and leaves the database exactly as it was (no
// post, target, media row, file or idempotency record half-written); an acceptance leaves a whole
// post with a target per channel.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { createApiKey } from "@/lib/services/api-keys/manage-api-keys";
import { connectTestChannels, createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { setupTestSandbox } from "@/lib/testing/test-sandbox";
import { callApi, type ApiAnswer } from "./testing/api-client";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;

let key: string;
let workspaceId: string;
let channelIds: string[];
let draftId: string;
const RUNS = 60;
/** Acceptances seen, to prove the generators reach the success paths too. */
let accepted = 0;

beforeAll(async () => {
  // Hundreds of requests a minute: the rate limit is tested on its own.
  vi.stubEnv("CADENCE_API_RATE_LIMIT", "100000");
  resetEnvCache();
  await linkedin.control("/_sandbox/config", { media: { processingDelayMs: { image: 0, video: 0, document: 0 } } });
  const owner = await createTestWorkspace();
  workspaceId = owner.workspaceId;
  channelIds = (await connectTestChannels(owner, ["urn:li:organization:5515001"])).channels.map((c) => c.id);
  key = (await createApiKey({ ...owner, role: "OWNER", name: "Fuzz" })).secret;
  draftId = (
    await callApi("POST", "/api/v1/posts", {
      key,
      body: { post: { body: "The fuzzer's draft" }, channels: channelIds, draft: true },
    })
  ).body.id;
});

afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

/** Everything a request could half-write. */
async function snapshot() {
  const [posts, targets, postMedia, assets, idempotency, draft] = await Promise.all([
    prisma().post.count({ where: { workspaceId } }),
    prisma().postTarget.count({ where: { post: { workspaceId } } }),
    prisma().postMedia.count({ where: { post: { workspaceId } } }),
    prisma().mediaAsset.count({ where: { workspaceId } }),
    prisma().apiIdempotencyKey.count({ where: { workspaceId, status: null } }),
    prisma().post.findUnique({ where: { id: draftId }, select: { revision: true, status: true } }),
  ]);
  return { posts, targets, postMedia, assets, idempotency, draft };
}

function expectWellFormed(answer: ApiAnswer) {
  expect(answer.status, answer.text).toBeLessThan(500);
  if (answer.status >= 400) {
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.body.status).toBe(answer.status);
    expect(answer.body.type).toMatch(/^\/docs\/api#problem-[a-z-]+$/);
    expect(answer.body.detail).toEqual(expect.any(String));
    expect(answer.body.detail.length).toBeGreaterThan(0);
  }
}

const sample = (file: string) => `http://localhost:${linkedin.sandbox().port}/_sandbox/samples/${file}`;

// Values that stress each field: wrong types, boundaries, reserved characters, unstorable text.
const oddString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "(a)[b]{c}<d>@e#f*g_h~i|j\\", "a".repeat(3001), "Z", "2020-01-01T00:00:00Z"),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  oddString,
  fc.constantFrom(null, true, -1, 0, 1e308, [], {}),
);
const mediaUrl = fc.oneof(
  fc.constantFrom("photo-1.png", "photo-2.png", "thumbnail.jpg", "deck.pdf", "captions.srt", "missing.png").map(sample),
  fc.constantFrom("http://127.0.0.1:9/x.png", "http://169.254.169.254/", "ftp://example.com/a.png", "not a url"),
);
const mediaItem = fc.oneof(
  mediaUrl,
  fc.record(
    { url: mediaUrl, alt_text: oddString, title: oddString, thumbnail_url: mediaUrl, captions_url: mediaUrl },
    { requiredKeys: ["url"] },
  ),
);
/** Mostly-valid fields, each sometimes swapped for something odd: refusals and acceptances both. */
const sometimesOdd = <T,>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: oddValue });
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom("Launch (today) [v2] {beta} <soon> @team #ship * _ ~ | \\", "Emoji 🚀 and \u00e9", "a\u0000b", "x\ud800y") },
);
const future = fc.integer({ min: 2, max: 60 * 24 * 30 }).map((minutes) => new Date(Date.now() + minutes * 60_000).toISOString());
const validish = () =>
  fc
    .tuple(
      fc.record({ post: sometimesOdd(fc.record({ body: text })) }),
      fc.oneof(
        { weight: 3, arbitrary: fc.constant({ profiles: ["linkedin"] as unknown }) },
        { weight: 2, arbitrary: fc.constant({}).map(() => ({ channels: channelIds as unknown })) },
        { weight: 1, arbitrary: fc.record({ profiles: oddValue, channels: oddValue }, { requiredKeys: [] }) },
      ),
      fc.oneof(
        { weight: 3, arbitrary: fc.constant({}) },
        {
          weight: 2,
          arbitrary: fc
            .uniqueArray(fc.constantFrom("photo-1.png", "photo-2.png", "thumbnail.jpg"), { minLength: 1, maxLength: 3 })
            .map((files) => ({ media: files.map(sample) as unknown })),
        },
        { weight: 1, arbitrary: fc.constantFrom("deck.pdf", "video.mp4").map((file) => ({ media: [sample(file)] as unknown })) },
        {
          weight: 1,
          arbitrary: fc
            .record({ url: fc.constant("https://example.com/a"), title: text, description: text }, { requiredKeys: ["url", "title"] })
            .map((link) => ({ link: link as unknown })),
        },
        { weight: 1, arbitrary: fc.record({ media: oddValue, link: oddValue }, { requiredKeys: [] }) },
        { weight: 1, arbitrary: fc.array(mediaItem, { minLength: 1, maxLength: 3 }).map((media) => ({ media: media as unknown })) },
      ),
      fc.record(
        {
          scheduled_at: sometimesOdd(future),
          draft: sometimesOdd(fc.boolean()),
          time_zone: sometimesOdd(fc.constantFrom("UTC", "Europe/Paris", "Asia/Tokyo")),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([post, where, content, rest]) => ({ ...post, ...where, ...content, ...rest }));
/** A valid-looking body with one field replaced by anything, or an extra unknown field. */
const body = fc.oneof(
  { weight: 4, arbitrary: validish() },
  {
    weight: 1,
    arbitrary: fc.tuple(validish(), fc.string({ minLength: 1, maxLength: 12 }), oddValue).map(([value, field, odd]) => ({
      ...value,
      [field]: odd,
    })),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
const rawBody = fc.oneof(fc.string(), fc.constantFrom("{", '{"post":', "[]", "null", '{"post":{"body":"x"}}garbage'));
const anyId = fc.oneof(
  fc.string({ maxLength: 80 }).map((id) => encodeURIComponent(id)),
  fc.constantFrom("%00", "..", "%2F", "c".repeat(65)),
);
const query = fc
  .dictionary(
    fc.constantFrom("limit", "cursor", "status", "channel_id", "scheduled_after", "scheduled_before", "remote", "x"),
    oddString,
    { maxKeys: 4 },
  )
  .map((params) => new URLSearchParams(params as Record<string, string>).toString());

async function checkUnchangedOnRefusal(request: () => Promise<ApiAnswer>, accept: (answer: ApiAnswer) => Promise<void>) {
  const before = await snapshot();
  const answer = await request();
  expectWellFormed(answer);
  const after = await snapshot();
  if (answer.status >= 400) expect(after).toEqual(before);
  else await accept(answer);
  expect(after.idempotency).toBe(0);
}

describe("every /api/v1 endpoint under malformed input", () => {
  it("POST /posts: never a 5xx, never a partial post", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 5, arbitrary: body.map((value) => ({ json: value as unknown })) },
          { weight: 1, arbitrary: rawBody.map((raw) => ({ raw })) },
        ),
        fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 300 })), { nil: undefined }),
        async (input, idempotencyKey) => {
          await checkUnchangedOnRefusal(
            () =>
              callApi("POST", "/api/v1/posts", {
                key,
                body: "json" in input ? input.json : undefined,
                rawBody: "raw" in input ? input.raw : undefined,
                headers: {
                  "content-type": "application/json",
                  ...(idempotencyKey !== undefined && /^[\x20-\x7e]*$/.test(idempotencyKey)
                    ? { "Idempotency-Key": idempotencyKey }
                    : {}),
                },
              }),
            async (answer) => {
              expect(answer.status).toBe(202);
              accepted++;
              const post = await prisma().post.findUniqueOrThrow({
                where: { id: answer.body.id },
                include: { targets: true },
              });
              expect(post.targets.length).toBeGreaterThan(0);
              expect(answer.body.targets).toHaveLength(post.targets.length);
            },
          );
        },
      ),
      { numRuns: RUNS * 3 },
    );
    expect(accepted).toBeGreaterThan(RUNS / 4);
  });

  it("PATCH /posts/{id}: a refusal leaves the post as it was", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(null), anyId), body, async (id, value) => {
        await checkUnchangedOnRefusal(
          () => callApi("PATCH", `/api/v1/posts/${id ?? draftId}`, { key, body: value }),
          async (answer) => {
            expect(answer.status).toBe(200);
            const post = await prisma().post.findUniqueOrThrow({ where: { id: draftId }, include: { targets: true } });
            expect(post.targets.length).toBeGreaterThan(0);
          },
        );
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("GET, DELETE, publish and stats with odd ids and queries: never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "DELETE", "PUBLISH", "STATS", "LIST", "CHANNELS"),
        anyId,
        query,
        async (kind, id, search) => {
          const path =
            kind === "LIST"
              ? `/api/v1/posts?${search}`
              : kind === "CHANNELS"
                ? `/api/v1/channels?${search}`
                : kind === "PUBLISH"
                  ? `/api/v1/posts/${id}/publish`
                  : kind === "STATS"
                    ? `/api/v1/posts/${id}/stats`
                    : `/api/v1/posts/${id}?${search}`;
          const method = kind === "PUBLISH" ? "POST" : kind === "DELETE" ? "DELETE" : "GET";
          await checkUnchangedOnRefusal(
            () => callApi(method, path, { key }),
            async (answer) => {
              expect(answer.status).toBe(200);
            },
          );
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });
});
