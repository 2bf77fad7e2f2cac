// The canonical form of a commentary document: adjacent text runs merged, empty ones dropped.
// parseCommentary always returns this form, so parse(serialize(doc)) equals normalize(doc).
import type { CommentaryDocument, CommentaryRun } from "./commentary-schema";

export function normalizeCommentary(doc: CommentaryDocument): CommentaryDocument {
  const runs: CommentaryRun[] = [];
  for (const run of doc) {
    const last = runs.at(-1);
    if (run.type !== "text") runs.push(run);
    else if (run.text === "") continue;
    else if (last?.type === "text") runs[runs.length - 1] = { type: "text", text: last.text + run.text };
    else runs.push(run);
  }
  return runs;
}
