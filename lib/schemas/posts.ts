// A post as the composer sends it, checked the same way in the browser and on the server.
// LinkedIn's rules (length, content kinds) come from lib/linkedin so there is one source.
import { z } from "zod";
import { boundedCommentaryDocumentSchema, countCommentary } from "@/lib/linkedin/commentary";

const id = z.string().min(1).max(64);

export const textContentSchema = z.object({ kind: z.literal("TEXT") });

/** More kinds (images, video, document, article) join this union as the composer grows. */
export const postContentSchema = z.discriminatedUnion("kind", [textContentSchema]);

export const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "Unknown time zone.");

export const savePostSchema = z
  .object({
    postId: id.optional(),
    channelIds: z.array(id).min(1, "Choose at least one channel.").max(50),
    body: boundedCommentaryDocumentSchema,
    content: postContentSchema.default({ kind: "TEXT" }),
    intent: z.enum(["draft", "schedule"]),
    /** ISO 8601 instant; required to schedule. */
    scheduledAt: z.iso.datetime({ offset: true }).optional(),
    timeZone: timeZoneSchema.default("UTC"),
  })
  .superRefine((post, context) => {
    if (post.intent === "schedule") {
      if (!post.scheduledAt)
        context.addIssue({
          code: "custom",
          path: ["scheduledAt"],
          message: "Pick a date and time to schedule.",
        });
      if (countCommentary(post.body).visibleLength === 0) {
        context.addIssue({ code: "custom", path: ["body"], message: "Write something before scheduling." });
      }
    }
  });

export type SavePostInput = z.input<typeof savePostSchema>;
