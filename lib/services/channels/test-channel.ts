// "Test connection": a cheap read with the channel's token that proves LinkedIn still accepts
// it and that the role still allows posting. Records the outcome on the channel either way.
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { classifyOrganizationRole, getUserInfo, isLinkedInError, listOrganizationAcls } from "@/lib/linkedin";
import { getConnectionClient } from "@/lib/services/channels/get-connection-client";
import { markConnectionNeedsReconnect } from "@/lib/services/channels/mark-connection-needs-reconnect";

export async function testChannel({ workspaceId, channelId }: { workspaceId: string; channelId: string }) {
  const db = await getDb();
  const channel = await db.channel.findFirst({
    where: { id: channelId, workspaceId },
    select: { id: true, kind: true, authorUrn: true, connectionId: true },
  });
  if (!channel) throw new AppError("NOT_FOUND", "That channel does not exist in this workspace.");
  if (!channel.connectionId)
    throw new AppError("CONFLICT", "This channel is disconnected. Reconnect it first.");
  const { client, connection } = await getConnectionClient({
    workspaceId,
    connectionId: channel.connectionId,
  });
  try {
    if (channel.kind === "ORGANIZATION") {
      const acls = await listOrganizationAcls(client, { state: "APPROVED" });
      const canPost = acls.some(
        (acl) =>
          acl.organizationUrn === channel.authorUrn && classifyOrganizationRole(acl.role, acl.state).canPost,
      );
      if (!canPost) {
        const reason = `${connection.memberName} no longer has a Page role that can post here. Ask a Page admin to restore it.`;
        await db.channel.update({
          where: { id: channel.id },
          data: { lastErrorAt: new Date(), lastError: reason },
        });
        return { ok: false as const, message: reason };
      }
    } else {
      await getUserInfo(client);
    }
  } catch (error) {
    if (isLinkedInError(error) && error.kind === "token") {
      await markConnectionNeedsReconnect({ connectionId: channel.connectionId, reason: error.userMessage });
      return { ok: false as const, message: error.userMessage };
    }
    const message = isLinkedInError(error) ? error.userMessage : "LinkedIn could not be reached.";
    await db.channel.update({
      where: { id: channel.id },
      data: { lastErrorAt: new Date(), lastError: message },
    });
    return { ok: false as const, message };
  }
  await db.channel.update({
    where: { id: channel.id },
    data: { lastSuccessAt: new Date(), lastError: null, lastErrorAt: null },
  });
  return { ok: true as const, message: "LinkedIn accepted Cadence's access." };
}
