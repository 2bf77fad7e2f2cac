// The Posts page: newest first, each with its per-channel targets and a small thumbnail. One
// query: only the first PRIMARY and THUMBNAIL media rows are joined, the rest are only counted.
// Filters pick posts with at least one target in the given states (on the given channel); the
// post is still listed with all its targets, so each row shows the whole picture.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TargetState } from "@/lib/generated/prisma/enums";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { linkedInPostUrl } from "@/lib/linkedin/post-link";
import { mediaFileUrl } from "@/lib/services/media/media-views";
import { isInFlight } from "@/lib/services/posts/get-post";

type FirstMedia = { role: "PRIMARY" | "THUMBNAIL" | "CAPTIONS"; asset: { id: string; kind: string } };

/** The first image, or the video's (or link card's) thumbnail; null when there is no picture. */
function thumbnailOf(media: FirstMedia[]): string | null {
  const picture =
    media.find((item) => item.role === "PRIMARY" && item.asset.kind === "IMAGE") ??
    media.find((item) => item.role === "THUMBNAIL" && item.asset.kind === "IMAGE");
  return picture ? mediaFileUrl(picture.asset.id) : null;
}

/** Targets someone should look at: failed, paused, waiting to retry, or with an unknown outcome. */
export const NEEDS_ATTENTION_STATES = [
  "FAILED",
  "PAUSED",
  "RETRY_WAIT",
  "OUTCOME_UNKNOWN",
] as const satisfies readonly TargetState[];

/** The Posts page's state filters (the `state` search parameter), as target states. */
export const POST_STATE_FILTERS = {
  /** Waiting for their time, or on their way to LinkedIn right now. */
  scheduled: ["SCHEDULED", "CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA", "CREATING_POST"],
  published: ["PUBLISHED"],
  "needs-attention": "needs-attention",
  /** Cancelled targets belong to a post that went back to being a draft. */
  drafts: ["DRAFT", "CANCELLED"],
} as const satisfies Record<string, readonly TargetState[] | "needs-attention">;

export type PostStateFilter = keyof typeof POST_STATE_FILTERS;

export const isPostStateFilter = (value: string): value is PostStateFilter => value in POST_STATE_FILTERS;

/** What `listPosts` filters on for a page filter, or for one target state. */
export function statesFor(filter: PostStateFilter | TargetState): ListPostsOptions["states"] {
  return isPostStateFilter(filter) ? POST_STATE_FILTERS[filter] : [filter];
}

export type ListPostsOptions = {
  workspaceId: string;
  take?: number;
  states?: readonly TargetState[] | "needs-attention";
  channelId?: string;
};

function targetFilter({ states, channelId }: ListPostsOptions): Prisma.PostTargetWhereInput | null {
  if (!states && !channelId) return null;
  const wanted = states === "needs-attention" ? NEEDS_ATTENTION_STATES : states;
  return {
    ...(wanted ? { state: { in: [...wanted] } } : {}),
    ...(channelId ? { channelId } : {}),
  };
}

export async function listPosts(options: ListPostsOptions) {
  const { workspaceId, take = 100 } = options;
  const db = await getDb();
  const targetWhere = targetFilter(options);
  const posts = await db.post.findMany({
    where: {
      workspaceId,
      status: { not: "ARCHIVED" },
      ...(targetWhere ? { targets: { some: targetWhere } } : {}),
    },
    orderBy: [{ scheduledAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
    take,
    select: {
      id: true,
      status: true,
      contentKind: true,
      body: true,
      scheduledAt: true,
      updatedAt: true,
      targets: {
        select: {
          id: true,
          state: true,
          attempts: true,
          nextAttemptAt: true,
          lastError: true,
          lastErrorCode: true,
          linkedInUrn: true,
          publishedAt: true,
          channel: { select: { id: true, name: true, logoUrl: true, kind: true, status: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      media: {
        where: { position: 0, role: { in: ["PRIMARY", "THUMBNAIL"] } },
        select: { role: true, asset: { select: { id: true, kind: true } } },
      },
      _count: { select: { media: { where: { role: "PRIMARY" } } } },
    },
  });
  return posts.map(({ media, _count, targets, ...post }) => ({
    ...post,
    targets: targets.map((target) => ({
      ...target,
      /** Where people read it on LinkedIn (the sandbox's page in sandbox mode); null until published. */
      url: target.state === "PUBLISHED" && target.linkedInUrn ? linkedInPostUrl(target.linkedInUrn) : null,
    })),
    body: post.body as CommentaryDocument,
    thumbnailUrl: thumbnailOf(media),
    /** Images, or the one video or document; thumbnails and captions are not counted. */
    mediaCount: _count.media,
    /** False while a channel is being published: the composer would refuse the edit. */
    editable: !targets.some((target) => isInFlight(target.state)),
  }));
}

export type PostListItem = Awaited<ReturnType<typeof listPosts>>[number];
