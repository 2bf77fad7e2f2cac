// Cadence's structured post text (what the composer edits and the database stores): runs of
// plain text, mentions of members and organizations by URN, and hashtags. It is serialized to
// LinkedIn's little text only when talking to LinkedIn, so escaping happens in exactly one place.
import { z } from "zod";
import { HASHTAG_TAG } from "./little-text";

export const COMMENTARY_MAX_LENGTH = 3000;

export const mentionUrnSchema = z
  .string()
  .regex(
    /^urn:li:(person|organization):[A-Za-z0-9_-]+$/,
    "Mention a member (urn:li:person:…) or an organization (urn:li:organization:…)",
  );

export const textRunSchema = z.object({ type: z.literal("text"), text: z.string() });
export const mentionRunSchema = z.object({
  type: z.literal("mention"),
  urn: mentionUrnSchema,
  /** Shown in the post; organization mentions link only when it matches the Page name exactly (doc §7.7). */
  name: z.string().min(1, "A mention needs a name"),
});
export const hashtagRunSchema = z.object({
  type: z.literal("hashtag"),
  /** Without the `#`: letters and digits only. */
  tag: z.string().regex(HASHTAG_TAG, "A hashtag is letters and digits only, without #"),
});

export const commentaryRunSchema = z.discriminatedUnion("type", [
  textRunSchema,
  mentionRunSchema,
  hashtagRunSchema,
]);
export const commentaryDocumentSchema = z.array(commentaryRunSchema);

export type TextRun = z.infer<typeof textRunSchema>;
export type MentionRun = z.infer<typeof mentionRunSchema>;
export type HashtagRun = z.infer<typeof hashtagRunSchema>;
export type CommentaryRun = z.infer<typeof commentaryRunSchema>;
export type CommentaryDocument = z.infer<typeof commentaryDocumentSchema>;
