// A post as the composer sends it, checked the same way in the browser and on the server.
// LinkedIn's rules (length, content kinds, image counts, alt text) come from lib/linkedin and
// lib/schemas/post-content so there is one source.
import { z } from "zod";
import { boundedCommentaryDocumentSchema, countCommentary } from "@/lib/linkedin/commentary";
import { postContentSchema } from "@/lib/schemas/post-content";

export { postContentSchema };

const id = z.string().min(1).max(64);

export const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Unknown time zone.");

/**
 * An ISO 8601 instant with its offset, within the years PostgreSQL and people mean (1970–9999):
 * "0000-01-01T00:00:00Z" is valid ISO but not a time anyone schedules, and the database refuses it.
 */
export const instantSchema = z.iso
  .datetime({ offset: true, error: "Give an ISO 8601 time with its offset, e.g. 2026-12-01T09:00:00+01:00." })
  .refine((value) => {
    const year = new Date(value).getUTCFullYear();
    return year >= 1970 && year <= 9999;
  }, "Give a time between the years 1970 and 9999.");

/** draft: keep it; schedule: at `scheduledAt`; publish: as soon as possible. */
export const POST_INTENTS = ["draft", "schedule", "publish"] as const;
export type PostIntent = (typeof POST_INTENTS)[number];

export const savePostSchema = z
  .object({
    postId: id.optional(),
    channelIds: z.array(id).min(1, "Choose at least one channel.").max(50),
    body: boundedCommentaryDocumentSchema,
    content: postContentSchema.default({ kind: "TEXT" }),
    intent: z.enum(POST_INTENTS),
    /** ISO 8601 instant; required to schedule. */
    scheduledAt: instantSchema.optional(),
    timeZone: timeZoneSchema.default("UTC"),
  })
  .superRefine((post, context) => {
    if (post.intent === "schedule" && !post.scheduledAt)
      context.addIssue({
        code: "custom",
        path: ["scheduledAt"],
        message: "Pick a date and time to schedule.",
      });
    // LinkedIn refuses a post with neither text nor content (doc §7.1).
    if (
      post.intent !== "draft" &&
      post.content.kind === "TEXT" &&
      countCommentary(post.body).visibleLength === 0
    ) {
      context.addIssue({ code: "custom", path: ["body"], message: "Write something or add media first." });
    }
  });

export type SavePostInput = z.input<typeof savePostSchema>;
