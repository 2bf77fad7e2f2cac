// One post as the composer edits it: its text, content, time, channels and every media asset the
// content refers to, plus what the composer must know before letting anyone change it (a channel
// being published right now, channels already on LinkedIn that an edit will not reach).
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PostStatus, TargetState } from "@/lib/generated/prisma/enums";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import type { MediaAssetView } from "@/lib/schemas/media";
import { contentMedia, postContentSchema, type PostContent } from "@/lib/schemas/post-content";
import { toAssetView } from "@/lib/services/media/media-views";

/** A worker holds these (or LinkedIn's answer is not known yet): the post must not change now. */
export const IN_FLIGHT_STATES = [
  "CLAIMED",
  "UPLOADING_MEDIA",
  "WAITING_FOR_MEDIA",
  "CREATING_POST",
  "OUTCOME_UNKNOWN",
] as const satisfies readonly TargetState[];

export function isInFlight(state: TargetState): boolean {
  return (IN_FLIGHT_STATES as readonly TargetState[]).includes(state);
}

export type EditablePostTarget = {
  id: string;
  channelId: string;
  channelName: string;
  state: TargetState;
  lastError: string | null;
  linkedInUrn: string | null;
};

/** Already JSON-safe (dates as ISO strings): the route answers it as is. */
export type EditablePost = {
  id: string;
  status: PostStatus;
  revision: number;
  /** Channels of its targets. */
  channelIds: string[];
  body: CommentaryDocument;
  content: PostContent;
  scheduledAt: string | null;
  timeZone: string | null;
  /** Every asset `content` refers to, by id. */
  assets: Record<string, MediaAssetView>;
  targets: EditablePostTarget[];
  /** False while any target is being published (claimed, uploading, creating, outcome unknown). */
  editable: boolean;
  /** Targets already PUBLISHED: an edit will not reach them. */
  publishedChannelIds: string[];
};

export async function getPost({
  workspaceId,
  postId,
}: {
  workspaceId: string;
  postId: string;
}): Promise<EditablePost> {
  const db = await getDb();
  const post = await db.post.findFirst({
    // An archived post was removed from Cadence: it is not there to edit.
    where: { id: postId, workspaceId, status: { not: "ARCHIVED" } },
    select: {
      id: true,
      status: true,
      revision: true,
      body: true,
      content: true,
      scheduledAt: true,
      timeZone: true,
      targets: {
        select: {
          id: true,
          channelId: true,
          state: true,
          lastError: true,
          linkedInUrn: true,
          channel: { select: { name: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!post) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");

  // Posts saved before content existed have none: they are text posts.
  const content = postContentSchema.parse(post.content ?? { kind: "TEXT" });
  const assetIds = [...new Set(contentMedia(content).map((item) => item.assetId))];
  const assets = assetIds.length
    ? await db.mediaAsset.findMany({ where: { workspaceId, id: { in: assetIds } } })
    : [];

  return {
    id: post.id,
    status: post.status,
    revision: post.revision,
    channelIds: post.targets.map((target) => target.channelId),
    body: post.body as CommentaryDocument,
    content,
    scheduledAt: post.scheduledAt?.toISOString() ?? null,
    timeZone: post.timeZone,
    assets: Object.fromEntries(assets.map((asset) => [asset.id, toAssetView(asset)])),
    targets: post.targets.map((target) => ({
      id: target.id,
      channelId: target.channelId,
      channelName: target.channel.name,
      state: target.state,
      lastError: target.lastError,
      linkedInUrn: target.linkedInUrn,
    })),
    editable: !post.targets.some((target) => isInFlight(target.state)),
    publishedChannelIds: post.targets
      .filter((target) => target.state === "PUBLISHED")
      .map((target) => target.channelId),
  };
}
