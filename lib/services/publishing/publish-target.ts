// Publishes one target (one post on one channel) through the state machine of architecture.md:
// claim → upload media for this author (reused when already there) → wait until LinkedIn has
// processed it → create the post → published. Every step is a conditional move, so two workers,
// a stale job or an edited post can never publish twice: the loser of a move stops.
//
// LinkedIn has no idempotency key, so a create whose answer is unknown (timeout, dropped
// connection, 5xx, a crash) is never retried blindly: the target becomes OUTCOME_UNKNOWN and the
// next attempt first looks for the post among the author's recent posts. A 422 duplicate means
// the post already exists: it is recorded as published with the URN LinkedIn names.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { TargetState } from "@/lib/generated/prisma/enums";
import { workerId as thisWorker } from "@/lib/jobs/worker-identity";
import {
  createPost,
  findRecentPostByCommentary,
  isLinkedInError,
  LinkedInDuplicateError,
  type LinkedInClient,
  type OrganizationUrn,
  type PersonUrn,
} from "@/lib/linkedin";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { logger } from "@/lib/logger";
import type { FailureCode } from "@/lib/publishing/failure-codes";
import { retryDelayMs } from "@/lib/publishing/retry-policy";
import { postContentSchema } from "@/lib/schemas/post-content";
import { getConnectionClient } from "@/lib/services/channels/get-connection-client";
import { markConnectionNeedsReconnect } from "@/lib/services/channels/mark-connection-needs-reconnect";
import { refreshConnectionToken } from "@/lib/services/channels/refresh-connection-token";
import { buildCreateInput } from "@/lib/services/publishing/build-create-input";
import { classifyFailure, type FailureOutcome } from "@/lib/services/publishing/classify-failure";
import { moveTarget } from "@/lib/services/publishing/move-target";
import { notifyTarget } from "@/lib/services/publishing/notify-target";
import { MediaMissingError, uploadPostMedia } from "@/lib/services/publishing/upload-post-media";
import { wakeTargets } from "@/lib/services/publishing/wake-targets";

const CLAIMABLE: TargetState[] = ["SCHEDULED", "RETRY_WAIT", "OUTCOME_UNKNOWN"];
const WORKING: TargetState[] = ["CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA"];

export type PublishResult = "published" | "skipped" | "retry" | "failed" | "paused" | "unknown-outcome";

export type PublishOptions = {
  targetId: string;
  revision: number;
  workerId?: string;
  /** For tests: a client instead of the channel's stored connection. */
  client?: LinkedInClient;
};

