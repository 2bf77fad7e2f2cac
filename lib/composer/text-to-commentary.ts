// The composer's plain text → Cadence's structured post text. A `#` that starts a word (and is
// followed by a letter) is a hashtag; every other character is text, escaped later by the
// serializer exactly once — so "C#", "(50%)" and "#1" reach LinkedIn as written.
import type { CommentaryDocument } from "@/lib/linkedin/commentary";

const HASHTAG = /(^|[^\p{L}\p{N}_&/])#(\p{L}[\p{L}\p{N}]*)/gu;

export function textToCommentary(text: string): CommentaryDocument {
  const runs: CommentaryDocument = [];
  let last = 0;
  for (const match of text.matchAll(HASHTAG)) {
    const prefix = match[1] ?? "";
    const start = match.index + prefix.length;
    if (start > last) runs.push({ type: "text", text: text.slice(last, start) });
    runs.push({ type: "hashtag", tag: match[2]! });
    last = start + 1 + match[2]!.length;
  }
  if (last < text.length) runs.push({ type: "text", text: text.slice(last) });
  return runs;
}

export function commentaryToText(doc: CommentaryDocument): string {
  return doc
    .map((run) => (run.type === "text" ? run.text : run.type === "hashtag" ? `#${run.tag}` : `@${run.name}`))
    .join("");
}
