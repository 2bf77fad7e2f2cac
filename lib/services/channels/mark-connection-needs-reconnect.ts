// LinkedIn refused the token (401 invalid, revoked or expired): every channel on the connection
// needs a reconnect, and the workspace is told once (in the bell, and as a channel.disconnected
// webhook event for each channel that was healthy until now).
import { getDb } from "@/lib/db";
import { WebhookOutbox } from "@/lib/services/webhooks/webhook-outbox";

export async function markConnectionNeedsReconnect({
  connectionId,
  reason,
}: {
  connectionId: string;
  reason: string;
}) {
  const db = await getDb();
  const outbox = new WebhookOutbox();
  await db.$transaction(async (tx) => {
    const connection = await tx.linkedInConnection.findUnique({
      where: { id: connectionId },
      select: { workspaceId: true, status: true, memberName: true },
    });
    if (!connection || connection.status === "DISCONNECTED") return;
    // Read before the update: only channels that change state are news to a receiver.
    const newlyBroken = await tx.channel.findMany({
      where: { connectionId, status: "HEALTHY" },
      select: { id: true, name: true, authorUrn: true },
    });
    await tx.linkedInConnection.update({ where: { id: connectionId }, data: { status: "NEEDS_RECONNECT" } });
    await tx.channel.updateMany({
      where: { connectionId, status: { not: "DISCONNECTED" } },
      data: { status: "NEEDS_RECONNECT", statusReason: reason, lastErrorAt: new Date(), lastError: reason },
    });
    // Their waiting posts pause (visibly, with the reason) until the account is reconnected.
    await tx.postTarget.updateMany({
      where: { channel: { connectionId }, state: { in: ["SCHEDULED", "RETRY_WAIT"] } },
      data: { state: "PAUSED", lastError: reason, lastErrorCode: "TOKEN_INVALID" },
    });
    if (connection.status !== "NEEDS_RECONNECT") {
      await tx.notification.create({
        data: {
          workspaceId: connection.workspaceId,
          level: "ERROR",
          kind: "connection.needs_reconnect",
          title: `Reconnect ${connection.memberName}'s LinkedIn account`,
          body: `${reason} Scheduled posts on its channels will not go out until it is reconnected.`,
          href: "/channels",
        },
      });
    }
    for (const channel of newlyBroken)
      await outbox.add(tx, {
        workspaceId: connection.workspaceId,
        type: "channel.disconnected",
        data: {
          channel_id: channel.id,
          channel_name: channel.name,
          author_urn: channel.authorUrn,
          status: "NEEDS_RECONNECT",
          reason,
        },
      });
  });
  await outbox.wake();
}