export async function publishTarget(options: PublishOptions): Promise<PublishResult> {
  const db = await getDb();
  const worker = options.workerId ?? thisWorker;
  const now = clockNow();
  const target = await db.postTarget.findUnique({
    where: { id: options.targetId },
    include: {
      channel: true,
      post: { include: { media: { include: { asset: true }, orderBy: { position: "asc" } } } },
    },
  });
  if (!target || !CLAIMABLE.includes(target.state)) return "skipped";
  const { post, channel } = target;
  if (post.revision !== options.revision) return "skipped";

  if (channel.status !== "HEALTHY" || !channel.connectionId) {
    await moveTarget({
      targetId: target.id,
      from: ["SCHEDULED", "RETRY_WAIT"],
      to: "PAUSED",
      data: {
        lastError: channel.statusReason ?? "The channel needs to be reconnected.",
        lastErrorCode: "CHANNEL_UNAVAILABLE",
      },
      message: "Paused: the channel needs attention.",
    });
    return "paused";
  }

  // The claim: only a due target of this revision, from a claimable state, by one worker.
  const reconciling = target.state === "OUTCOME_UNKNOWN";
  const attemptedAt = target.claimedAt ?? post.scheduledAt ?? now;
  const claimed = await moveTarget({
    targetId: target.id,
    from: [target.state],
    to: "CLAIMED",
    where: {
      post: { revision: options.revision, scheduledAt: { lte: now } },
      OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
    },
    data: {
      claimedRevision: options.revision,
      claimedAt: now,
      claimedBy: worker,
      attempts: { increment: 1 },
    },
    message: reconciling ? "Checking LinkedIn for the post whose creation had no answer." : null,
  });
  if (!claimed) return "skipped";

  const step = (from: TargetState[], to: TargetState, message?: string) =>
    moveTarget({ targetId: target.id, from, to, claimedBy: worker, message });
  let creating = false;
  try {
    const client = options.client ?? (await clientFor(post.workspaceId, channel.connectionId));
    const content = postContentSchema.parse(post.content ?? { kind: "TEXT" });
    const author = channel.authorUrn as PersonUrn | OrganizationUrn;

    await step(["CLAIMED"], "UPLOADING_MEDIA");
    const urns = await uploadPostMedia({
      client,
      channelId: channel.id,
      owner: author,
      media: post.media,
      onWaiting: async () => {
        await step(["UPLOADING_MEDIA"], "WAITING_FOR_MEDIA");
      },
    });
    const input = buildCreateInput({ author, body: post.body as CommentaryDocument, content, urns });

    if (reconciling) {
      const found = await findExisting(client, input.commentary, author, attemptedAt);
      if (found)
        return await published(
          target.id,
          worker,
          found,
          "Found on LinkedIn: the earlier attempt did go through.",
        );
    }

    // Recorded before the call: a crash from here on leaves CREATING_POST, which the sweep turns
    // into OUTCOME_UNKNOWN and reconciles instead of posting again.
    if (!(await step(WORKING, "CREATING_POST"))) return "skipped";
    creating = true;
    const created = await createPost(client, input);
    return await published(target.id, worker, created.urn);
  } catch (error) {
    if (error instanceof LinkedInDuplicateError && error.existingUrn) {
      return published(target.id, worker, error.existingUrn, "LinkedIn already had this post (duplicate).");
    }
    if (error instanceof MediaMissingError) {
      return fail(target.id, worker, { kind: "fail", code: "MEDIA_MISSING", message: error.message });
    }
    const outcome = classifyFailure(error, { duringCreate: creating });
    logger.warn("publish attempt failed", {
      targetId: target.id,
      outcome: outcome.kind,
      error: isLinkedInError(error) ? `${error.kind}: ${error.message}` : String(error),
    });
    return handleFailure(
      target.id,
      worker,
      options.revision,
      channel.connectionId,
      outcome,
      target.attempts + 1,
    );
  }
}

async function clientFor(workspaceId: string, connectionId: string): Promise<LinkedInClient> {
  return (await getConnectionClient({ workspaceId, connectionId })).client;
}

async function findExisting(
  client: LinkedInClient,
  commentary: CommentaryDocument,
  author: PersonUrn | OrganizationUrn,
  since: Date,
): Promise<string | null> {
  try {
    const post = await findRecentPostByCommentary(client, { author, commentary, since });
    return post?.urn ?? null;
  } catch (error) {
    // Member posts can only be listed with r_member_social, which most apps lack. Creating again
    // is then safe only because LinkedIn answers a duplicate with 422 and the existing URN.
    if (isLinkedInError(error) && error.kind === "permission") return null;
    throw error;
  }
}

async function published(
  targetId: string,
  worker: string,
  urn: string,
  message?: string,
): Promise<PublishResult> {
  const moved = await moveTarget({
    targetId,
    from: ["CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA", "CREATING_POST"],
    to: "PUBLISHED",
    claimedBy: worker,
    data: {
      linkedInUrn: urn,
      publishedAt: clockNow(),
      lastError: null,
      lastErrorCode: null,
      nextAttemptAt: null,
    },
    message: message ?? null,
  });
  if (!moved) logger.error("published on LinkedIn but the target had moved", { targetId, urn });
  return "published";
}

