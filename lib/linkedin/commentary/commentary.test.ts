// Table tests for the little-text round trip (doc §7.7, pitfalls §15.1–2): every reserved
// character alone, in pairs, at the ends, inside mention names and next to hashtags.
import { describe, expect, it } from "vitest";
import { commentaryDocumentSchema, type CommentaryDocument } from "./commentary-schema";
import { LITTLE_TEXT_RESERVED } from "./little-text";
import { normalizeCommentary } from "./normalize-commentary";
import { parseCommentary } from "./parse-commentary";
import { serializeCommentary } from "./serialize-commentary";

const ORG = "urn:li:organization:2414183";
const PERSON = "urn:li:person:8kQvT3mZpA";

const text = (t: string) => ({ type: "text" as const, text: t });
const mention = (name: string, urn = ORG) => ({ type: "mention" as const, urn, name });
const hashtag = (tag: string) => ({ type: "hashtag" as const, tag });

function expectRoundTrip(doc: CommentaryDocument) {
  expect(commentaryDocumentSchema.safeParse(doc).success).toBe(true);
  const little = serializeCommentary(doc);
  expect(parseCommentary(little)).toEqual(normalizeCommentary(doc));
  // The template style must round-trip too.
  expect(parseCommentary(serializeCommentary(doc, { hashtagStyle: "template" }))).toEqual(
    normalizeCommentary(doc),
  );
  return little;
}

