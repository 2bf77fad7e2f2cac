// Saves a post written once for several channels: one Post row, one target per channel and its
// media in order (PostMedia). Editing bumps the revision, so a publish job queued for the old
// version does nothing. Edits apply to the channels not yet published (so a failed channel can be
// fixed and retried); while a channel is being published the post cannot change under it.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { contentKindColumn, type PostContent } from "@/lib/schemas/post-content";
import type { PostIntent } from "@/lib/schemas/posts";
import { checkPostMedia } from "@/lib/services/posts/check-post-media";
import { IN_FLIGHT_STATES } from "@/lib/services/posts/get-post";
import { logger } from "@/lib/logger";
import { wakePost } from "@/lib/services/publishing/wake-targets";

export type SavePostOptions = {
  workspaceId: string;
  /** Who wrote it; null for posts made through the API with a key whose maker has left. */
  userId: string | null;
  postId?: string;
  channelIds: string[];
  body: CommentaryDocument;
  content: PostContent;
  intent: PostIntent;
  scheduledAt?: string;
  /** The zone the time was picked in; kept so editing shows the same wall-clock time. */
  timeZone?: string;
  now?: Date;
};

/** Target states a save may still change. */
const EDITABLE = ["DRAFT", "SCHEDULED", "PAUSED", "FAILED", "CANCELLED", "RETRY_WAIT"] as const;

export async function savePost(options: SavePostOptions) {
  const db = await getDb();
  const now = options.now ?? clockNow();
  const scheduledAt =
    options.intent === "publish" ? now : options.scheduledAt ? new Date(options.scheduledAt) : null;
  if (options.intent === "schedule" && (!scheduledAt || scheduledAt.getTime() < now.getTime() - 60_000)) {
    throw new AppError("VALIDATION", "Pick a time in the future.", {
      fieldErrors: { scheduledAt: ["That time has passed."] },
    });
  }
  const channelIds = [...new Set(options.channelIds)];
  const channels = await db.channel.findMany({
    where: { id: { in: channelIds }, workspaceId: options.workspaceId },
    select: { id: true, name: true, status: true },
  });
  if (channels.length !== channelIds.length)
    throw new AppError("NOT_FOUND", "One of the chosen channels does not exist in this workspace.");
  const unavailable = channels.filter((channel) => channel.status !== "HEALTHY");
  if (options.intent !== "draft" && unavailable.length) {
    throw new AppError(
      "CONFLICT",
      `Reconnect ${unavailable.map((c) => c.name).join(", ")} before scheduling to it.`,
      {
        fieldErrors: { channelIds: ["Some channels need to be reconnected."] },
      },
    );
  }
  const targetState = options.intent === "draft" ? "DRAFT" : "SCHEDULED";
  const data = {
    status: targetState,
    contentKind: contentKindColumn(options.content),
    body: options.body,
    content: options.content,
    scheduledAt,
    timeZone: options.timeZone ?? null,
  } as const;

  const saved = await db.$transaction(async (tx) => {
    let postId = options.postId;
    if (postId) {
      const existing = await tx.post.findFirst({
        where: { id: postId, workspaceId: options.workspaceId },
        select: { id: true },
      });
      if (!existing) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");
      const live = await tx.postTarget.count({ where: { postId, state: { in: [...IN_FLIGHT_STATES] } } });
      if (live > 0)
        throw new AppError(
          "CONFLICT",
          "This post is being published right now. Wait for it to finish, then edit it.",
        );
      await tx.post.update({ where: { id: postId }, data: { ...data, revision: { increment: 1 } } });
      await tx.postTarget.deleteMany({
        where: { postId, channelId: { notIn: channelIds }, state: { in: [...EDITABLE] } },
      });
      await tx.postTarget.updateMany({
        where: { postId, channelId: { in: channelIds }, state: { in: [...EDITABLE] } },
        data: { state: targetState, lastError: null, lastErrorCode: null, nextAttemptAt: null },
      });
    } else {
      postId = (
        await tx.post.create({
          data: { ...data, workspaceId: options.workspaceId, createdById: options.userId },
          select: { id: true },
        })
      ).id;
    }
    const media = await checkPostMedia(tx, options.workspaceId, options.content);
    await tx.postMedia.deleteMany({ where: { postId } });
    if (media.length)
      await tx.postMedia.createMany({
        data: media.map((item) => ({
          postId: postId!,
          assetId: item.assetId,
          role: item.role,
          position: item.position,
          altText: item.altText || null,
          title: item.title || null,
        })),
      });
    const existingTargets = new Set(
      (await tx.postTarget.findMany({ where: { postId }, select: { channelId: true } })).map(
        (t) => t.channelId,
      ),
    );
    const missing = channelIds.filter((channelId) => !existingTargets.has(channelId));
    if (missing.length)
      await tx.postTarget.createMany({
        data: missing.map((channelId) => ({ postId: postId!, channelId, state: targetState })),
      });
    return { postId: postId!, status: targetState };
  });
  // A scheduled post is woken at its time (now, for "publish now") by the publishing worker. The
  // post is saved by now: if the wake-up cannot be queued, the workers' sweep finds it when due,
  // and the save must not be reported as failed (a retry would make a second post).
  if (saved.status === "SCHEDULED")
    await wakePost(saved.postId).catch((error) =>
      logger.warn("could not queue the wake-up of a saved post; the sweep will", {
        postId: saved.postId,
        error: String(error),
      }),
    );
  return saved;
}
