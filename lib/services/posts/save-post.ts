// Saves a post written once for several channels: one Post row and one target per channel.
// Editing bumps the revision, so a publish job queued for the old version does nothing;
// targets already published or in flight are left alone.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import type { z } from "zod";
import type { postContentSchema } from "@/lib/schemas/posts";

export type SavePostOptions = {
  workspaceId: string;
  userId: string;
  postId?: string;
  channelIds: string[];
  body: CommentaryDocument;
  content: z.infer<typeof postContentSchema>;
  intent: "draft" | "schedule";
  scheduledAt?: string;
  now?: Date;
};

/** Target states a save may still change; anything else already reached LinkedIn (or is trying). */
const EDITABLE = ["DRAFT", "SCHEDULED", "PAUSED", "FAILED", "CANCELLED"] as const;

export async function savePost(options: SavePostOptions) {
  const db = await getDb();
  const now = options.now ?? clockNow();
  const scheduledAt = options.scheduledAt ? new Date(options.scheduledAt) : null;
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
  if (options.intent === "schedule" && unavailable.length) {
    throw new AppError(
      "CONFLICT",
      `Reconnect ${unavailable.map((c) => c.name).join(", ")} before scheduling to it.`,
      {
        fieldErrors: { channelIds: ["Some channels need to be reconnected."] },
      },
    );
  }
  const targetState = options.intent === "schedule" ? "SCHEDULED" : "DRAFT";
  const data = {
    status: targetState,
    contentKind: options.content.kind,
    body: options.body,
    content: options.content,
    scheduledAt,
  } as const;

  return db.$transaction(async (tx) => {
    let postId = options.postId;
    if (postId) {
      const existing = await tx.post.findFirst({
        where: { id: postId, workspaceId: options.workspaceId },
        select: { id: true },
      });
      if (!existing) throw new AppError("NOT_FOUND", "That post does not exist in this workspace.");
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
}
