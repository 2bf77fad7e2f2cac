// Contract: createPost for every content kind against the sandbox in-process (doc §7.1–§7.2),
// read back with getPost and seen on /feed/update: alt text carried through (pitfall §15.11),
// article cards exactly as supplied (§15.12), and a commentary full of reserved characters shown
// verbatim even with the sandbox cutting at the first unescaped one (§15.1).
import { describe, expect, it } from "vitest";
import { makeMp4, makePdf } from "@/sandbox/fixtures";
import type { CommentaryDocument } from "../commentary/commentary-schema";
import { LITTLE_TEXT_RESERVED } from "../commentary/little-text";
import { uploadDocument } from "../media/upload-single-media";
import { uploadVideo } from "../media/upload-video";
import { waitForMediaAvailable } from "../media/wait-for-media-available";
import {
  ACME,
  ALEX,
  clockedClient,
  feedPage,
  NORTHWIND,
  shownAltTexts,
  shownCommentary,
  uploadTestImage,
} from "../testing/contract-helpers";
import { setupLinkedInSandbox, TEST_NOW } from "../testing/linkedin-sandbox";
import { createPost } from "./create-post";
import { getPost } from "./get-post";

const sandbox = setupLinkedInSandbox();
const text = (value: string): CommentaryDocument => [{ type: "text", text: value }];

describe("createPost: every content kind, read back", () => {
  it("text", async () => {
    const { client } = await clockedClient(sandbox);
    const { urn } = await createPost(client, { author: NORTHWIND, commentary: text("Hello from Cadence") });
    expect(urn).toMatch(/^urn:li:share:\d{19}$/);
    const post = await getPost(client, urn);
    expect(post).toMatchObject({
      urn,
      author: NORTHWIND,
      commentary: text("Hello from Cadence"),
      visibility: "PUBLIC",
      feedDistribution: "MAIN_FEED",
      lifecycleState: "PUBLISHED",
      content: null,
      isEdited: false,
      isReshareDisabled: false,
      createdAt: new Date(TEST_NOW),
    });
  });

  it("single image with alt text and title: on the post and in the feed HTML", async () => {
    const { client } = await clockedClient(sandbox);
    const image = await uploadTestImage(client, NORTHWIND);
    const altText = 'Baristas at the "Roastery" <open day> & more';
    const { urn } = await createPost(client, {
      author: NORTHWIND,
      commentary: text("Open day"),
      content: { kind: "image", image, altText, title: "Open day" },
    });
    expect((await getPost(client, urn)).content).toEqual({
      kind: "image",
      image,
      altText,
      title: "Open day",
    });
    const { html } = await feedPage(sandbox, urn);
    expect(shownAltTexts(html)).toEqual([altText]);
  });

  it("video with title (a ugcPost)", async () => {
    const { client } = await clockedClient(sandbox);
    const { urn: video } = await uploadVideo(client, {
      owner: ALEX,
      source: { data: makeMp4({ durationSeconds: 5, sizeBytes: 200 * 1024 }) },
    });
    await waitForMediaAvailable(client, { urn: video, owner: ALEX });
    const { urn } = await createPost(client, {
      author: ALEX,
      commentary: text("A short clip"),
      content: { kind: "video", video, title: "Behind the counter" },
    });
    expect(urn).toMatch(/^urn:li:ugcPost:/);
    expect((await getPost(client, urn)).content).toEqual({
      kind: "video",
      video,
      title: "Behind the counter",
    });
    expect((await feedPage(sandbox, urn)).html).toContain("Behind the counter");
  });

  it("document with title", async () => {
    const { client } = await clockedClient(sandbox);
    const { urn: document } = await uploadDocument(client, {
      owner: NORTHWIND,
      source: { data: makePdf({ pages: 3 }) },
    });
    await waitForMediaAvailable(client, { urn: document, owner: NORTHWIND });
    const { urn } = await createPost(client, {
      author: NORTHWIND,
      commentary: text("Our menu"),
      content: { kind: "document", document, title: "Menu.pdf" },
    });
    expect((await getPost(client, urn)).content).toEqual({ kind: "document", document, title: "Menu.pdf" });
    expect((await feedPage(sandbox, urn)).html).toContain("Menu.pdf");
  });

  it("multiImage with alt text on each image, in order", async () => {
    const { client } = await clockedClient(sandbox);
    const images = [
      await uploadTestImage(client, NORTHWIND, { width: 30 }),
      await uploadTestImage(client, NORTHWIND, { width: 31 }),
      await uploadTestImage(client, NORTHWIND, { width: 32 }),
    ];
    const items = images.map((image, i) => ({ image, altText: `Slide ${i + 1} (of 3)` }));
    const { urn } = await createPost(client, {
      author: NORTHWIND,
      commentary: text("Three slides"),
      content: { kind: "multiImage", images: items },
    });
    expect(urn).toMatch(/^urn:li:ugcPost:/);
    expect((await getPost(client, urn)).content).toEqual({ kind: "multiImage", images: items });
    expect(shownAltTexts((await feedPage(sandbox, urn)).html)).toEqual([
      "Slide 1 (of 3)",
      "Slide 2 (of 3)",
      "Slide 3 (of 3)",
    ]);
  });

  it("article with source, title, description and thumbnail: the card shows exactly those", async () => {
    const { client } = await clockedClient(sandbox);
    const thumbnail = await uploadTestImage(client, NORTHWIND);
    const content = {
      kind: "article",
      source: "https://northwind.example.com/blog/new-roast?utm=li",
      title: "Our new roast",
      description: "Notes of cherry & cocoa",
      thumbnail,
      thumbnailAltText: "A bag of coffee",
    } as const;
    const { urn } = await createPost(client, { author: NORTHWIND, commentary: text("Read this"), content });
    expect((await getPost(client, urn)).content).toEqual(content);
    const { html } = await feedPage(sandbox, urn);
    expect(html).toContain("Our new roast");
    expect(html).toContain("Notes of cherry &amp; cocoa");
    expect(html).toContain('alt="A bag of coffee"');
  });

  it("reshare with an empty commentary", async () => {
    const { client } = await clockedClient(sandbox);
    const { urn: parent } = await createPost(client, { author: NORTHWIND, commentary: text("Original") });
    const { urn } = await createPost(client, {
      author: ALEX,
      commentary: [],
      content: { kind: "reshare", parent },
    });
    const post = await getPost(client, urn);
    expect(post.content).toEqual({ kind: "reshare", parent });
    expect(post.commentary).toEqual([]);
  });

  it("a member post with CONNECTIONS visibility, as a draft", async () => {
    const { client } = await clockedClient(sandbox);
    const { urn } = await createPost(client, {
      author: ALEX,
      commentary: text("For my network"),
      visibility: "CONNECTIONS",
      lifecycleState: "DRAFT",
      isReshareDisabled: true,
    });
    expect(await getPost(client, urn)).toMatchObject({
      visibility: "CONNECTIONS",
      lifecycleState: "DRAFT",
      isReshareDisabled: true,
      publishedAt: null,
    });
  });
});

