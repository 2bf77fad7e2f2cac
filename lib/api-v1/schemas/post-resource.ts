// What /api/v1 answers about posts and channels. Enum values are the database's, lower-cased, so
// new states read the same way everywhere ("retry_wait", "partially_published").
import { z } from "zod";
import { ChannelKind, ChannelStatus, ContentKind, MediaKind, PostStatus, TargetState } from "@/lib/generated/prisma/enums";

const lower = <T extends Record<string, string>>(values: T) =>
  z.enum(Object.values(values).map((value) => value.toLowerCase()) as [string, ...string[]]);

const isoTime = z.iso.datetime({ offset: true });

export const targetResourceSchema = z
  .object({
    id: z.string(),
    channel: z.object({ id: z.string(), name: z.string(), kind: lower(ChannelKind) }),
    state: lower(TargetState).meta({
      description:
        "scheduled → claimed → uploading_media → waiting_for_media → creating_post → published; or retry_wait, failed, paused (channel needs reconnecting), outcome_unknown (Cadence is checking whether LinkedIn made the post), cancelled, draft.",
    }),
    attempts: z.number().int(),
    next_attempt_at: isoTime.nullable(),
    published_at: isoTime.nullable(),
    linkedin_urn: z.string().nullable().meta({ example: "urn:li:share:7000000000000000001" }),
    linkedin_url: z.string().nullable(),
    error: z
      .object({ code: z.string(), title: z.string(), message: z.string(), fix: z.string() })
      .nullable()
      .meta({ description: "Why it did not publish (yet), and what to do about it." }),
  })
  .meta({ id: "Target", description: "The post on one channel." });

export const mediaResourceSchema = z
  .object({
    id: z.string(),
    role: z.enum(["primary", "thumbnail", "captions"]),
    kind: lower(MediaKind),
    file_name: z.string(),
    mime_type: z.string(),
    size_bytes: z.number().int(),
    alt_text: z.string().nullable(),
    title: z.string().nullable(),
  })
  .meta({ id: "Media" });

export const postResourceSchema = z
  .object({
    id: z.string(),
    status: lower(PostStatus),
    kind: lower(ContentKind),
    post: z.object({ body: z.string() }),
    media: z.array(mediaResourceSchema),
    link: z
      .object({ url: z.string(), title: z.string(), description: z.string(), thumbnail_media_id: z.string().nullable() })
      .nullable(),
    scheduled_at: isoTime.nullable(),
    time_zone: z.string().nullable(),
    created_at: isoTime,
    updated_at: isoTime,
    targets: z.array(targetResourceSchema),
  })
  .meta({ id: "Post" });

export const postListSchema = z
  .object({
    data: z.array(postResourceSchema),
    next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last." }),
  })
  .meta({ id: "PostList" });

export const postStatsSchema = z
  .object({
    post_id: z.string(),
    targets: z.array(
      z.object({
        target_id: z.string(),
        channel_id: z.string(),
        linkedin_urn: z.string().nullable(),
        available: z.boolean().meta({
          description:
            "False until the post is published and a statistics sync has read it, and for member profiles (LinkedIn offers no member post statistics to this kind of app).",
        }),
        synced_at: isoTime.nullable(),
        impressions: z.number().int().nullable(),
        unique_impressions: z.number().int().nullable(),
        clicks: z.number().int().nullable(),
        reactions: z.number().int().nullable(),
        comments: z.number().int().nullable(),
        reposts: z.number().int().nullable(),
        engagement_rate: z.number().nullable().meta({ description: "LinkedIn's engagement, a fraction." }),
      }),
    ),
  })
  .meta({ id: "PostStats" });

export const channelResourceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: lower(ChannelKind),
    author_urn: z.string(),
    vanity_name: z.string().nullable(),
    status: lower(ChannelStatus),
    status_reason: z.string().nullable(),
    can_publish: z.boolean(),
    can_read_statistics: z.boolean(),
    access_expires_at: isoTime.nullable(),
  })
  .meta({ id: "Channel" });

export const channelListSchema = z.object({ data: z.array(channelResourceSchema) }).meta({ id: "ChannelList" });

export const deletePostResultSchema = z
  .object({
    id: z.string(),
    outcome: z.enum(["deleted", "archived"]).meta({
      description: "deleted: gone from Cadence. archived: copies remain on LinkedIn and keep their statistics.",
    }),
    detail: z.string(),
    remote: z
      .array(
        z.object({
          target_id: z.string(),
          linkedin_urn: z.string(),
          deleted: z.boolean(),
          error: z.string().nullable(),
        }),
      )
      .meta({ description: "With ?remote=true: each LinkedIn copy and whether it was deleted." }),
  })
  .meta({ id: "DeletePostResult" });

export type PostResource = z.infer<typeof postResourceSchema>;
export type TargetResource = z.infer<typeof targetResourceSchema>;
export type ChannelResource = z.infer<typeof channelResourceSchema>;
export type PostStats = z.infer<typeof postStatsSchema>;
export type DeletePostResult = z.infer<typeof deletePostResultSchema>;