/** Escaped exactly once: dropping every `\x` pair leaves no reserved character behind, and no pair is `\` + non-reserved. */
function expectEscapedOnce(little: string) {
  const pairs = [...little.matchAll(/\\([\s\S])/g)].map((m) => m[1]);
  for (const char of pairs) expect(LITTLE_TEXT_RESERVED).toContain(char);
  expect(little.replace(/\\[\s\S]/g, "")).not.toMatch(/[\\|{}@[\]()<>#*_~]/);
}

const RESERVED = [...LITTLE_TEXT_RESERVED];

describe("reserved characters in text", () => {
  it("lists exactly the doc's fifteen reserved characters", () => {
    expect([...RESERVED].sort()).toEqual(
      ["#", "(", ")", "*", "<", ">", "@", "[", "\\", "]", "_", "{", "|", "}", "~"].sort(),
    );
  });

  it.each(RESERVED)("%s alone", (char) => {
    const little = expectRoundTrip([text(char)]);
    expect(little).toBe(`\\${char}`);
  });

  it.each(RESERVED)("%s at the start and at the end", (char) => {
    expect(expectRoundTrip([text(`${char}start`)])).toBe(`\\${char}start`);
    expect(expectRoundTrip([text(`end${char}`)])).toBe(`end\\${char}`);
    expect(expectRoundTrip([text(`${char} middle ${char}`)])).toBe(`\\${char} middle \\${char}`);
  });

  it("every ordered pair of reserved characters", () => {
    for (const a of RESERVED) {
      for (const b of RESERVED) {
        const little = expectRoundTrip([text(`${a}${b}`)]);
        expect(little).toBe(`\\${a}\\${b}`);
        expectEscapedOnce(little);
      }
    }
  });

  it("all of them together, with text around", () => {
    const all = RESERVED.join("");
    const little = expectRoundTrip([text(`x ${all} y`)]);
    expectEscapedOnce(little);
  });

  it("never double-escapes text that already looks escaped", () => {
    // The user typed a backslash before a parenthesis: both are text, each escaped once.
    expect(expectRoundTrip([text("\\(")])).toBe("\\\\\\(");
    expect(expectRoundTrip([text("\\\\")])).toBe("\\\\\\\\");
  });

  it("leaves characters that are not reserved alone", () => {
    expect(
      expectRoundTrip([text("Q3: 100% done! a.b, c-d 'e' \"f\" $ ^ & = + ? / ; ` é 😀\nnew line")]),
    ).toBe("Q3: 100% done! a.b, c-d 'e' \"f\" $ ^ & = + ? / ; ` é 😀\nnew line");
  });
});

describe("mentions", () => {
  it("serializes as @[Name](urn) for organizations and members", () => {
    expect(expectRoundTrip([mention("Acme Corp")])).toBe(`@[Acme Corp](${ORG})`);
    expect(expectRoundTrip([mention("Alex Morgan", PERSON)])).toBe(`@[Alex Morgan](${PERSON})`);
  });

  it.each(RESERVED)("escapes %s inside a mention name", (char) => {
    expect(expectRoundTrip([mention(`A${char}B`)])).toBe(`@[A\\${char}B](${ORG})`);
    expect(expectRoundTrip([mention(char)])).toBe(`@[\\${char}](${ORG})`);
    expect(expectRoundTrip([text(`${char}`), mention(`${char}x${char}`), text(char)])).toBe(
      `\\${char}@[\\${char}x\\${char}](${ORG})\\${char}`,
    );
  });

  it("keeps a mention next to text, hashtags and other mentions", () => {
    expectRoundTrip([mention("A"), mention("B", PERSON), hashtag("tag"), mention("C"), text("!")]);
  });
});

describe("hashtags", () => {
  it("serializes as #tag without escaping the # (pitfall §15.2)", () => {
    expect(expectRoundTrip([hashtag("growth")])).toBe("#growth");
    expect(expectRoundTrip([text("Hiring "), hashtag("WeAreHiring"), text(" now")])).toBe(
      "Hiring #WeAreHiring now",
    );
  });

  it.each(RESERVED)("%s right before and after a hashtag", (char) => {
    const little = expectRoundTrip([text(char), hashtag("tag"), text(char)]);
    expect(little).toBe(`\\${char}#tag\\${char}`);
  });

  it("uses the template form where a letter or digit touches the tag", () => {
    expect(expectRoundTrip([hashtag("growth"), text("s are up")])).toBe("{hashtag|\\#|growth}s are up");
    expect(expectRoundTrip([text("no"), hashtag("space")])).toBe("no{hashtag|\\#|space}");
    expect(expectRoundTrip([hashtag("a"), hashtag("b")])).toBe("#a#b");
    expect(serializeCommentary([hashtag("x")], { hashtagStyle: "template" })).toBe("{hashtag|\\#|x}");
  });

  it("supports tags in any script", () => {
    expect(expectRoundTrip([hashtag("café"), text(" "), hashtag("日本"), text(" "), hashtag("2026")])).toBe(
      "#café #日本 #2026",
    );
  });

  it.each([
    ["{hashtag|\\#|WeAreHiring}", "escaped # (what GET returns)"],
    ["{hashtag|#|WeAreHiring}", "bare #"],
    ["{hashtag|＃|WeAreHiring}", "full-width ＃"],
    ["{hashtag|\\＃|WeAreHiring}", "escaped full-width ＃"],
  ])("parses the template %s (%s)", (little) => {
    expect(parseCommentary(`Join us ${little}!`)).toEqual([
      text("Join us "),
      hashtag("WeAreHiring"),
      text("!"),
    ]);
  });
});

describe("the doc's worked example (§7.7)", () => {
  const doc: CommentaryDocument = [
    text("Q3 results (draft): 1_000 new followers <3 "),
    hashtag("growth"),
    text(" Thanks "),
    mention("Acme Corp"),
    text("!"),
  ];
  const little =
    "Q3 results \\(draft\\): 1\\_000 new followers \\<3 #growth Thanks @[Acme Corp](urn:li:organization:2414183)!";

  it("serializes exactly as the doc shows", () => {
    expect(serializeCommentary(doc)).toBe(little);
    expect(JSON.stringify({ commentary: serializeCommentary(doc) })).toBe(
      '{"commentary":"Q3 results \\\\(draft\\\\): 1\\\\_000 new followers \\\\<3 #growth Thanks @[Acme Corp](urn:li:organization:2414183)!"}',
    );
  });

  it("parses back, also in the template variant LinkedIn returns", () => {
    expect(parseCommentary(little)).toEqual(doc);
    expect(parseCommentary(little.replace("#growth", "{hashtag|\\#|growth}"))).toEqual(doc);
  });
});

describe("parseCommentary on text LinkedIn or people wrote", () => {
  it.each([
    ["a stray unescaped ( is text", "a (b) c", [text("a (b) c")]],
    ["a lone # is text", "# 1 and #", [text("# 1 and #")]],
    ["@ without a mention is text", "mail me @ home @[broken", [text("mail me @ home @[broken")]],
    ["a mention of an unsupported URN is text", "@[X](urn:li:company:1)", [text("@[X](urn:li:company:1)")]],
    ["an empty mention name is text", `@[](${ORG})`, [text(`@[](${ORG})`)]],
    ["a backslash before a normal letter stays", "a\\b", [text("a\\b")]],
    ["a trailing backslash stays", "end\\", [text("end\\")]],
    ["a malformed template is text", "{hashtag|x|tag}", [text("{hashtag|x|tag}")]],
    ["an empty string is an empty document", "", []],
  ])("%s", (_name, little, expected) => {
    expect(parseCommentary(little)).toEqual(expected);
  });
});

describe("commentaryDocumentSchema", () => {
  it.each([
    ["a mention of a share URN", [mention("x", "urn:li:share:1")]],
    ["an empty mention name", [mention("")]],
    ["a hashtag with #", [hashtag("#tag")]],
    ["a hashtag with an underscore", [hashtag("we_hire")]],
    ["a hashtag with a space", [hashtag("two words")]],
    ["an unknown run type", [{ type: "bold", text: "x" }]],
  ])("rejects %s", (_name, doc) => {
    expect(commentaryDocumentSchema.safeParse(doc).success).toBe(false);
  });
});

describe("random documents round-trip", () => {
  // A seeded generator so a failure replays identically.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const alphabet = [...RESERVED, "a", "b", "1", " ", "é", "😀", "\n", ":", "'", "％", "＃"];
  const word = (max: number) =>
    Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(alphabet)).join("");

  it("parse(serialize(doc)) equals the normalized document, 2,000 times", () => {
    for (let i = 0; i < 2000; i++) {
      const doc: CommentaryDocument = Array.from({ length: Math.floor(random() * 6) }, () => {
        const kind = random();
        if (kind < 0.6) return text(word(8));
        if (kind < 0.8) return mention(word(6), pick([ORG, PERSON]));
        return hashtag(pick(["a", "tag", "Café", "x1", "日本"]));
      });
      expectRoundTrip(doc);
    }
  });
});
