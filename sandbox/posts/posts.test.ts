// Contract tests for the Posts API (doc §7, checklist 16–21) with plain fetch.
import { describe, expect, it } from "vitest";
import { makeMp4, makePdf, makePng } from "../fixtures";
import {
  ACME,
  ALEX_URN,
  createPost,
  enc,
  fullToken,
  getJson,
  getPost,
  LUMEN,
  NORTHWIND,
  orgUrn,
  PRIYA_URN,
  restDelete,
  restPost,
  textPost,
  uploadSingle,
  uploadVideo,
  initializeSingle,
  put,
} from "../testing/linkedin-test-helpers";
import {
  advanceClock,
  DAY_MS,
  mintToken,
  postJson,
  restGet,
  setupTestSandbox,
  TEST_NOW,
} from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

const image = (seed = 0) => makePng({ width: 40 + seed, height: 30 });

describe("POST /rest/posts", () => {
  it("creates a text post: 201, empty body, 19-digit urn:li:share: in x-restli-id", async () => {
    const token = await fullToken(t.url);
    const res = await restPost(t.url, "/rest/posts", token, textPost(ALEX_URN, "Hello sandbox"));
    expect(res.status).toBe(201);
    expect(await res.text()).toBe("");
    expect(res.headers.get("x-restli-id")).toMatch(/^urn:li:share:\d{19}$/);
  });

  it("reads a post back with epoch-ms times, lifecycleStateInfo and template hashtags", async () => {
    const token = await fullToken(t.url);
    const urn = await createPost(
      t.url,
      token,
      textPost(ALEX_URN, "Hiring \\(remote\\) #growth {hashtag|#|Jobs} {hashtag|\\#|Tech}"),
    );
    const { status, body } = await getPost(t.url, token, urn);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: urn,
      author: ALEX_URN,
      commentary: "Hiring \\(remote\\) {hashtag|\\#|growth} {hashtag|\\#|Jobs} {hashtag|\\#|Tech}",
      visibility: "PUBLIC",
      distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: "PUBLISHED",
      lifecycleStateInfo: { isEditedByAuthor: false },
      isReshareDisabledByAuthor: false,
      createdAt: TEST_NOW,
      publishedAt: TEST_NOW,
      lastModifiedAt: TEST_NOW,
    });
    // Stored verbatim: the state keeps what was sent.
    const state = (await (await fetch(`${t.url}/_sandbox/state`)).json()) as {
      posts: { commentary: string }[];
    };
    expect(state.posts[0]?.commentary).toBe(
      "Hiring \\(remote\\) #growth {hashtag|#|Jobs} {hashtag|\\#|Tech}",
    );
  });

  it("creates and reads back every content kind, with share vs ugcPost URNs", async () => {
    const token = await fullToken(t.url);
    const img1 = await uploadSingle(t.url, token, "images", NORTHWIND, image(1));
    const img2 = await uploadSingle(t.url, token, "images", NORTHWIND, image(2));
    const doc = await uploadSingle(t.url, token, "documents", NORTHWIND, makePdf({ pages: 2 }));
    const video = await uploadVideo(
      t.url,
      token,
      NORTHWIND,
      makeMp4({ durationSeconds: 4, sizeBytes: 120_000 }),
    );

    const kinds = [
      ["image", { media: { id: img1, altText: "Team photo at the offsite" } }, "share"],
      ["video", { media: { id: video, title: "Roasting day" } }, "ugcPost"],
      ["document", { media: { id: doc, title: "Menu.pdf" } }, "share"],
      [
        "multiImage",
        {
          multiImage: {
            images: [
              { id: img1, altText: "Slide 1" },
              { id: img2, altText: "Slide 2" },
            ],
          },
        },
        "ugcPost",
      ],
      [
        "article",
        {
          article: {
            source: "https://example.com/blog/post",
            title: "Post title",
            description: "One-line summary",
            thumbnail: img2,
          },
        },
        "share",
      ],
    ] as const;
    for (const [kind, content, urnType] of kinds) {
      const urn = await createPost(t.url, token, textPost(NORTHWIND, `A ${kind} post`, { content }));
      expect(urn, kind).toMatch(new RegExp(`^urn:li:${urnType}:\\d{19}$`));
      const { body } = await getPost(t.url, token, urn);
      expect(body.content, kind).toEqual(content);
    }

    const parent = await createPost(t.url, token, textPost(NORTHWIND, "Original"));
    const reshare = await createPost(t.url, token, textPost(NORTHWIND, "", { reshareContext: { parent } }));
    expect(reshare).toMatch(/^urn:li:share:/);
    const { body } = await getPost(t.url, token, reshare);
    expect(body.reshareContext).toEqual({ parent, root: parent });
    expect(body.commentary).toBe("");
  });

  it("urnType config forces one URN type", async () => {
    await postJson(`${t.url}/_sandbox/config`, { posts: { urnType: "ugcPost" } });
    const token = await fullToken(t.url);
    expect(await createPost(t.url, token, textPost(ALEX_URN, "text as ugcPost"))).toMatch(
      /^urn:li:ugcPost:\d{19}$/,
    );
  });

  it.each([
    ["ADMINISTRATOR", 5515001, 201],
    ["CONTENT_ADMINISTRATOR", 5515002, 201],
    ["DIRECT_SPONSORED_CONTENT_POSTER", 5515003, 201],
    ["ANALYST", 5515004, 403],
    ["pending ADMINISTRATOR", 5515005, 403],
    ["revoked ADMINISTRATOR", 5515006, 403],
    ["CURATOR", 5515007, 403],
  ])("posting as an organization where Alex is %s → %i", async (_role, id, status) => {
    const token = await fullToken(t.url);
    const res = await restPost(t.url, "/rest/posts", token, textPost(orgUrn(id), `As ${id}`));
    expect(res.status).toBe(status);
    if (status === 403) {
      expect(await res.json()).toEqual({
        status: 403,
        serviceErrorCode: 100,
        code: "ACCESS_DENIED",
        message: "Not enough permissions to access: posts.CREATE.20261101",
      });
    }
  });

  it("needs w_organization_social for organizations and w_member_social for members, and only as oneself", async () => {
    const memberOnly = (await mintToken(t.url, { scopes: ["w_member_social"] })).access_token;
    expect((await restPost(t.url, "/rest/posts", memberOnly, textPost(NORTHWIND, "x"))).status).toBe(403);
    expect((await restPost(t.url, "/rest/posts", memberOnly, textPost(ALEX_URN, "x"))).status).toBe(201);
    expect((await restPost(t.url, "/rest/posts", memberOnly, textPost(PRIYA_URN, "x"))).status).toBe(403);
    const orgOnly = (await mintToken(t.url, { scopes: ["w_organization_social"] })).access_token;
    expect((await restPost(t.url, "/rest/posts", orgOnly, textPost(ALEX_URN, "y"))).status).toBe(403);
    expect((await restPost(t.url, "/rest/posts", orgOnly, textPost(LUMEN, "y"))).status).toBe(403);
  });

  it("rejects 21 images and a single image in a multiImage post", async () => {
    const token = await fullToken(t.url);
    const images: string[] = [];
    for (let i = 0; i < 21; i++)
      images.push(await uploadSingle(t.url, token, "images", ALEX_URN, image(i), { settle: false }));
    await advanceClock(t.url, { advanceMs: 60_000 });
    const multi = (ids: string[]) =>
      textPost(ALEX_URN, `${ids.length} images`, {
        content: { multiImage: { images: ids.map((id) => ({ id, altText: id })) } },
      });

    const tooMany = await restPost(t.url, "/rest/posts", token, multi(images));
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toEqual({
      status: 400,
      code: "ILLEGAL_ARGUMENT",
      message:
        'Invalid value for field "content.multiImage.images": a multiImage post needs between 2 and 20 images, got 21',
    });
    const one = await restPost(t.url, "/rest/posts", token, multi(images.slice(0, 1)));
    expect(one.status).toBe(400);
    expect(((await one.json()) as { message: string }).message).toContain("between 2 and 20 images, got 1");
    expect((await restPost(t.url, "/rest/posts", token, multi(images.slice(0, 20)))).status).toBe(201);
  });

  it("refuses media that is not AVAILABLE, unknown, or owned by someone else", async () => {
    const token = await fullToken(t.url);
    const waiting = await initializeSingle(t.url, token, "images", ALEX_URN);
    const post = (id: string) =>
      restPost(t.url, "/rest/posts", token, textPost(ALEX_URN, "pic", { content: { media: { id } } }));

    let res = await post(waiting.urn);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, code: "MEDIA_ASSET_WAITING_UPLOAD" });

    expect((await put(waiting.uploadUrl, image())).status).toBe(201);
    res = await post(waiting.urn);
    expect(await res.json()).toMatchObject({ status: 400, code: "MEDIA_ASSET_PROCESSING" });

    const broken = await uploadSingle(t.url, token, "images", ALEX_URN, Buffer.from("not an image"));
    res = await post(broken);
    expect(await res.json()).toMatchObject({ status: 400, code: "MEDIA_ASSET_PROCESSING_FAILED" });

    res = await post("urn:li:image:C4E10AQNoSuchImage1");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain("does not exist");

    const orgImage = await uploadSingle(t.url, token, "images", NORTHWIND, image());
    res = await post(orgImage);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain(`is owned by ${NORTHWIND}`);
    expect((await post(waiting.urn)).status).toBe(201);
  });

  it.each([
    ["bad author URN", { author: "urn:li:company:1" }, "INVALID_URN_ID"],
    ["bad visibility", { visibility: "EVERYONE" }, "visibility"],
    ["CONNECTIONS for an organization", { author: NORTHWIND, visibility: "CONNECTIONS" }, "CONNECTIONS"],
    ["bad feedDistribution", { distribution: { feedDistribution: "SOMEWHERE" } }, "feedDistribution"],
    ["missing distribution", { distribution: undefined }, "distribution"],
    ["bad lifecycleState", { lifecycleState: "PUBLISH_REQUESTED" }, "lifecycleState"],
    [
      "two content kinds",
      { content: { media: { id: "urn:li:image:X" }, article: { source: "https://a.b", title: "t" } } },
      "exactly one",
    ],
    ["poll", { content: { poll: { question: "?" } } }, "not supported"],
    [
      "article without title",
      { content: { article: { source: "https://example.com" } } },
      "content.article.title",
    ],
    [
      "article with a relative URL",
      { content: { article: { source: "/blog", title: "t" } } },
      "absolute URL",
    ],
    ["empty text post", { commentary: "  " }, "commentary, content or reshareContext"],
    ["commentary of 3,001 characters", { commentary: "a".repeat(3001) }, "at most 3000 characters, got 3001"],
    ["reshare of an unknown post", { reshareContext: { parent: "urn:li:share:1" } }, "does not exist"],
  ])("400 for %s", async (_name, override, expected) => {
    const token = await fullToken(t.url);
    const res = await restPost(t.url, "/rest/posts", token, {
      ...textPost(ALEX_URN, "valid text"),
      ...override,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { status: number; code: string; message: string };
    expect(body.status).toBe(400);
    expect(`${body.code} ${body.message}`).toContain(expected);
  });

  it("accepts exactly 3,000 characters (emoji count once)", async () => {
    const token = await fullToken(t.url);
    expect((await restPost(t.url, "/rest/posts", token, textPost(ALEX_URN, "😀".repeat(3000)))).status).toBe(
      201,
    );
  });

  it("duplicate content within 24 h → 422 naming the first URN; later or different content is fine", async () => {
    const token = await fullToken(t.url);
    const body = textPost(ALEX_URN, "Same words");
    const first = await createPost(t.url, token, body);
    await advanceClock(t.url, { advanceMs: 3_600_000 });
    const again = await restPost(t.url, "/rest/posts", token, body);
    expect(again.status).toBe(422);
    expect(await again.json()).toEqual({
      status: 422,
      code: "DUPLICATE_POST",
      message: `Content is a duplicate of ${first}`,
    });
    expect((await restPost(t.url, "/rest/posts", token, textPost(ALEX_URN, "Other words"))).status).toBe(201);
    expect((await restPost(t.url, "/rest/posts", token, textPost(NORTHWIND, "Same words"))).status).toBe(201);
    await advanceClock(t.url, { advanceMs: DAY_MS });
    expect((await restPost(t.url, "/rest/posts", token, body)).status).toBe(201);
  });

  it("truncate mode cuts commentary at the first unescaped reserved character, silently", async () => {
    const token = await fullToken(t.url);
    const verbatim = await createPost(t.url, token, textPost(ALEX_URN, "Q3 results (draft): done"));
    expect((await getPost(t.url, token, verbatim)).body.commentary).toBe("Q3 results (draft): done");
    await postJson(`${t.url}/_sandbox/config`, { posts: { commentary: "truncate" } });
    const cut = await createPost(t.url, token, textPost(ALEX_URN, "Q4 results (draft): done"));
    expect((await getPost(t.url, token, cut)).body.commentary).toBe("Q4 results ");
    const escaped = await createPost(t.url, token, textPost(ALEX_URN, "Q1 results \\(draft\\): #done"));
    expect((await getPost(t.url, token, escaped)).body.commentary).toBe(
      "Q1 results \\(draft\\): {hashtag|\\#|done}",
    );
  });

  it("PUBLISH_FAILED faults and the PUBLISH_REQUESTED delay show in lifecycleState", async () => {
    const token = await fullToken(t.url);
    await postJson(`${t.url}/_sandbox/faults`, {
      kind: "PUBLISH_FAILED",
      match: "^urn:li:share:",
      times: 1,
      reason: "Gateway hiccup",
    });
    const failed = await createPost(t.url, token, textPost(ALEX_URN, "Will fail"));
    const { body } = await getPost(t.url, token, failed);
    expect(body.lifecycleState).toBe("PUBLISH_FAILED");
    expect(body.publishedAt).toBeUndefined();

    await postJson(`${t.url}/_sandbox/config`, { posts: { publishDelayMs: 5000 } });
    const slow = await createPost(t.url, token, textPost(ALEX_URN, "Will publish"));
    expect((await getPost(t.url, token, slow)).body.lifecycleState).toBe("PUBLISH_REQUESTED");
    await advanceClock(t.url, { advanceMs: 5000 });
    expect((await getPost(t.url, token, slow)).body).toMatchObject({
      lifecycleState: "PUBLISHED",
      publishedAt: TEST_NOW + 5000,
    });

    const draft = await createPost(t.url, token, textPost(ALEX_URN, "Draft", { lifecycleState: "DRAFT" }));
    expect((await getPost(t.url, token, draft)).body.lifecycleState).toBe("DRAFT");
  });
});

