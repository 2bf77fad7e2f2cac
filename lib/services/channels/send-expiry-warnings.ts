// Warns 14, 7 and 1 days before a connection stops working — the access token's expiry when
// there is no refresh token, the refresh token's (never extended) otherwise — once per
// threshold (in the bell, and as a channel.expiring webhook event per channel), and flips
// connections whose access has run out to "needs reconnect".
import { EXPIRY_WARNING_DAYS } from "@/lib/channels/expiry-warning-days";
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { markConnectionNeedsReconnect } from "@/lib/services/channels/mark-connection-needs-reconnect";
import { WebhookOutbox } from "@/lib/services/webhooks/webhook-outbox";
import { formatDate } from "@/lib/utils/format-time";

const DAY_MS = 86_400_000;

export async function sendExpiryWarnings({ now = clockNow() }: { now?: Date } = {}) {
  const db = await getDb();
  const connections = await db.linkedInConnection.findMany({
    where: { status: "ACTIVE", accessTokenExpiresAt: { not: null } },
    select: {
      id: true,
      workspaceId: true,
      memberName: true,
      accessTokenExpiresAt: true,
      refreshTokenExpiresAt: true,
      expiryWarningsSent: true,
      channels: {
        select: { id: true, name: true, authorUrn: true },
        where: { status: { not: "DISCONNECTED" } },
      },
    },
  });
  let warned = 0;
  const outbox = new WebhookOutbox();
  for (const connection of connections) {
    const stopsAt = connection.refreshTokenExpiresAt ?? connection.accessTokenExpiresAt!;
    const msLeft = stopsAt.getTime() - now.getTime();
    if (msLeft <= 0) {
      await markConnectionNeedsReconnect({ connectionId: connection.id, reason: "LinkedIn access expired." });
      continue;
    }
    const due = EXPIRY_WARNING_DAYS.filter(
      (days) => msLeft <= days * DAY_MS && !connection.expiryWarningsSent.includes(days),
    );
    if (due.length === 0) continue;
    const daysLeft = Math.max(1, Math.ceil(msLeft / DAY_MS));
    const names = connection.channels.map((channel) => channel.name).join(", ") || "its channels";
    await db.$transaction(async (tx) => {
      await tx.notification.create({
        data: {
          workspaceId: connection.workspaceId,
          level: daysLeft <= 1 ? "ERROR" : "WARNING",
          kind: "connection.expiring",
          title: `LinkedIn access for ${connection.memberName} ends in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`,
          body: `Reconnect before ${formatDate(stopsAt)} so posts to ${names} keep going out.`,
          href: "/channels",
        },
      });
      await tx.linkedInConnection.update({
        where: { id: connection.id },
        data: { expiryWarningsSent: [...connection.expiryWarningsSent, ...due] },
      });
      for (const channel of connection.channels)
        await outbox.add(tx, {
          workspaceId: connection.workspaceId,
          type: "channel.expiring",
          data: {
            channel_id: channel.id,
            channel_name: channel.name,
            author_urn: channel.authorUrn,
            expires_at: stopsAt.toISOString(),
            days_left: daysLeft,
          },
        });
    });
    await outbox.wake();
    warned++;
  }
  return { warned };
}
