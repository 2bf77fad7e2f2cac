// The composer's plain text (+ the mentions the user picked) ↔ Cadence's structured post text.
// `@` + a picked mention's exact name is a mention; a `#` that starts a word (and is followed by a
// letter) is a hashtag; every other character is text, escaped later by the serializer exactly
// once — so "C#", "(50%)", "#1" and an unpicked "@someone" reach LinkedIn as written.
import type { CommentaryDocument } from "@/lib/linkedin/commentary";

/** A mention the user picked from the type-ahead: shown in the text as `@` + name. */
export type DraftMention = { urn: string; name: string };

/** What the composer edits: the text and the mentions picked for it. */
export type CommentaryDraft = { text: string; mentions: DraftMention[] };

const HASHTAG = /(^|[^\p{L}\p{N}_&/])#(\p{L}[\p{L}\p{N}]*)/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

type Span = { start: number; end: number; mention: DraftMention };

const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/**
 * Where picked mentions occur: `@` at the start or after a non-word character, then the exact
 * name, not running on into a word ("@Acme" is not in "@Acmeville"). Longest names win, so
 * "@Acme Robotics" is one mention even when "Acme" was picked too; for one name picked twice
 * the later pick wins.
 */
function findMentionSpans(text: string, mentions: readonly DraftMention[]): Span[] {
  const byName = new Map<string, DraftMention>();
  for (const mention of mentions) if (mention.name !== "") byName.set(mention.name, mention);
  if (byName.size === 0) return [];
  const candidates = [...byName.values()].sort((a, b) => b.name.length - a.name.length);
  const spans: Span[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (isWordChar(text[at - 1])) continue;
    const mention = candidates.find(({ name }) => {
      if (!text.startsWith(name, at + 1)) return false;
      const end = at + 1 + name.length;
      return !(isWordChar(name.at(-1)) && isWordChar(text[end]));
    });
    if (!mention) continue;
    const end = at + 1 + mention.name.length;
    spans.push({ start: at, end, mention });
    at = end - 1;
  }
  return spans;
}

export function textToCommentary(text: string, mentions: readonly DraftMention[] = []): CommentaryDocument {
  const spans = findMentionSpans(text, mentions);
  type Element = { start: number; end: number; run: CommentaryDocument[number] };
  const elements: Element[] = spans.map(({ start, end, mention }) => ({
    start,
    end,
    run: { type: "mention", urn: mention.urn, name: mention.name },
  }));
  for (const match of text.matchAll(HASHTAG)) {
    const start = match.index + (match[1] ?? "").length;
    const end = start + 1 + match[2]!.length;
    // A `#word` inside a mention's name belongs to the name.
    if (spans.some((span) => start < span.end && end > span.start)) continue;
    elements.push({ start, end, run: { type: "hashtag", tag: match[2]! } });
  }
  elements.sort((a, b) => a.start - b.start);

  const runs: CommentaryDocument = [];
  let last = 0;
  for (const { start, end, run } of elements) {
    if (start > last) runs.push({ type: "text", text: text.slice(last, start) });
    runs.push(run);
    last = end;
  }
  if (last < text.length) runs.push({ type: "text", text: text.slice(last) });
  return runs;
}

/** The text as the composer shows it: mentions as `@Name`, hashtags as `#tag`. */
export function commentaryToText(doc: CommentaryDocument): string {
  return doc
    .map((run) => (run.type === "text" ? run.text : run.type === "hashtag" ? `#${run.tag}` : `@${run.name}`))
    .join("");
}

/** A stored post back into the composer: its text plus the mentions it holds (once each). */
export function commentaryToDraft(doc: CommentaryDocument): CommentaryDraft {
  const mentions = new Map<string, DraftMention>();
  for (const run of doc) {
    if (run.type === "mention") mentions.set(`${run.urn}\n${run.name}`, { urn: run.urn, name: run.name });
  }
  return { text: commentaryToText(doc), mentions: [...mentions.values()] };
}

/** The picked mentions whose `@Name` still appears in the text; the same array when none went. */
export function pruneMentions(text: string, mentions: readonly DraftMention[]): readonly DraftMention[] {
  if (mentions.length === 0) return mentions;
  const used = new Set(findMentionSpans(text, mentions).map((span) => span.mention));
  const kept = mentions.filter((mention) => used.has(mention));
  return kept.length === mentions.length ? mentions : kept;
}

/** The `@query` being typed at the caret: `start` is the `@`, `end` the end of the word typed into. */
export type MentionQuery = { start: number; end: number; query: string };

/** Longest `@query` the type-ahead follows: a Page name of a few words, or a pasted Page URL. */
export const MENTION_QUERY_MAX_LENGTH = 100;
const MAX_QUERY_WORDS = 5;

/**
 * The mention being typed just before the caret, or null: `@` at the start or after a non-word
 * character, then 1+ characters on the same line — a few words at most, not starting with a
 * space — and not an already picked `@Name` the caret has moved past.
 */
export function findMentionQuery(
  text: string,
  caret: number,
  mentions: readonly DraftMention[] = [],
): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at === -1 || isWordChar(text[at - 1])) return null;
  const query = before.slice(at + 1);
  if (
    query.length === 0 ||
    query.length > MENTION_QUERY_MAX_LENGTH ||
    /^\s|\n|\s{2}/.test(query) ||
    query.trim().split(/\s+/).length > MAX_QUERY_WORDS
  ) {
    return null;
  }
  const completed = findMentionSpans(text, mentions).find((span) => span.start === at);
  if (completed && caret >= completed.end) return null;
  // Typing into the middle of a word: the whole word is replaced on pick.
  const rest = /^[\p{L}\p{N}_-]*/u.exec(text.slice(caret))?.[0] ?? "";
  return { start: at, end: caret + rest.length, query };
}

/**
 * Replaces the `@query` with `@Name ` and adds the mention (replacing an earlier pick of the same
 * name). Returns the new text, mentions and the caret position just after the inserted mention.
 */
export function insertMention(
  draft: CommentaryDraft,
  range: Pick<MentionQuery, "start" | "end">,
  mention: DraftMention,
): CommentaryDraft & { caret: number } {
  const after = draft.text.slice(range.end);
  const space = /^\s/.test(after) ? "" : " ";
  const inserted = `@${mention.name}${space}`;
  const text = draft.text.slice(0, range.start) + inserted + after;
  const mentions = [
    ...draft.mentions.filter((m) => m.name !== mention.name),
    { urn: mention.urn, name: mention.name },
  ];
  return {
    text,
    mentions: [...pruneMentions(text, mentions)],
    caret: range.start + inserted.length + (space === "" ? 1 : 0),
  };
}
