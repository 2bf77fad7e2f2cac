import { describe, expect, it } from "vitest";
import {
  commentaryToDraft,
  commentaryToText,
  findMentionQuery,
  insertMention,
  pruneMentions,
  textToCommentary,
  type DraftMention,
} from "@/lib/composer/text-to-commentary";
import { parseCommentary, serializeCommentary } from "@/lib/linkedin/commentary";

const ACME = { urn: "urn:li:organization:5515002", name: "Acme Robotics" };
const ACME_SHORT = { urn: "urn:li:organization:1", name: "Acme" };
const ACME_UK = { urn: "urn:li:organization:42", name: "Acme (UK)" };
const NORTHWIND = { urn: "urn:li:organization:5515001", name: "Northwind Coffee" };

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

describe("textToCommentary with picked mentions", () => {
  const mention = (m: DraftMention) => ({ type: "mention", urn: m.urn, name: m.name });

  it.each<[string, DraftMention[], unknown[]]>([
    [
      "Thanks @Acme Robotics!",
      [ACME],
      [{ type: "text", text: "Thanks " }, mention(ACME), { type: "text", text: "!" }],
    ],
    ["@Acme Robotics", [ACME], [mention(ACME)]],
    [
      "@Acme Robotics and @Northwind Coffee.",
      [ACME, NORTHWIND],
      [mention(ACME), { type: "text", text: " and " }, mention(NORTHWIND), { type: "text", text: "." }],
    ],
    ["@Acme Robotics @Acme Robotics", [ACME], [mention(ACME), { type: "text", text: " " }, mention(ACME)]],
    // Longest name first: "Acme Robotics" is one mention even though "Acme" is picked too.
    [
      "@Acme Robotics, @Acme",
      [ACME_SHORT, ACME],
      [mention(ACME), { type: "text", text: ", " }, mention(ACME_SHORT)],
    ],
    // Reserved characters in the name stay part of the mention.
    [
      "Hi @Acme (UK)!",
      [ACME_UK],
      [{ type: "text", text: "Hi " }, mention(ACME_UK), { type: "text", text: "!" }],
    ],
    ["(@Acme (UK))", [ACME_UK], [{ type: "text", text: "(" }, mention(ACME_UK), { type: "text", text: ")" }]],
    // Next to hashtags.
    [
      "#launch @Acme Robotics #robots",
      [ACME],
      [
        { type: "hashtag", tag: "launch" },
        { type: "text", text: " " },
        mention(ACME),
        { type: "text", text: " " },
        { type: "hashtag", tag: "robots" },
      ],
    ],
    ["@Acme (UK)#sale", [ACME_UK], [mention(ACME_UK), { type: "hashtag", tag: "sale" }]],
    // A `#` right after a name ending in a letter reads as in "a#b": text.
    ["@Acme Robotics#sale", [ACME], [mention(ACME), { type: "text", text: "#sale" }]],
    // `@` right after a word is no mention (as in an e-mail address).
    [
      "#sale@Acme Robotics",
      [ACME],
      [
        { type: "hashtag", tag: "sale" },
        { type: "text", text: "@Acme Robotics" },
      ],
    ],
    [
      "#sale (@Acme Robotics)",
      [ACME],
      [
        { type: "hashtag", tag: "sale" },
        { type: "text", text: " (" },
        mention(ACME),
        { type: "text", text: ")" },
      ],
    ],
  ])("%j", (text, mentions, expected) => {
    expect(textToCommentary(text, mentions)).toEqual(expected);
  });

  it.each<[string, DraftMention[]]>([
    // Not picked: an `@` stays plain text.
    ["Hello @Acme Robotics", []],
    ["Hello @Acme Robotics", [NORTHWIND]],
    // The `@` must start the text or follow a non-word character.
    ["mail sales@Acme Robotics", [ACME]],
    ["x_@Acme Robotics", [ACME]],
    // Exact name only: case, edits, and names running on into a word do not match.
    ["@acme robotics", [ACME]],
    ["@Acme Robotic", [ACME]],
    ["@Acme Roboticsx", [ACME]],
    ["@AcmeRobotics", [ACME_SHORT]],
    ["@Acme (UK", [ACME_UK]],
    ["Acme Robotics", [ACME]],
  ])("%j stays plain text", (text, mentions) => {
    expect(textToCommentary(text, mentions)).toEqual([{ type: "text", text }]);
  });

  it("keeps a #word inside a mention's name as part of the name", () => {
    const team = { urn: "urn:li:organization:7", name: "Team #Blue" };
    expect(textToCommentary("Go @Team #Blue #win", [team])).toEqual([
      { type: "text", text: "Go " },
      mention(team),
      { type: "text", text: " " },
      { type: "hashtag", tag: "win" },
    ]);
  });

  it("uses the later pick when one name was picked twice", () => {
    const other = { urn: "urn:li:organization:99", name: ACME.name };
    expect(textToCommentary("@Acme Robotics", [ACME, other])).toEqual([mention(other)]);
  });

  it("turns a mention into plain text once its name is edited", () => {
    const mentions = [ACME];
    expect(textToCommentary("Thanks @Acme Robotics", mentions)[1]).toEqual(mention(ACME));
    const edited = "Thanks @Acme Robots";
    expect(textToCommentary(edited, mentions)).toEqual([{ type: "text", text: edited }]);
    expect(pruneMentions(edited, mentions)).toEqual([]);
  });

  it("serializes mentions with escaped names and round-trips through little text", () => {
    const text = "Q3 (draft): thanks @Acme (UK) & @Acme Robotics! #growth [50%] @nobody";
    const mentions = [ACME_UK, ACME];
    const doc = textToCommentary(text, mentions);
    expect(serializeCommentary(doc)).toBe(
      "Q3 \\(draft\\): thanks @[Acme \\(UK\\)](urn:li:organization:42) & @[Acme Robotics](urn:li:organization:5515002)! #growth \\[50%\\] \\@nobody",
    );
    const back = commentaryToDraft(parseCommentary(serializeCommentary(doc)));
    expect(back.text).toBe(text);
    expect(back.mentions).toEqual(mentions);
    expect(textToCommentary(back.text, back.mentions)).toEqual(doc);
  });
});

