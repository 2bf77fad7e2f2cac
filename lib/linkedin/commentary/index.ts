// Commentary (doc §7.7) without any server dependency: safe to import from the composer UI.
export * from "./commentary-schema";
export {
  commentaryToPlainText,
  countCommentary,
  boundedCommentaryDocumentSchema,
  type CommentaryLength,
} from "./count-commentary";
export { escapeLittleText, LITTLE_TEXT_RESERVED } from "./little-text";
export { normalizeCommentary } from "./normalize-commentary";
export { parseCommentary, unescapeLittleText } from "./parse-commentary";
export { serializeCommentary, type SerializeCommentaryOptions } from "./serialize-commentary";