async function fail(
  targetId: string,
  worker: string,
  outcome: Extract<FailureOutcome, { kind: "fail" }>,
): Promise<PublishResult> {
  await moveTarget({
    targetId,
    from: ["CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA", "CREATING_POST"],
    to: "FAILED",
    claimedBy: worker,
    data: { lastError: outcome.message, lastErrorCode: outcome.code, nextAttemptAt: null },
    message: outcome.message,
  });
  await notifyTarget(targetId, { type: "failed", code: outcome.code, message: outcome.message });
  return "failed";
}

async function retryLater(
  targetId: string,
  worker: string,
  revision: number,
  code: FailureCode,
  message: string,
  at: Date,
  { countsAsAttempt }: { countsAsAttempt: boolean },
): Promise<PublishResult> {
  await moveTarget({
    targetId,
    from: ["CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA", "CREATING_POST"],
    to: "RETRY_WAIT",
    claimedBy: worker,
    data: {
      lastError: message,
      lastErrorCode: code,
      nextAttemptAt: at,
      ...(countsAsAttempt ? {} : { attempts: { decrement: 1 } }),
    },
    message: `Will retry at ${at.toISOString()}.`,
  });
  await wakeTargets([{ targetId, revision, at }]);
  return "retry";
}

async function handleFailure(
  targetId: string,
  worker: string,
  revision: number,
  connectionId: string,
  outcome: FailureOutcome,
  attempts: number,
): Promise<PublishResult> {
  const { publishing } = getEnv();
  const now = clockNow();
  switch (outcome.kind) {
    case "unknown-outcome": {
      await moveTarget({
        targetId,
        from: ["CREATING_POST"],
        to: "OUTCOME_UNKNOWN",
        claimedBy: worker,
        data: { lastError: outcome.message, lastErrorCode: "TRANSIENT" },
        message: `${outcome.message} Checking LinkedIn before trying again.`,
      });
      const at = new Date(now.getTime() + retryDelayMs(Math.min(attempts, 3), publishing.retryBaseMs));
      const database = await getDb();
      await database.postTarget.updateMany({
        where: { id: targetId, state: "OUTCOME_UNKNOWN" },
        data: { nextAttemptAt: at },
      });
      await wakeTargets([{ targetId, revision, at }]);
      return "unknown-outcome";
    }
    case "retry": {
      if (outcome.code === "RATE_LIMITED" && outcome.retryAt) {
        await notifyTarget(targetId, { type: "waiting", retryAt: outcome.retryAt });
        return retryLater(targetId, worker, revision, outcome.code, outcome.message, outcome.retryAt, {
          countsAsAttempt: false,
        });
      }
      if (attempts >= publishing.maxAttempts) {
        return fail(targetId, worker, {
          kind: "fail",
          code: outcome.code,
          message: `${outcome.message} (gave up after ${attempts} attempts)`,
        });
      }
      const at = new Date(now.getTime() + retryDelayMs(attempts, publishing.retryBaseMs));
      return retryLater(targetId, worker, revision, outcome.code, outcome.message, at, {
        countsAsAttempt: true,
      });
    }
    case "token": {
      // One refresh; if LinkedIn renews the token the attempt is simply repeated.
      if ((await refreshConnectionToken(connectionId)) === "refreshed") {
        return retryLater(targetId, worker, revision, "TOKEN_INVALID", outcome.message, now, {
          countsAsAttempt: false,
        });
      }
      await markConnectionNeedsReconnect({ connectionId, reason: outcome.message });
      await moveTarget({
        targetId,
        from: ["CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA", "CREATING_POST"],
        to: "PAUSED",
        claimedBy: worker,
        data: { lastError: outcome.message, lastErrorCode: "TOKEN_INVALID" },
        message: outcome.message,
      });
      return "paused";
    }
    case "fail":
      return fail(targetId, worker, outcome);
  }
}
