// Stores the result of a LinkedIn authorization: a new connection, or fresh tokens for an
// existing one (reconnect). Reconnecting keeps the connection's channels, their history and
// their scheduled posts, and brings channels that needed a reconnect back to healthy.
import { getDb } from "@/lib/db";
import { resumePausedTargets } from "@/lib/services/publishing/resume-paused-targets";
import { sealTokens, type TokenSet } from "@/lib/services/channels/token-vault";

export type SaveConnectionOptions = {
  workspaceId: string;
  userId: string;
  appKey: string;
  member: { urn: string; name: string; pictureUrl?: string | null };
  tokens: TokenSet;
  grantedScopes: string[];
};

export async function saveConnection({
  workspaceId,
  userId,
  appKey,
  member,
  tokens,
  grantedScopes,
}: SaveConnectionOptions) {
  const db = await getDb();
  const sealed = sealTokens({ workspaceId, memberUrn: member.urn, appKey }, tokens);
  const fields = {
    ...sealed,
    memberName: member.name,
    memberPictureUrl: member.pictureUrl ?? null,
    grantedScopes,
    status: "ACTIVE" as const,
    lastRefreshedAt: new Date(),
    expiryWarningsSent: [],
    connectedById: userId,
  };
  const saved = await db.$transaction(async (tx) => {
    const connection = await tx.linkedInConnection.upsert({
      where: { workspaceId_memberUrn_appKey: { workspaceId, memberUrn: member.urn, appKey } },
      create: { workspaceId, memberUrn: member.urn, appKey, ...fields },
      update: fields,
      select: { id: true, memberUrn: true, memberName: true },
    });
    await tx.channel.updateMany({
      where: { connectionId: connection.id, status: "NEEDS_RECONNECT" },
      data: { status: "HEALTHY", statusReason: null },
    });
    return connection;
  });
  await resumePausedTargets({ connectionId: saved.id });
  return saved;
}
