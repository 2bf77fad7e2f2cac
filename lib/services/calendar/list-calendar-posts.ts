// The Calendar page: the workspace's posts due in [from, to) — drafts with a date included, archived
// posts not — each with what an event and its detail panel show: an excerpt, each channel's state
// (with a link to the published post), and a warning when a channel's LinkedIn access ends first.
import { now as clockNow } from "@/lib/clock";
import { commentaryToText } from "@/lib/composer/text-to-commentary";
import { getDb } from "@/lib/db";
import type { ChannelKind, ContentKind, PostStatus, TargetState } from "@/lib/generated/prisma/enums";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { linkedInPostUrl } from "@/lib/linkedin/post-link";
import { canReschedule } from "@/lib/services/calendar/reschedule-rules";
import { tokenWarningFor } from "@/lib/services/calendar/token-warning";
import { mediaFileUrl } from "@/lib/services/media/media-views";

/** Enough for the busiest 62 days anyone schedules; the calendar is not a bulk export. */
const MAX_POSTS = 1000;
const EXCERPT_LENGTH = 140;

export type CalendarPostTarget = {
  id: string;
  channel: { id: string; name: string; logoUrl: string | null; kind: ChannelKind };
  state: TargetState;
  lastError: string | null;
  linkedInUrn: string | null;
  /** Where people read the published post (LinkedIn, or the sandbox); null until published. */
  url: string | null;
};

/** JSON-safe (dates as ISO strings): the route answers it as is. */
export type CalendarPost = {
  id: string;
  /** The first line(s) of the text, cut at a word near EXCERPT_LENGTH characters. */
  excerpt: string;
  /** The whole text as the composer shows it (mentions as @Name, hashtags as #tag). */
  text: string;
  scheduledAt: string;
  /** The zone the time was picked in; null for posts saved without one. */
  timeZone: string | null;
  status: PostStatus;
  contentKind: ContentKind;
  thumbnailUrl: string | null;
  targets: CalendarPostTarget[];
  /** Why some channel will not work at the post's time, or null. */
  tokenWarning: string | null;
  /** False while a channel is being published or once every channel has it: it cannot move. */
  reschedulable: boolean;
};

type FirstMedia = { role: "PRIMARY" | "THUMBNAIL" | "CAPTIONS"; asset: { id: string; kind: string } };

/** The first image, or the video's (or link card's) thumbnail, as on the Posts page. */
function thumbnailOf(media: FirstMedia[]): string | null {
  const picture =
    media.find((item) => item.role === "PRIMARY" && item.asset.kind === "IMAGE") ??
    media.find((item) => item.role === "THUMBNAIL" && item.asset.kind === "IMAGE");
  return picture ? mediaFileUrl(picture.asset.id) : null;
}

export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, "")}…`;
}

export async function listCalendarPosts({
  workspaceId,
  from,
  to,
  now = clockNow(),
}: {
  workspaceId: string;
  from: Date;
  to: Date;
  now?: Date;
}): Promise<CalendarPost[]> {
  const db = await getDb();
  const posts = await db.post.findMany({
    where: { workspaceId, status: { not: "ARCHIVED" }, scheduledAt: { gte: from, lt: to } },
    orderBy: [{ scheduledAt: "asc" }, { createdAt: "asc" }],
    take: MAX_POSTS,
    select: {
      id: true,
      status: true,
      contentKind: true,
      body: true,
      scheduledAt: true,
      timeZone: true,
      workspace: { select: { timeZone: true } },
      targets: {
        select: {
          id: true,
          state: true,
          lastError: true,
          linkedInUrn: true,
          channel: {
            select: {
              id: true,
              name: true,
              logoUrl: true,
              kind: true,
              status: true,
              connection: {
                select: {
                  id: true,
                  status: true,
                  accessTokenExpiresAt: true,
                  refreshTokenExpiresAt: true,
                },
              },
            },
          },
        },
        // Targets of one save share a createdAt: the name keeps the logo row stable.
        orderBy: [{ createdAt: "asc" }, { channel: { name: "asc" } }],
      },
      media: {
        where: { position: 0, role: { in: ["PRIMARY", "THUMBNAIL"] } },
        select: { role: true, asset: { select: { id: true, kind: true } } },
      },
    },
  });

  return posts.map((post) => {
    // The range filter guarantees a date; the type does not know it.
    const scheduledAt = post.scheduledAt!;
    const text = commentaryToText(post.body as CommentaryDocument);
    const states = post.targets.map((target) => target.state);
    return {
      id: post.id,
      excerpt: excerptOf(text),
      text,
      scheduledAt: scheduledAt.toISOString(),
      timeZone: post.timeZone,
      status: post.status,
      contentKind: post.contentKind,
      thumbnailUrl: thumbnailOf(post.media),
      targets: post.targets.map((target) => ({
        id: target.id,
        channel: {
          id: target.channel.id,
          name: target.channel.name,
          logoUrl: target.channel.logoUrl,
          kind: target.channel.kind,
        },
        state: target.state,
        lastError: target.lastError,
        linkedInUrn: target.linkedInUrn,
        url: target.state === "PUBLISHED" && target.linkedInUrn ? linkedInPostUrl(target.linkedInUrn) : null,
      })),
      tokenWarning: tokenWarningFor({
        targets: post.targets,
        scheduledAt,
        timeZone: post.timeZone ?? post.workspace.timeZone,
        now,
      }),
      reschedulable: canReschedule(post.status, states),
    };
  });
}