describe("GET /rest/posts", () => {
  it("404 for unknown posts, 400 for non-post URNs, 403 without a read scope", async () => {
    const token = await fullToken(t.url);
    const unknown = await getPost(t.url, token, "urn:li:share:7045020441609936898");
    expect(unknown).toEqual({
      status: 404,
      body: {
        status: 404,
        code: "NOT_FOUND",
        message: "Post urn:li:share:7045020441609936898 does not exist",
      },
    });
    expect((await getPost(t.url, token, "urn:li:image:C4E10AQ")).status).toBe(400);
    const urn = await createPost(t.url, token, textPost(ALEX_URN, "mine"));
    const writeOnly = (await mintToken(t.url, { scopes: ["w_member_social"] })).access_token;
    expect((await getPost(t.url, writeOnly, urn)).status).toBe(403);
  });

  it("batch get: results, statuses and per-id errors", async () => {
    const token = await fullToken(t.url);
    const a = await createPost(t.url, token, textPost(ALEX_URN, "first"));
    const b = await createPost(t.url, token, textPost(NORTHWIND, "second"));
    const missing = "urn:li:ugcPost:1234567890123456789";
    const { status, body } = await getJson<{
      results: Record<string, { commentary: string }>;
      statuses: Record<string, number>;
      errors: Record<string, { status: number }>;
    }>(t.url, `/rest/posts?ids=List(${[a, b, missing].map(enc).join(",")})`, token);
    expect(status).toBe(200);
    expect(body.results[a]?.commentary).toBe("first");
    expect(body.results[b]?.commentary).toBe("second");
    expect(body.statuses).toEqual({ [a]: 200, [b]: 200, [missing]: 404 });
    expect(body.errors[missing]?.status).toBe(404);
  });

  it("author finder: newest first, paging with total and next link, drafts only for viewContext=AUTHOR", async () => {
    const token = await fullToken(t.url);
    const urns: string[] = [];
    for (let i = 0; i < 5; i++) {
      urns.push(await createPost(t.url, token, textPost(NORTHWIND, `Post ${i}`)));
      await advanceClock(t.url, { advanceMs: 60_000 });
    }
    await createPost(t.url, token, textPost(NORTHWIND, "A draft", { lifecycleState: "DRAFT" }));
    await createPost(t.url, token, textPost(ACME, "Other author"));

    type Page = {
      elements: { id: string }[];
      paging: { start: number; count: number; total: number; links: { rel: string; href: string }[] };
    };
    const first = await getJson<Page>(t.url, `/rest/posts?q=author&author=${enc(NORTHWIND)}&count=2`, token);
    expect(first.status).toBe(200);
    expect(first.body.elements.map((e) => e.id)).toEqual([urns[4], urns[3]]);
    expect(first.body.paging).toMatchObject({ start: 0, count: 2, total: 5 });
    const next = first.body.paging.links.find((l) => l.rel === "next");
    expect(next?.href).toBe(`/rest/posts?q=author&author=${enc(NORTHWIND)}&count=2&start=2`);
    const last = await getJson<Page>(
      t.url,
      `/rest/posts?q=author&author=${enc(NORTHWIND)}&count=2&start=4`,
      token,
    );
    expect(last.body.elements.map((e) => e.id)).toEqual([urns[0]]);
    expect(last.body.paging.links.map((l) => l.rel)).toEqual(["prev"]);

    // Editing the oldest moves it to the top of LAST_MODIFIED, not of CREATED.
    await restPost(
      t.url,
      `/rest/posts/${enc(urns[0] as string)}`,
      token,
      { patch: { $set: { commentary: "edited" } } },
      { "X-RestLi-Method": "PARTIAL_UPDATE" },
    );
    const byModified = await getJson<Page>(
      t.url,
      `/rest/posts?q=author&author=${enc(NORTHWIND)}&sortBy=LAST_MODIFIED`,
      token,
    );
    expect(byModified.body.elements[0]?.id).toBe(urns[0]);
    const byCreated = await getJson<Page>(
      t.url,
      `/rest/posts?q=author&author=${enc(NORTHWIND)}&sortBy=CREATED`,
      token,
    );
    expect(byCreated.body.elements[0]?.id).toBe(urns[4]);
    const withDrafts = await getJson<Page>(
      t.url,
      `/rest/posts?q=author&author=${enc(NORTHWIND)}&viewContext=AUTHOR`,
      token,
    );
    expect(withDrafts.body.paging.total).toBe(6);

    expect(
      (await getJson(t.url, `/rest/posts?q=author&author=${enc(NORTHWIND)}&sortBy=RANDOM`, token)).status,
    ).toBe(400);
    expect(
      (await getJson(t.url, `/rest/posts?q=author&author=${enc(NORTHWIND)}&count=101`, token)).status,
    ).toBe(400);
    expect((await getJson(t.url, `/rest/posts?q=author&author=${enc(PRIYA_URN)}`, token)).status).toBe(403);
    expect((await getJson(t.url, `/rest/posts`, token)).status).toBe(400);
  });
});

