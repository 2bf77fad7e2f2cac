import { describe, expect, it } from "vitest";
import { commentaryToText, textToCommentary } from "@/lib/composer/text-to-commentary";
import { parseCommentary, serializeCommentary } from "@/lib/linkedin/commentary";

describe("textToCommentary", () => {
  it.each([
    [
      "Hello #world",
      [
        { type: "text", text: "Hello " },
        { type: "hashtag", tag: "world" },
      ],
    ],
    [
      "#launch day",
      [
        { type: "hashtag", tag: "launch" },
        { type: "text", text: " day" },
      ],
    ],
    ["C# and F# are languages", [{ type: "text", text: "C# and F# are languages" }]],
    ["We're #1 (really)", [{ type: "text", text: "We're #1 (really)" }]],
    [
      "(#sale)",
      [
        { type: "text", text: "(" },
        { type: "hashtag", tag: "sale" },
        { type: "text", text: ")" },
      ],
    ],
    ["a#b", [{ type: "text", text: "a#b" }]],
    ["", []],
  ])("%j", (text, expected) => {
    expect(textToCommentary(text)).toEqual(expected);
  });

  it("round-trips text full of LinkedIn's reserved characters through little text", () => {
    const text = "Price (USD) [50% off] {today} <now> @team #sale * _ ~ | \\ done";
    const doc = textToCommentary(text);
    expect(commentaryToText(doc)).toBe(text);
    expect(commentaryToText(parseCommentary(serializeCommentary(doc)))).toBe(text);
  });
});
