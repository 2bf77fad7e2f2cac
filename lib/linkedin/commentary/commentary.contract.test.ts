// Contract: the sandbox's little-text reader (sandbox/posts/little-text.ts, what its create, GET
// and /feed/update use) agrees with serializeCommentary/parseCommentary: nothing Cadence writes is
// truncated, readers see exactly the intended text, and the template form GET returns parses back.
// Creates nothing; posting the same documents through /rest/posts is the second pass.
import { describe, expect, it } from "vitest";
import {
  displayText,
  parseLittleText,
  toWireCommentary,
  truncateLittleText,
} from "@/sandbox/posts/little-text";
import type { CommentaryDocument } from "./commentary-schema";
import { commentaryToPlainText } from "./count-commentary";
import { LITTLE_TEXT_RESERVED } from "./little-text";
import { normalizeCommentary } from "./normalize-commentary";
import { parseCommentary } from "./parse-commentary";
import { serializeCommentary } from "./serialize-commentary";

const ORG = "urn:li:organization:5515001";
const PERSON = "urn:li:person:8kQvT3mZpA";
const RESERVED = [...LITTLE_TEXT_RESERVED];

const DOCS: [string, CommentaryDocument][] = [
  ...RESERVED.map((c): [string, CommentaryDocument] => [`${c} alone`, [{ type: "text", text: c }]]),
  ...RESERVED.map((c): [string, CommentaryDocument] => [
    `${c} around a hashtag and in a mention name`,
    [
      { type: "text", text: `${c}start ${c}` },
      { type: "hashtag", tag: "growth" },
      { type: "text", text: `${c} ` },
      { type: "mention", urn: ORG, name: `Acme ${c} Corp` },
      { type: "text", text: ` end${c}` },
    ],
  ]),
  [
    "every reserved character, twice",
    [{ type: "text", text: RESERVED.join("") + [...RESERVED].reverse().join("") }],
  ],
  [
    "the doc's worked example",
    [
      { type: "text", text: "Q3 results (draft): 1_000 new followers <3 " },
      { type: "hashtag", tag: "growth" },
      { type: "text", text: " Thanks " },
      { type: "mention", urn: ORG, name: "Acme Corp" },
      { type: "text", text: "!" },
    ],
  ],
  [
    "a member mention, a glued hashtag, emoji",
    [
      { type: "mention", urn: PERSON, name: "Alex [the] Morgan" },
      { type: "hashtag", tag: "café" },
      { type: "text", text: "s 😀 \\o/ ~~strike~~ *bold* _it_" },
    ],
  ],
];

describe("the sandbox reads Cadence's little text the same way", () => {
  it.each(DOCS)("%s", (_name, doc) => {
    const little = serializeCommentary(doc);
    // No unescaped reserved character: nothing is cut on create or on display (pitfall §15.1).
    expect(parseLittleText(little).problems).toEqual([]);
    expect(truncateLittleText(little)).toBe(little);
    // Readers see exactly the intended text.
    expect(displayText(little)).toBe(commentaryToPlainText(doc));
    // The same elements, seen by both parsers.
    const sandboxRuns = parseLittleText(little).nodes.map((node) =>
      node.kind === "text"
        ? { type: "text", text: node.text }
        : node.kind === "mention"
          ? { type: "mention", urn: node.urn, name: node.name }
          : { type: "hashtag", tag: node.tag },
    );
    expect(sandboxRuns).toEqual(normalizeCommentary(doc));
    // GET returns hashtags as {hashtag|\#|tag}: Cadence reads that back to the same document.
    expect(parseCommentary(toWireCommentary(little))).toEqual(normalizeCommentary(doc));
  });
});
