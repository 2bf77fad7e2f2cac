// GET /api/v1/channels: where the workspace can publish, and whether it can right now.
import { getDb } from "@/lib/db";
import type { ChannelResource } from "./schemas/post-resource";

export async function listApiChannels(workspaceId: string): Promise<{ data: ChannelResource[] }> {
  const db = await getDb();
  const channels = await db.channel.findMany({
    where: { workspaceId },
    select: {
      id: true,
      name: true,
      kind: true,
      authorUrn: true,
      vanityName: true,
      status: true,
      statusReason: true,
      canReadStatistics: true,
      connection: { select: { accessTokenExpiresAt: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return {
    data: channels.map((channel) => ({
      id: channel.id,
      name: channel.name,
      kind: channel.kind.toLowerCase(),
      author_urn: channel.authorUrn,
      vanity_name: channel.vanityName,
      status: channel.status.toLowerCase(),
      status_reason: channel.statusReason,
      can_publish: channel.status === "HEALTHY",
      can_read_statistics: channel.canReadStatistics,
      access_expires_at: channel.connection?.accessTokenExpiresAt?.toISOString() ?? null,
    })),
  };
}
