// Disconnecting keeps the channel and its history but stops publishing: its scheduled targets are
// paused with a visible reason, and when the connection serves no channel any more its tokens
// are deleted.
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const DISCONNECTED_REASON = "The channel was disconnected. Reconnect it to publish.";

export async function disconnectChannel({
  workspaceId,
  channelId,
}: {
  workspaceId: string;
  channelId: string;
}) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const channel = await tx.channel.findFirst({
      where: { id: channelId, workspaceId },
      select: { id: true, connectionId: true, name: true },
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
    return { name: channel.name, pausedTargets: paused.count };
  });
}
