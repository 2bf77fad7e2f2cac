// LinkedIn refused the token (401 invalid, revoked or expired): every channel on the connection
// needs a reconnect, and the workspace is told once.
import { getDb } from "@/lib/db";

export async function markConnectionNeedsReconnect({
  connectionId,
  reason,
}: {
  connectionId: string;
  reason: string;
}) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const connection = await tx.linkedInConnection.findUnique({
      where: { id: connectionId },
      select: { workspaceId: true, status: true, memberName: true },
    });
    if (!connection || connection.status === "DISCONNECTED") return;
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
  });
}