describe("commentaryToDraft", () => {
  it("returns the text and each mention once", () => {
    const draft = commentaryToDraft([
      { type: "mention", urn: ACME.urn, name: ACME.name },
      { type: "text", text: " meets " },
      { type: "mention", urn: NORTHWIND.urn, name: NORTHWIND.name },
      { type: "text", text: " and " },
      { type: "mention", urn: ACME.urn, name: ACME.name },
      { type: "text", text: " " },
      { type: "hashtag", tag: "coffee" },
    ]);
    expect(draft).toEqual({
      text: "@Acme Robotics meets @Northwind Coffee and @Acme Robotics #coffee",
      mentions: [ACME, NORTHWIND],
    });
    expect(commentaryToDraft([])).toEqual({ text: "", mentions: [] });
  });
});

describe("pruneMentions", () => {
  it("drops mentions whose @Name is gone and keeps the same array when nothing changed", () => {
    const mentions = [ACME, NORTHWIND];
    expect(pruneMentions("@Acme Robotics and @Northwind Coffee", mentions)).toBe(mentions);
    expect(pruneMentions("@Acme Robotics and Northwind Coffee", mentions)).toEqual([ACME]);
    expect(pruneMentions("", mentions)).toEqual([]);
    // "Acme" is only inside "@Acme Robotics": not used on its own.
    expect(pruneMentions("@Acme Robotics", [ACME_SHORT, ACME])).toEqual([ACME]);
  });
});

describe("findMentionQuery", () => {
  const at = (text: string, mentions: DraftMention[] = []) =>
    findMentionQuery(text.replace("|", ""), text.indexOf("|"), mentions);

  it.each([
    ["@n|", { start: 0, end: 2, query: "n" }],
    ["Thanks @North|", { start: 7, end: 13, query: "North" }],
    ["Thanks (@North|)", { start: 8, end: 14, query: "North" }],
    ["Hi @Northwind Co|", { start: 3, end: 16, query: "Northwind Co" }],
    // Typing into the middle of a word: the pick replaces the whole word.
    ["@Nor|thwind rocks", { start: 0, end: 10, query: "Nor" }],
    [
      "@https://www.linkedin.com/company/acme-robotics|",
      { start: 0, end: 47, query: "https://www.linkedin.com/company/acme-robotics" },
    ],
  ])("%j", (text, expected) => {
    expect(at(text)).toEqual(expected);
  });

  it.each([
    "@|",
    "no at sign|",
    "mail me@home|",
    "@ space|",
    "@two  spaces|",
    "@line\nbreak|",
    "@one two three four five six|",
    `@${"x".repeat(101)}|`,
  ])("%j is no mention query", (text) => {
    expect(at(text)).toBeNull();
  });

  it("does not follow a picked mention the caret has moved past", () => {
    expect(at("@Acme Robotics |", [ACME])).toBeNull();
    expect(at("@Acme Robotics is great|", [ACME])).toBeNull();
    // Inside the picked name it is a query again (to pick another).
    expect(at("@Acme Rob|otics", [ACME])).toEqual({ start: 0, end: 14, query: "Acme Rob" });
    // Once edited, the name is no longer the picked mention.
    expect(at("@Acme Robo|", [ACME])).toEqual({ start: 0, end: 10, query: "Acme Robo" });
  });
});

describe("insertMention", () => {
  it("replaces @query with @Name and a space, adds the mention and puts the caret after it", () => {
    const result = insertMention({ text: "Thanks @acm", mentions: [] }, { start: 7, end: 11 }, ACME);
    expect(result).toEqual({ text: "Thanks @Acme Robotics ", mentions: [ACME], caret: 22 });
    expect(textToCommentary(result.text, result.mentions)).toEqual([
      { type: "text", text: "Thanks " },
      { type: "mention", urn: ACME.urn, name: ACME.name },
      { type: "text", text: " " },
    ]);
  });

  it("does not double a following space, replaces a same-name pick, drops unused mentions", () => {
    const other = { urn: "urn:li:organization:99", name: ACME.name };
    const result = insertMention(
      { text: "@Acm and more", mentions: [other, NORTHWIND] },
      { start: 0, end: 4 },
      ACME,
    );
    expect(result).toEqual({ text: "@Acme Robotics and more", mentions: [ACME], caret: 15 });
  });
});
