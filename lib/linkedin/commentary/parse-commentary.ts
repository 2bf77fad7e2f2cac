// LinkedIn little text → Cadence's commentary document (doc §7.7), to read posts back and show
// them. Tolerant by design: malformed elements and stray reserved characters become plain text
// rather than errors, since this is for display. Accepts both hashtag forms (`#tag` and
// `{hashtag|\#|tag}` with `#` or `＃`, escaped or not) because GET returns the template.
import type { CommentaryDocument, CommentaryRun } from "./commentary-schema";
import { HASHTAG_TAG, isReservedLittleTextChar } from "./little-text";

const MENTION = /@\[((?:\\[\s\S]|[^\]\\])*)\]\((urn:li:(?:person|organization):[A-Za-z0-9_-]+)\)/y;
const TEMPLATE = /\{hashtag\|\\?[#＃]\|((?:\\[\s\S]|[^}\\])*)\}/y;
const PLAIN_HASHTAG = /#([\p{L}\p{M}\p{N}]+)/uy;

/** Undoes backslash escapes of reserved characters; any other backslash stays as written. */
export function unescapeLittleText(text: string): string {
  return text.replace(/\\([\s\S])/g, (match, char: string) =>
    isReservedLittleTextChar(char) ? char : match,
  );
}

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

export function parseCommentary(littleText: string): CommentaryDocument {
  const runs: CommentaryRun[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") runs.push({ type: "text", text });
    text = "";
  };
  let i = 0;
  while (i < littleText.length) {
    const char = littleText[i] as string;
    const next = littleText[i + 1];
    if (char === "\\" && next !== undefined && isReservedLittleTextChar(next)) {
      text += next;
      i += 2;
      continue;
    }
    const element = readElement(littleText, i);
    if (element) {
      flush();
      runs.push(element.run);
      i += element.length;
      continue;
    }
    text += char;
    i += 1;
  }
  flush();
  return runs;
}

function readElement(input: string, i: number): { run: CommentaryRun; length: number } | null {
  const char = input[i];
  if (char === "@") {
    const m = matchAt(MENTION, input, i);
    const name = m ? unescapeLittleText(m[1] ?? "") : "";
    if (m && name !== "") return { run: { type: "mention", urn: m[2] as string, name }, length: m[0].length };
  } else if (char === "{") {
    const m = matchAt(TEMPLATE, input, i);
    const tag = m ? unescapeLittleText(m[1] ?? "") : "";
    if (m && HASHTAG_TAG.test(tag)) return { run: { type: "hashtag", tag }, length: m[0].length };
  } else if (char === "#") {
    const m = matchAt(PLAIN_HASHTAG, input, i);
    if (m) return { run: { type: "hashtag", tag: m[1] as string }, length: m[0].length };
  }
  return null;
}
