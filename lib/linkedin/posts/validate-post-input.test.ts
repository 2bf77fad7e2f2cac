import { describe, expect, it } from "vitest";
import type { CommentaryDocument } from "../commentary/commentary-schema";
import type { CreatePostInput } from "./post-input";
import { ALT_TEXT_MAX_LENGTH } from "./post-limits";
import { validatePostInput } from "./validate-post-input";

const ORG = "urn:li:organization:5515001" as const;
const PERSON = "urn:li:person:8kQvT3mZpA" as const;
const IMAGE = "urn:li:image:C4E10AQa" as const;
const text = (value: string): CommentaryDocument => [{ type: "text", text: value }];
const images = (n: number) => Array.from({ length: n }, () => ({ image: IMAGE }));

const fields = (input: CreatePostInput) => validatePostInput(input).map((p) => p.field);

describe("validatePostInput", () => {
  it.each<[string, CreatePostInput, string[]]>([
    ["a plain text post", { author: ORG, commentary: text("Hello") }, []],
    ["3,000 characters exactly", { author: ORG, commentary: text("x".repeat(3000)) }, []],
    ["3,001 characters", { author: ORG, commentary: text("x".repeat(3001)) }, ["commentary"]],
    // 1,500 parentheses serialize to 3,000 escaped characters: the limit is on what LinkedIn receives.
    ["escapes count toward the limit", { author: ORG, commentary: text("(".repeat(1501)) }, ["commentary"]],
    ["no text and no content", { author: ORG, commentary: text("   ") }, ["commentary"]],
    ["no text with an image", { author: ORG, commentary: [], content: { kind: "image", image: IMAGE } }, []],
    [
      "a bad mention URN",
      { author: ORG, commentary: [{ type: "mention", urn: "urn:li:share:1", name: "x" }] },
      ["commentary.0.urn"],
    ],
    ["an unknown author", { author: "urn:li:group:1" as typeof ORG, commentary: text("x") }, ["author"]],
    [
      "CONNECTIONS for a Page",
      { author: ORG, commentary: text("x"), visibility: "CONNECTIONS" },
      ["visibility"],
    ],
    ["CONNECTIONS for a member", { author: PERSON, commentary: text("x"), visibility: "CONNECTIONS" }, []],
    ["2 images", { author: ORG, commentary: [], content: { kind: "multiImage", images: images(2) } }, []],
    ["20 images", { author: ORG, commentary: [], content: { kind: "multiImage", images: images(20) } }, []],
    [
      "1 image",
      { author: ORG, commentary: [], content: { kind: "multiImage", images: images(1) } },
      ["content.images"],
    ],
    [
      "21 images",
      { author: ORG, commentary: [], content: { kind: "multiImage", images: images(21) } },
      ["content.images"],
    ],
    [
      "a video among the images",
      {
        author: ORG,
        commentary: [],
        content: {
          kind: "multiImage",
          images: [{ image: IMAGE }, { image: "urn:li:video:x" as typeof IMAGE }],
        },
      },
      ["content.images[1].image"],
    ],
    [
      "alt text at the limit and over it",
      {
        author: ORG,
        commentary: [],
        content: {
          kind: "multiImage",
          images: [
            { image: IMAGE, altText: "a".repeat(ALT_TEXT_MAX_LENGTH) },
            { image: IMAGE, altText: "a".repeat(ALT_TEXT_MAX_LENGTH + 1) },
          ],
        },
      },
      ["content.images[1].altText"],
    ],
    [
      "single image alt text over the limit",
      { author: ORG, commentary: [], content: { kind: "image", image: IMAGE, altText: "a".repeat(5000) } },
      ["content.altText"],
    ],
    [
      "a document URN in an image post",
      { author: ORG, commentary: [], content: { kind: "image", image: "urn:li:document:x" as typeof IMAGE } },
      ["content.image"],
    ],
    [
      "a document without a title",
      {
        author: ORG,
        commentary: [],
        content: { kind: "document", document: "urn:li:document:D1", title: " " },
      },
      ["content.title"],
    ],
    [
      "an article without title, with a relative URL and a video thumbnail",
      {
        author: ORG,
        commentary: [],
        content: { kind: "article", source: "/blog", title: "", thumbnail: "urn:li:video:v" as typeof IMAGE },
      },
      ["content.source", "content.title", "content.thumbnail"],
    ],
    [
      "an article on ftp",
      { author: ORG, commentary: [], content: { kind: "article", source: "ftp://x.example/a", title: "T" } },
      ["content.source"],
    ],
    [
      "a reshare of something that is not a post",
      {
        author: ORG,
        commentary: [],
        content: { kind: "reshare", parent: "urn:li:image:x" as "urn:li:share:1" },
      },
      ["content.parent"],
    ],
  ])("%s", (_name, input, expected) => {
    expect(fields(input)).toEqual(expected);
  });

  it("says what is wrong in plain words", () => {
    const [problem] = validatePostInput({
      author: ORG,
      commentary: [],
      content: { kind: "multiImage", images: images(21) },
    });
    expect(problem?.message).toBe("A multi-image post has 2 to 20 images; this one has 21.");
  });
});
