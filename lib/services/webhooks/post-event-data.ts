// The data of post.* webhook events, read from the target as the state change left it (inside
// that change's transaction, so it is exactly what was committed).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TargetState } from "@/lib/generated/prisma/enums";
import { linkedInPostUrl } from "@/lib/linkedin/post-link";
import type { PostEventData, WebhookEventType } from "@/lib/webhooks/webhook-events";

type PostEventType = Extract<WebhookEventType, `post.${string}`>;

/** Which target moves are webhook events. Every move to RETRY_WAIT is one: backoff and quota waits alike. */
const EVENT_OF_STATE: Partial<Record<TargetState, PostEventType>> = {
  PUBLISHED: "post.published",
  FAILED: "post.failed",
  RETRY_WAIT: "post.retry_scheduled",
};

export function postEventTypeFor(state: TargetState): PostEventType | null {
  return EVENT_OF_STATE[state] ?? null;
}

export async function readPostEventData(
  tx: Prisma.TransactionClient,
  targetId: string,
): Promise<PostEventData | null> {
  const target = await tx.postTarget.findUnique({
    where: { id: targetId },
    select: {
      id: true,
      postId: true,
      state: true,
      linkedInUrn: true,
      lastError: true,
      lastErrorCode: true,
      nextAttemptAt: true,
      channel: { select: { id: true, name: true } },
    },
  });
  if (!target || (target.state !== "PUBLISHED" && target.state !== "FAILED" && target.state !== "RETRY_WAIT"))
    return null;
  const published = target.state === "PUBLISHED";
  return {
    post_id: target.postId,
    target_id: target.id,
    channel_id: target.channel.id,
    channel_name: target.channel.name,
    state: target.state,
    linkedin_urn: target.linkedInUrn,
    linkedin_url: published && target.linkedInUrn ? linkedInPostUrl(target.linkedInUrn) : null,
    // A published target keeps no error; a retry's error is why it waits.
    error_code: published ? null : target.lastErrorCode,
    error: published ? null : target.lastError,
    retry_at: target.state === "RETRY_WAIT" ? (target.nextAttemptAt?.toISOString() ?? null) : null,
  };
}
