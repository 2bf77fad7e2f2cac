// What POST and PATCH /api/v1/posts accept. The smallest body is the seed's
//   {"post":{"body":"We just shipped…"},"profiles":["linkedin"],"media":["https://…/video.mp4"]}
// and everything else is optional. Objects are strict, so a misspelt field ("schedule_at") is
// refused by name instead of silently ignored. LinkedIn's limits come from the same constants the
// composer uses; which kind of post the media makes is decided after their bytes are read.
import { z } from "zod";
import { countCommentary, COMMENTARY_MAX_LENGTH, mentionUrnSchema } from "@/lib/linkedin/commentary";
import { ALT_TEXT_MAX_LENGTH, MULTI_IMAGE_MAX } from "@/lib/linkedin/posts/post-limits";
import { textToCommentary } from "@/lib/composer/text-to-commentary";
import {
  ARTICLE_DESCRIPTION_MAX_LENGTH,
  httpUrlSchema,
  MEDIA_TITLE_MAX_LENGTH,
} from "@/lib/schemas/post-content";
import { instantSchema, timeZoneSchema } from "@/lib/schemas/posts";

const url = httpUrlSchema.meta({ format: "uri" });
import { resourceIdSchema as id } from "../resource-id";

const title = (what: string) =>
  z
    .string()
    .trim()
    .max(MEDIA_TITLE_MAX_LENGTH, `The ${what} can be at most ${MEDIA_TITLE_MAX_LENGTH} characters.`);

export const mediaItemSchema = z
  .union([
    httpUrlSchema.meta({ format: "uri", example: "https://example.com/video.mp4" }),
    z.strictObject({
      url,
      alt_text: z
        .string()
        .max(ALT_TEXT_MAX_LENGTH, `Alt text can be at most ${ALT_TEXT_MAX_LENGTH} characters.`)
        .optional()
        .meta({ description: "Images: read aloud by screen readers." }),
      title: title("title").optional().meta({
        description: "Videos and documents: the title LinkedIn shows. Documents default to the file name.",
      }),
      thumbnail_url: url.optional().meta({ description: "Videos: a JPG or PNG shown before playing." }),
      captions_url: url.optional().meta({ description: "Videos: an SRT captions file." }),
    }),
  ])
  .meta({
    id: "MediaItem",
    description:
      "A URL Cadence downloads, or an object with the URL and its details. Media are 1–20 images, one video or one document (PDF, PPT, PPTX, DOC, DOCX).",
  });

export const linkCardSchema = z
  .strictObject({
    url,
    title: title("link title").min(1, "Give the link card a title; LinkedIn does not fetch one."),
    description: z
      .string()
      .trim()
      .max(ARTICLE_DESCRIPTION_MAX_LENGTH, `The description can be at most ${ARTICLE_DESCRIPTION_MAX_LENGTH} characters.`)
      .optional(),
    thumbnail_url: url.optional(),
  })
  .meta({
    id: "LinkCard",
    description: "A link card. LinkedIn never fetches the page: the card shows exactly these fields.",
  });

const mentionSchema = z.strictObject({
  urn: mentionUrnSchema,
  name: z.string().min(1).max(200).meta({ description: "Written in the text as @name." }),
});

export const postTextSchema = z
  .strictObject({
    body: z.string().meta({
      description: `Plain text, up to ${COMMENTARY_MAX_LENGTH} characters. Cadence escapes LinkedIn's reserved characters; #word becomes a hashtag.`,
      example: "We just shipped…",
    }),
    mentions: z
      .array(mentionSchema)
      .max(50)
      .optional()
      .meta({ description: "Members or Pages to mention: each `@name` in the body becomes a mention." }),
  })
  .superRefine((post, context) => {
    const length = countCommentary(textToCommentary(post.body, post.mentions)).length;
    if (length > COMMENTARY_MAX_LENGTH)
      context.addIssue({
        code: "custom",
        path: ["body"],
        message: `The text is ${length} characters long; LinkedIn allows ${COMMENTARY_MAX_LENGTH}.`,
      });
  });

const placement = {
  profiles: z
    .array(z.literal("linkedin", { error: 'The only profile is "linkedin".' }))
    .min(1)
    .max(1)
    .optional()
    .meta({ description: '["linkedin"]: every LinkedIn channel of the workspace.' }),
  channels: z
    .array(id)
    .min(1, "Name at least one channel.")
    .max(50)
    .optional()
    .meta({ description: "Channel ids (GET /api/v1/channels), instead of profiles." }),
};

const timing = {
  scheduled_at: instantSchema
    .optional()
    .meta({ description: "When to publish. Omitted: now (unless draft)." }),
  draft: z.boolean().optional().meta({ description: "Keep it as a draft instead of publishing." }),
  time_zone: timeZoneSchema
    .optional()
    .meta({ description: "IANA zone the time is shown in, in Cadence. Default: the workspace's." }),
};

const media = z
  .array(mediaItemSchema)
  .max(MULTI_IMAGE_MAX, `A post can have at most ${MULTI_IMAGE_MAX} media items.`);

type Rules = {
  post?: { body: string; mentions?: unknown[] };
  media?: unknown[];
  link?: unknown;
  profiles?: unknown[];
  channels?: unknown[];
  draft?: boolean;
};

function checkCombination(value: Rules, context: z.RefinementCtx, { creating }: { creating: boolean }) {
  if (value.profiles && value.channels)
    context.addIssue({ code: "custom", path: ["channels"], message: "Give either profiles or channels, not both." });
  if (creating && !value.profiles && !value.channels)
    context.addIssue({
      code: "custom",
      path: ["profiles"],
      message: 'Say where to publish: "profiles": ["linkedin"] for every LinkedIn channel, or "channels" with channel ids.',
    });
  if (value.media?.length && value.link)
    context.addIssue({ code: "custom", path: ["link"], message: "A post carries media or a link card, not both." });
  if (
    creating &&
    !value.draft &&
    !value.media?.length &&
    !value.link &&
    value.post &&
    countCommentary(textToCommentary(value.post.body)).visibleLength === 0
  )
    context.addIssue({ code: "custom", path: ["post", "body"], message: "Write something or add media first." });
}

export const createPostRequestSchema = z
  .strictObject({
    post: postTextSchema,
    ...placement,
    media: media.optional(),
    link: linkCardSchema.optional(),
    ...timing,
  })
  .superRefine((value, context) => checkCombination(value, context, { creating: true }))
  .meta({
    id: "CreatePostRequest",
    example: {
      post: { body: "We just shipped…" },
      profiles: ["linkedin"],
      media: ["https://example.com/video.mp4"],
    },
  });

/** PATCH: only what changes. `media` or `link` replaces the post's content; [] / null removes it. */
export const updatePostRequestSchema = z
  .strictObject({
    post: postTextSchema.optional(),
    ...placement,
    media: media.optional(),
    link: linkCardSchema.nullable().optional(),
    ...timing,
  })
  .superRefine((value, context) => {
    checkCombination(value, context, { creating: false });
    if (Object.keys(value).length === 0)
      context.addIssue({ code: "custom", path: [], message: "Send at least one field to change." });
  })
  .meta({ id: "UpdatePostRequest" });

export type CreatePostRequest = z.output<typeof createPostRequestSchema>;
export type UpdatePostRequest = z.output<typeof updatePostRequestSchema>;
export type MediaItem = z.output<typeof mediaItemSchema>;
