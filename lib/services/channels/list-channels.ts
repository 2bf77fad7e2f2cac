// The workspace's channels with what the Channels page shows about their health and tokens.
import { getDb } from "@/lib/db";

export async function listChannels({ workspaceId }: { workspaceId: string }) {
  const db = await getDb();
  const channels = await db.channel.findMany({
    where: { workspaceId },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      kind: true,
      authorUrn: true,
      name: true,
      vanityName: true,
      logoUrl: true,
      role: true,
      canReadStatistics: true,
      status: true,
      statusReason: true,
      lastSuccessAt: true,
      lastErrorAt: true,
      lastError: true,
      createdAt: true,
      connection: {
        select: {
          id: true,
          memberName: true,
          grantedScopes: true,
          status: true,
          accessTokenExpiresAt: true,
          refreshTokenExpiresAt: true,
        },
      },
    },
  });
  return channels.map(({ connection, ...channel }) => ({
    ...channel,
    connection: connection && {
      ...connection,
      // Without a refresh token the access token's expiry is when posting stops.
      postingStopsAt: connection.refreshTokenExpiresAt ?? connection.accessTokenExpiresAt,
      canRefresh: connection.refreshTokenExpiresAt !== null,
    },
  }));
}

export type ChannelListItem = Awaited<ReturnType<typeof listChannels>>[number];
