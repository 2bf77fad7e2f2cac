import { describe, expect, it } from "vitest";
import { sameCommentary, sameContent } from "./find-recent-post-by-commentary";
import { mapPost, postWebUrl } from "./map-post";
import { postWireSchema } from "./post-schemas";

describe("mapPost", () => {
  it("maps LinkedIn's observed response (doc §7.2)", () => {
    const wire = postWireSchema.parse({
      isReshareDisabledByAuthor: false,
      createdAt: 1679663763610,
      lifecycleState: "PUBLISHED",
      lastModifiedAt: 1679663764133,
      visibility: "PUBLIC",
      publishedAt: 1679663764088,
      author: "urn:li:organization:2414183",
      id: "urn:li:share:7045020441609936898",
      distribution: { feedDistribution: "MAIN_FEED", thirdPartyDistributionChannels: [] },
      content: { media: { altText: "Image", id: "urn:li:image:D4E10AQE71V5w_-aalA" } },
      commentary: "Don't forget the image. {hashtag|\\#|WeAreHiring}",
      lifecycleStateInfo: { isEditedByAuthor: false },
    });
    expect(mapPost(wire)).toEqual({
      urn: "urn:li:share:7045020441609936898",
      author: "urn:li:organization:2414183",
      commentary: [
        { type: "text", text: "Don't forget the image. " },
        { type: "hashtag", tag: "WeAreHiring" },
      ],
      commentaryLittleText: "Don't forget the image. {hashtag|\\#|WeAreHiring}",
      visibility: "PUBLIC",
      feedDistribution: "MAIN_FEED",
      lifecycleState: "PUBLISHED",
      content: {
        kind: "image",
        image: "urn:li:image:D4E10AQE71V5w_-aalA",
        altText: "Image",
        title: undefined,
      },
      isEdited: false,
      isReshareDisabled: false,
      createdAt: new Date(1679663763610),
      publishedAt: new Date(1679663764088),
      lastModifiedAt: new Date(1679663764133),
    });
  });

  it.each([
    [
      { media: { id: "urn:li:video:v1", title: "T" } },
      { kind: "video", video: "urn:li:video:v1", title: "T" },
    ],
    [
      { media: { id: "urn:li:document:d1" } },
      { kind: "document", document: "urn:li:document:d1", title: "" },
    ],
    [{ poll: { question: "?" } }, { kind: "other", type: "poll" }],
    [{ media: { id: "urn:li:digitalmediaAsset:x" } }, { kind: "other", type: "media" }],
  ])("content %j", (content, expected) => {
    const wire = postWireSchema.parse({
      id: "urn:li:ugcPost:1",
      author: "urn:li:person:x",
      visibility: "PUBLIC",
      lifecycleState: "DRAFT",
      createdAt: 1,
      content,
    });
    expect(mapPost(wire).content).toMatchObject(expected);
    expect(mapPost(wire)).toMatchObject({ publishedAt: null, commentary: [], isEdited: false });
  });

  it("builds the post's web address for LinkedIn and the sandbox", () => {
    const urn = "urn:li:share:1" as const;
    expect(postWebUrl({ target: "linkedin", apiBaseUrl: "https://api.linkedin.com" }, urn)).toBe(
      "https://www.linkedin.com/feed/update/urn:li:share:1",
    );
    expect(postWebUrl({ target: "sandbox", apiBaseUrl: "http://127.0.0.1:4010" }, urn)).toBe(
      "http://127.0.0.1:4010/feed/update/urn:li:share:1",
    );
  });
});

describe("reconciliation matching", () => {
  it("treats a plain hashtag and its template form as the same commentary", () => {
    expect(
      sameCommentary(
        [
          { type: "text", text: "Hi " },
          { type: "hashtag", tag: "x" },
        ],
        [
          { type: "text", text: "Hi" },
          { type: "text", text: " " },
          { type: "hashtag", tag: "x" },
        ],
      ),
    ).toBe(true);
    expect(sameCommentary([{ type: "text", text: "Hi" }], [{ type: "text", text: "Hi!" }])).toBe(false);
  });

  it("compares content by kind and entities, not by alt text", () => {
    const image = "urn:li:image:a" as const;
    expect(sameContent({ kind: "image", image, altText: "new" }, { kind: "image", image })).toBe(true);
    expect(sameContent({ kind: "image", image }, null)).toBe(false);
    expect(sameContent(null, null)).toBe(true);
    expect(
      sameContent(
        { kind: "multiImage", images: [{ image }, { image: "urn:li:image:b" }] },
        { kind: "multiImage", images: [{ image: "urn:li:image:b" }, { image }] },
      ),
    ).toBe(false);
  });
});
