// Disconnecting keeps the channel and its history but stops publishing: its scheduled targets are
// paused with a visible reason, and when the connection serves no channel any more its tokens
// are deleted. Receivers of channel.disconnected hear of it once, when the channel was not
// already disconnected.
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { WebhookOutbox } from "@/lib/services/webhooks/webhook-outbox";

export const DISCONNECTED_REASON = "The channel was disconnected. Reconnect it to publish.";

export async function disconnectChannel({
  workspaceId,
  channelId,
}: {
  workspaceId: string;
  channelId: string;
}) {
  const db = await getDb();
  const outbox = new WebhookOutbox();
  const result = await db.$transaction(async (tx) => {
    const channel = await tx.channel.findFirst({
      where: { id: channelId, workspaceId },
      select: { id: true, connectionId: true, name: true, authorUrn: true, status: true },
    });
    if (!channel) throw new AppError("NOT_FOUND", "That channel does not exist in this workspace.");
    await tx.channel.update({
      where: { id: channel.id },
      data: { status: "DISCONNECTED", statusReason: DISCONNECTED_REASON, connectionId: null },
    });
    const paused = await tx.postTarget.updateMany({
      where: { channelId: channel.id, state: { in: ["SCHEDULED", "RETRY_WAIT"] } },
      data: { state: "PAUSED", lastError: DISCONNECTED_REASON, lastErrorCode: "CHANNEL_UNAVAILABLE" },
    });
    if (channel.connectionId) {
      const remaining = await tx.channel.count({ where: { connectionId: channel.connectionId } });
      if (remaining === 0) {
        await tx.linkedInConnection.update({
          where: { id: channel.connectionId },
          data: {
            status: "DISCONNECTED",
            accessTokenEnc: null,
            accessTokenExpiresAt: null,
            refreshTokenEnc: null,
            refreshTokenExpiresAt: null,
          },
        });
      }
    }
    if (channel.status !== "DISCONNECTED")
      await outbox.add(tx, {
        workspaceId,
        type: "channel.disconnected",
        data: {
          channel_id: channel.id,
          channel_name: channel.name,
          author_urn: channel.authorUrn,
          status: "DISCONNECTED",
          reason: DISCONNECTED_REASON,
        },
      });
    return { name: channel.name, pausedTargets: paused.count };
  });
  await outbox.wake();
  return result;
}
