// LinkedIn's "little text" commentary format (doc §7.7): reserved characters escaped with a
// backslash, mentions `@[Name](urn:li:…)`, hashtags `#tag` and templates `{hashtag|\#|tag}`.
// One parser serves three readers: create (optional truncation at the first unescaped reserved
// character, as LinkedIn reportedly does silently), GET (hashtags returned in template form) and
// /feed/update (display text, so a wrong escape is visible).

/** `\ | { } @ [ ] ( ) < > # * _ ~` (§7.7). */
export const RESERVED_CHARACTERS = "\\|{}@[]()<>#*_~";
const RESERVED = new Set(RESERVED_CHARACTERS);

export type LittleNode =
  /** Plain text, unescaped (`text`); `start`/`end` delimit its source, escapes included. */
  | { kind: "text"; text: string; start: number; end: number }
  | { kind: "mention"; name: string; urn: string; start: number; end: number }
  /** `#tag` (template false) or `{hashtag|\#|tag}` (template true); `hash` is `#` or the full-width `＃`. */
  | { kind: "hashtag"; tag: string; hash: "#" | "＃"; template: boolean; start: number; end: number };

/** An unescaped reserved character that starts no element: where LinkedIn cuts the post. */
export interface LittleTextProblem {
  index: number;
  char: string;
}

export interface LittleText {
  /** The whole input; after a problem the offending character is kept as literal text. */
  nodes: LittleNode[];
  problems: LittleTextProblem[];
}

const MENTION = /^@\[((?:\\[\s\S]|[^\\[\]])*)\]\((urn:li:[A-Za-z]+:[^()\s]+)\)/u;
const HASHTAG = /^#([\p{L}\p{N}\p{M}]+)/u;
const HASHTAG_TEMPLATE = /^\{hashtag\|(\\#|#|＃)\|([\p{L}\p{N}\p{M}_]+)\}/u;

/** Removes the backslash of every escape (`\(` → `(`). */
export function unescapeLittle(source: string): string {
  return source.replace(/\\([\s\S])/g, "$1");
}

/** Escapes plain text for commentary (the doc's `escapeLittle`). */
export function escapeLittle(text: string): string {
  return text.replace(/[\\|{}@[\]()<>#*_~]/g, (c) => `\\${c}`);
}

export function parseLittleText(source: string): LittleText {
  const nodes: LittleNode[] = [];
  const problems: LittleTextProblem[] = [];
  let text: { text: string; start: number } | null = null;
  const pushText = (chars: string, start: number, end: number) => {
    if (text === null) text = { text: "", start };
    text.text += chars;
    const last = nodes.at(-1);
    if (last?.kind === "text" && last.start === text.start) {
      last.text = text.text;
      last.end = end;
    } else nodes.push({ kind: "text", text: text.text, start: text.start, end });
  };
  const pushElement = (node: LittleNode) => {
    text = null;
    nodes.push(node);
  };

  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    const rest = source.slice(i);
    if (ch === "\\") {
      const next = source[i + 1];
      if (next !== undefined && RESERVED.has(next)) {
        pushText(next, i, i + 2);
        i += 2;
        continue;
      }
    } else if (ch === "@") {
      const m = MENTION.exec(rest);
      if (m) {
        const end = i + m[0].length;
        pushElement({
          kind: "mention",
          name: unescapeLittle(m[1] as string),
          urn: m[2] as string,
          start: i,
          end,
        });
        i = end;
        continue;
      }
    } else if (ch === "#") {
      const m = HASHTAG.exec(rest);
      if (m) {
        const end = i + m[0].length;
        pushElement({ kind: "hashtag", tag: m[1] as string, hash: "#", template: false, start: i, end });
        i = end;
        continue;
      }
    } else if (ch === "{") {
      const m = HASHTAG_TEMPLATE.exec(rest);
      if (m) {
        const end = i + m[0].length;
        const hash = m[1] === "＃" ? "＃" : "#";
        pushElement({ kind: "hashtag", tag: m[2] as string, hash, template: true, start: i, end });
        i = end;
        continue;
      }
    }
    // Code points, not UTF-16 units, so an emoji is never split.
    const char = String.fromCodePoint(source.codePointAt(i) as number);
    if (RESERVED.has(char)) problems.push({ index: i, char });
    pushText(char, i, i + char.length);
    i += char.length;
  }
  return { nodes, problems };
}

/** What LinkedIn keeps of `source`: everything before the first unescaped reserved character. */
export function truncateLittleText(source: string): string {
  const [first] = parseLittleText(source).problems;
  return first === undefined ? source : source.slice(0, first.index);
}

/**
 * Commentary as GET returns it: verbatim, except that every hashtag is in the template form
 * `{hashtag|\#|tag}` (§7.7, §14.18).
 */
export function toWireCommentary(source: string): string {
  return parseLittleText(source)
    .nodes.map((node) =>
      node.kind === "hashtag"
        ? `{hashtag|${node.hash === "＃" ? "＃" : "\\#"}|${node.tag}}`
        : source.slice(node.start, node.end),
    )
    .join("");
}

/** The mentions and hashtags LinkedIn would recognise (before any truncation point). */
export function displayNodes(source: string): { nodes: LittleNode[]; cutAt?: LittleTextProblem } {
  const parsed = parseLittleText(source);
  const cutAt = parsed.problems[0];
  if (!cutAt) return { nodes: parsed.nodes };
  const nodes: LittleNode[] = [];
  for (const node of parsed.nodes) {
    if (node.start >= cutAt.index) break;
    if (node.kind === "text" && node.end > cutAt.index) {
      nodes.push({ ...node, text: unescapeLittle(source.slice(node.start, cutAt.index)), end: cutAt.index });
      break;
    }
    nodes.push(node);
  }
  return { nodes, cutAt };
}

/** The text a reader sees (mentions as names, hashtags as #tag), cut where LinkedIn would cut it. */
export function displayText(source: string): string {
  return displayNodes(source)
    .nodes.map((n) => (n.kind === "text" ? n.text : n.kind === "mention" ? n.name : `#${n.tag}`))
    .join("");
}

/** Every mentioned URN (used for organisation mention counts in statistics). */
export function mentionedUrns(source: string): string[] {
  return displayNodes(source)
    .nodes.filter((n): n is Extract<LittleNode, { kind: "mention" }> => n.kind === "mention")
    .map((n) => n.urn);
}
