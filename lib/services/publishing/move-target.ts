// Every state change of a target goes through here: a conditional update (only from the states
// the caller expects, and, for a worker, only while it still holds the claim), an event row for
// the history, the post's summary status, and the webhook event of the move (published, failed,
// retry scheduled) in the outbox — in one transaction; the event's deliveries are woken after the
// commit. Returns false when the target was not in an expected state (someone else moved it): the
// caller must then stop.
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TargetState } from "@/lib/generated/prisma/enums";
import { summarizePostStatus } from "@/lib/publishing/post-status";
import { postEventTypeFor, readPostEventData } from "@/lib/services/webhooks/post-event-data";
import { WebhookOutbox } from "@/lib/services/webhooks/webhook-outbox";

export type TargetChange = {
  targetId: string;
  from: readonly TargetState[];
  to: TargetState;
  /** Only while this worker still holds the claim. */
  claimedBy?: string;
  /** Further conditions (e.g. the post's revision and due time when claiming). */
  where?: Prisma.PostTargetWhereInput;
  data?: Omit<Prisma.PostTargetUpdateManyMutationInput, "state">;
  message?: string | null;
  /** No webhook event: an internal hand-over (a stopped worker's target released), not news. */
  silent?: boolean;
};

export async function moveTarget(change: TargetChange): Promise<boolean> {
  const db = await getDb();
  const outbox = new WebhookOutbox();
  const moved = await db.$transaction((tx) => moveTargetIn(tx, change, outbox));
  await outbox.wake();
  return moved;
}

/** Within the caller's transaction; the caller wakes `outbox` after committing (else the sweep does). */
export async function moveTargetIn(
  tx: Prisma.TransactionClient,
  change: TargetChange,
  /** Collects the move's webhook deliveries; the caller wakes them after its commit. */
  outbox: WebhookOutbox,
): Promise<boolean> {
  const current = await tx.postTarget.findUnique({
    where: { id: change.targetId },
    select: { state: true, postId: true, post: { select: { workspaceId: true } } },
  });
  if (!current) return false;
  const moved = await tx.postTarget.updateMany({
    where: {
      id: change.targetId,
      state: { in: [...change.from] },
      ...(change.claimedBy ? { claimedBy: change.claimedBy } : {}),
      ...change.where,
    },
    data: { ...change.data, state: change.to },
  });
  if (moved.count === 0) return false;
  await tx.targetEvent.create({
    data: {
      targetId: change.targetId,
      fromState: current.state,
      toState: change.to,
      message: change.message ?? null,
    },
  });
  await refreshPostStatus(tx, current.postId);
  const eventType = change.silent ? null : postEventTypeFor(change.to);
  if (eventType)
    await outbox.add(tx, {
      workspaceId: current.post.workspaceId,
      type: eventType,
      data: () => readPostEventData(tx, change.targetId),
    });
  return true;
}

export async function refreshPostStatus(tx: Prisma.TransactionClient, postId: string): Promise<void> {
  const targets = await tx.postTarget.findMany({ where: { postId }, select: { state: true } });
  await tx.post.update({
    where: { id: postId },
    data: { status: summarizePostStatus(targets.map((target) => target.state)) },
  });
}