describe("partial update and delete", () => {
  it("PARTIAL_UPDATE → 204, edits commentary, marks isEditedByAuthor; DELETE → 204 then 404", async () => {
    const token = await fullToken(t.url);
    const urn = await createPost(t.url, token, textPost(NORTHWIND, "Before"));
    const path = `/rest/posts/${enc(urn)}`;
    const patch = {
      patch: { $set: { commentary: "Update to the post", contentCallToActionLabel: "LEARN_MORE" } },
    };

    const noHeader = await restPost(t.url, path, token, patch);
    expect(noHeader.status).toBe(400);
    expect(((await noHeader.json()) as { message: string }).message).toContain("PARTIAL_UPDATE");

    await advanceClock(t.url, { advanceMs: 1000 });
    const updated = await restPost(t.url, path, token, patch, { "X-RestLi-Method": "partial_update" });
    expect(updated.status).toBe(204);
    const { body } = await getPost(t.url, token, urn);
    expect(body).toMatchObject({
      commentary: "Update to the post",
      contentCallToActionLabel: "LEARN_MORE",
      lifecycleStateInfo: { isEditedByAuthor: true },
      createdAt: TEST_NOW,
      lastModifiedAt: TEST_NOW + 1000,
    });

    const bad = await restPost(
      t.url,
      path,
      token,
      { patch: { $set: { author: ALEX_URN } } },
      { "X-RestLi-Method": "PARTIAL_UPDATE" },
    );
    expect(bad.status).toBe(400);
    const priya = await fullToken(t.url, "R2dNw7LxYc");
    expect((await restPost(t.url, path, priya, patch, { "X-RestLi-Method": "PARTIAL_UPDATE" })).status).toBe(
      403,
    );
    expect((await restDelete(t.url, path, priya)).status).toBe(403);

    const deleted = await restDelete(t.url, path, token);
    expect(deleted.status).toBe(204);
    expect((await getPost(t.url, token, urn)).status).toBe(404);
    expect((await restDelete(t.url, path, token)).status).toBe(404);
    expect((await restPost(t.url, path, token, patch, { "X-RestLi-Method": "PARTIAL_UPDATE" })).status).toBe(
      404,
    );
  });

  it("deletedStatus 410 switches deleted posts to 410", async () => {
    await postJson(`${t.url}/_sandbox/config`, { posts: { deletedStatus: 410 } });
    const token = await fullToken(t.url);
    const urn = await createPost(t.url, token, textPost(ALEX_URN, "gone soon"));
    await restDelete(t.url, `/rest/posts/${enc(urn)}`, token);
    expect((await restGet(t.url, `/rest/posts/${enc(urn)}`, token)).status).toBe(410);
  });
});