describe("commentary full of reserved characters", () => {
  const reserved = LITTLE_TEXT_RESERVED.join("");
  const doc: CommentaryDocument = [
    { type: "text", text: `${reserved} Q3 (draft): 1_000 new followers <3 ` },
    { type: "hashtag", tag: "growth" },
    { type: "text", text: " thanks " },
    { type: "mention", urn: ACME, name: "Acme [Robotics] (UK)" },
    { type: "text", text: ` ~*_ end ${[...reserved].reverse().join("")}` },
  ];
  const visible =
    `${reserved} Q3 (draft): 1_000 new followers <3 #growth thanks Acme [Robotics] (UK) ~*_ end ` +
    [...reserved].reverse().join("");

  it("is shown verbatim on /feed/update and reads back as the same document", async () => {
    const { client } = await clockedClient(sandbox);
    // Truncating mode: an unescaped reserved character would cut the post here, as LinkedIn does.
    await sandbox.control("/_sandbox/config", { posts: { commentary: "truncate" } });
    const { urn } = await createPost(client, { author: NORTHWIND, commentary: doc });
    const { status, html } = await feedPage(sandbox, urn);
    expect(status).toBe(200);
    expect(shownCommentary(html)).toBe(visible);
    expect(html).not.toContain('data-testid="truncation-note"');
    expect((await getPost(client, urn)).commentary).toEqual(doc);
  });
});
