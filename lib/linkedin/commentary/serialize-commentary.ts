// Cadence's commentary document → LinkedIn little text (doc §7.7). Text runs and mention names
// are escaped exactly once; element syntax (`@[…](urn)`, `#tag`) is never escaped, or hashtags
// turn into literal text (pitfall §15.2).
import type { CommentaryDocument } from "./commentary-schema";
import { escapeLittleText, HASHTAG_CHAR } from "./little-text";

export interface SerializeCommentaryOptions {
  /**
   * `plain` (default): `#tag`, as in the doc's worked example, switching to the template
   * `{hashtag|\#|tag}` only where a letter or digit touches the tag (`#tag` + `s` would read as
   * `#tags`). `template`: always the template, the form LinkedIn returns on GET.
   */
  hashtagStyle?: "plain" | "template";
}

export const hashtagTemplate = (tag: string) => `{hashtag|\\#|${tag}}`;

export function serializeCommentary(
  doc: CommentaryDocument,
  options: SerializeCommentaryOptions = {},
): string {
  const style = options.hashtagStyle ?? "plain";
  let out = "";
  doc.forEach((run, index) => {
    if (run.type === "text") out += escapeLittleText(run.text);
    else if (run.type === "mention") out += `@[${escapeLittleText(run.name)}](${run.urn})`;
    else {
      const before = lastChar(doc, index);
      const after = firstChar(doc, index);
      const touches = (c: string | undefined) => c !== undefined && HASHTAG_CHAR.test(c);
      out +=
        style === "template" || touches(before) || touches(after) ? hashtagTemplate(run.tag) : `#${run.tag}`;
    }
  });
  return out;
}

/** The last displayed character before run `index` (text runs only; elements end in `)` or a tag). */
function lastChar(doc: CommentaryDocument, index: number): string | undefined {
  const previous = doc[index - 1];
  if (previous?.type === "text")
    return previous.text === "" ? lastChar(doc, index - 1) : [...previous.text].at(-1);
  return undefined;
}

function firstChar(doc: CommentaryDocument, index: number): string | undefined {
  const next = doc[index + 1];
  if (next?.type === "text") return next.text === "" ? firstChar(doc, index + 1) : [...next.text][0];
  return undefined;
}
