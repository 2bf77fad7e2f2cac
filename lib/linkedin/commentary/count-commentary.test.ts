import { describe, expect, it } from "vitest";
import { boundedCommentaryDocumentSchema, commentaryToPlainText, countCommentary } from "./count-commentary";

describe("countCommentary", () => {
  it.each([
    ["plain text", [{ type: "text" as const, text: "hello" }], 5, 5],
    ["escapes count toward the limit", [{ type: "text" as const, text: "(a)" }], 5, 3],
    ["an emoji is two UTF-16 units", [{ type: "text" as const, text: "😀" }], 2, 2],
    ["a hashtag", [{ type: "hashtag" as const, tag: "growth" }], 7, 7],
    [
      "a mention counts its syntax",
      [{ type: "mention" as const, urn: "urn:li:organization:1", name: "Acme" }],
      "@[Acme](urn:li:organization:1)".length,
      4,
    ],
  ])("%s", (_name, doc, length, visibleLength) => {
    const counted = countCommentary(doc);
    expect(counted.length).toBe(length);
    expect(counted.visibleLength).toBe(visibleLength);
    expect(counted.remaining).toBe(3000 - length);
  });

  it("draws the line at 3,000 serialized characters", () => {
    const fits = [{ type: "text" as const, text: "a".repeat(2998) + "()" }];
    expect(countCommentary(fits)).toMatchObject({ length: 3002, isWithinLimit: false });
    expect(boundedCommentaryDocumentSchema.safeParse(fits).success).toBe(false);
    const exact = [{ type: "text" as const, text: "a".repeat(3000) }];
    expect(boundedCommentaryDocumentSchema.safeParse(exact).success).toBe(true);
  });

  it("renders what readers see", () => {
    expect(
      commentaryToPlainText([
        { type: "text", text: "Hi (all) " },
        { type: "mention", urn: "urn:li:person:x", name: "Alex" },
        { type: "text", text: " " },
        { type: "hashtag", tag: "news" },
      ]),
    ).toBe("Hi (all) Alex #news");
  });
});
