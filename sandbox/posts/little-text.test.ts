import { describe, expect, it } from "vitest";
import {
  displayText,
  escapeLittle,
  mentionedUrns,
  parseLittleText,
  toWireCommentary,
  truncateLittleText,
} from "./little-text";

describe("little text (doc §7.7)", () => {
  it("escapes every reserved character and round-trips through display", () => {
    const plain = "Price (USD) _ 50% off #sale \\ | {x} @ [y] <3 *bold* ~strike~";
    const escaped = escapeLittle(plain);
    expect(parseLittleText(escaped).problems).toEqual([]);
    expect(displayText(escaped)).toBe(plain);
  });

  it("parses the doc's worked example", () => {
    const source =
      "Q3 results \\(draft\\): 1\\_000 new followers \\<3 #growth Thanks @[Acme Corp](urn:li:organization:2414183)!";
    const { nodes, problems } = parseLittleText(source);
    expect(problems).toEqual([]);
    expect(nodes.map((n) => n.kind)).toEqual(["text", "hashtag", "text", "mention", "text"]);
    expect(displayText(source)).toBe("Q3 results (draft): 1_000 new followers <3 #growth Thanks Acme Corp!");
    expect(mentionedUrns(source)).toEqual(["urn:li:organization:2414183"]);
  });

  it("finds the first unescaped reserved character, where LinkedIn truncates", () => {
    expect(truncateLittleText("Q3 results (draft): 1_000")).toBe("Q3 results ");
    expect(truncateLittleText("Price (USD) \\_ 50% off \\#sale")).toBe("Price ");
    expect(truncateLittleText("a lone # sign")).toBe("a lone ");
    expect(truncateLittleText("trailing backslash \\")).toBe("trailing backslash ");
    expect(truncateLittleText("not an escape \\n")).toBe("not an escape ");
    expect(truncateLittleText("@someone without brackets")).toBe("");
    expect(truncateLittleText("all fine: 100% \\(really\\) 😀")).toBe("all fine: 100% \\(really\\) 😀");
    expect(displayText("Price (USD) \\_ 50% off")).toBe("Price ");
  });

  it("returns hashtags in the escaped template form, everything else verbatim", () => {
    expect(toWireCommentary("#one {hashtag|#|two} {hashtag|\\#|three} {hashtag|＃|four} \\#five")).toBe(
      "{hashtag|\\#|one} {hashtag|\\#|two} {hashtag|\\#|three} {hashtag|＃|four} \\#five",
    );
    expect(toWireCommentary("broken ( stays {hashtag|#|tag}")).toBe("broken ( stays {hashtag|\\#|tag}");
    expect(displayText("{hashtag|\\#|WeAreHiring}")).toBe("#WeAreHiring");
  });

  it("mention names may contain escapes", () => {
    expect(displayText("Hi @[Acme \\(UK\\)](urn:li:organization:1)")).toBe("Hi Acme (UK)");
  });
});
