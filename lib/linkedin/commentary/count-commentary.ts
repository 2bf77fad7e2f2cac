// How long a post's commentary is toward LinkedIn's 3,000-character limit (doc §7.6). LinkedIn
// validates the commentary string it receives, so the count is of the serialized little text —
// escapes and mention syntax included — in UTF-16 code units (a Java String's length; an emoji
// counts 2). The exact rule is UNCONFIRMED; this is the conservative reading: a post that fits
// here is never rejected or cut for length.
import {
  COMMENTARY_MAX_LENGTH,
  commentaryDocumentSchema,
  type CommentaryDocument,
} from "./commentary-schema";
import { serializeCommentary } from "./serialize-commentary";

export interface CommentaryLength {
  /** Counted toward the limit (serialized little text). */
  length: number;
  /** What readers see (text, mention names, `#tag`), for an editor's counter. */
  visibleLength: number;
  limit: number;
  remaining: number;
  isWithinLimit: boolean;
}

export function countCommentary(doc: CommentaryDocument): CommentaryLength {
  const length = serializeCommentary(doc).length;
  return {
    length,
    visibleLength: commentaryToPlainText(doc).length,
    limit: COMMENTARY_MAX_LENGTH,
    remaining: COMMENTARY_MAX_LENGTH - length,
    isWithinLimit: length <= COMMENTARY_MAX_LENGTH,
  };
}

/** The post as readers see it: text, mention names, `#tag`. For previews and notifications. */
export function commentaryToPlainText(doc: CommentaryDocument): string {
  return doc
    .map((run) => (run.type === "text" ? run.text : run.type === "mention" ? run.name : `#${run.tag}`))
    .join("");
}

/** A commentary document that fits LinkedIn's limit: for forms, actions and the public API. */
export const boundedCommentaryDocumentSchema = commentaryDocumentSchema.refine(
  (doc) => countCommentary(doc).isWithinLimit,
  { message: `The post text is longer than LinkedIn's ${COMMENTARY_MAX_LENGTH} characters` },
);
