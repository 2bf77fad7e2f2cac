import { describe, expect, it } from "vitest";
import { buildPostBody } from "./build-post-body";
import type { CreatePostInput, PostContentInput } from "./post-input";

const ORG = "urn:li:organization:5515001" as const;
const IMAGE = "urn:li:image:C4E10AQa" as const;
const IMAGE2 = "urn:li:image:C4E10AQb" as const;
const base = (content?: PostContentInput): CreatePostInput => ({
  author: ORG,
  commentary: [{ type: "text", text: "Hi" }],
  content,
});

describe("buildPostBody", () => {
  it("fills LinkedIn's required fields with Cadence's defaults", () => {
    expect(buildPostBody(base())).toEqual({
      author: ORG,
      commentary: "Hi",
      visibility: "PUBLIC",
      distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: "PUBLISHED",
      isReshareDisabledByAuthor: false,
    });
  });

  it("escapes the commentary exactly once, elements untouched", () => {
    const body = buildPostBody({
      author: ORG,
      commentary: [
        { type: "text", text: "Q3 (draft): 1_000 <3 " },
        { type: "hashtag", tag: "growth" },
        { type: "text", text: " " },
        { type: "mention", urn: "urn:li:organization:2414183", name: "Acme Corp" },
      ],
    });
    expect(body.commentary).toBe(
      "Q3 \\(draft\\): 1\\_000 \\<3 #growth @[Acme Corp](urn:li:organization:2414183)",
    );
  });

  it.each<[string, PostContentInput, Record<string, unknown>]>([
    [
      "image with alt text and title",
      { kind: "image", image: IMAGE, altText: "Team photo", title: "Offsite" },
      { content: { media: { id: IMAGE, altText: "Team photo", title: "Offsite" } } },
    ],
    [
      "video with title",
      { kind: "video", video: "urn:li:video:C5F10AQv", title: "Clip" },
      { content: { media: { id: "urn:li:video:C5F10AQv", title: "Clip" } } },
    ],
    [
      "document with title",
      { kind: "document", document: "urn:li:document:D4D10AQd", title: "Deck.pdf" },
      { content: { media: { id: "urn:li:document:D4D10AQd", title: "Deck.pdf" } } },
    ],
    [
      "multiImage with alt text per image",
      { kind: "multiImage", images: [{ image: IMAGE, altText: "One" }, { image: IMAGE2 }] },
      { content: { multiImage: { images: [{ id: IMAGE, altText: "One" }, { id: IMAGE2 }] } } },
    ],
    [
      "article with every field",
      {
        kind: "article",
        source: "https://example.com/a",
        title: "T",
        description: "D",
        thumbnail: IMAGE,
        thumbnailAltText: "Alt",
      },
      {
        content: {
          article: {
            source: "https://example.com/a",
            title: "T",
            description: "D",
            thumbnail: IMAGE,
            thumbnailAltText: "Alt",
          },
        },
      },
    ],
    [
      "reshare",
      { kind: "reshare", parent: "urn:li:share:7045020441609936898" },
      { reshareContext: { parent: "urn:li:share:7045020441609936898" } },
    ],
  ])("%s", (_name, content, expected) => {
    // Through JSON, as it is sent: optional fields left undefined disappear.
    const wire = JSON.parse(JSON.stringify(buildPostBody(base(content)))) as Record<string, unknown>;
    expect(wire).toMatchObject(expected);
    expect("content" in wire && "reshareContext" in wire).toBe(false);
  });

  it("passes visibility, distribution, draft state and the reshare switch", () => {
    expect(
      buildPostBody({
        ...base(),
        author: "urn:li:person:abc",
        visibility: "CONNECTIONS",
        feedDistribution: "NONE",
        lifecycleState: "DRAFT",
        isReshareDisabled: true,
      }),
    ).toMatchObject({
      visibility: "CONNECTIONS",
      distribution: { feedDistribution: "NONE" },
      lifecycleState: "DRAFT",
      isReshareDisabledByAuthor: true,
    });
  });
});
