// Adds the Pages and profile the member ticked as channels. What may be added is decided again
// here from LinkedIn's answer, never from what the browser sent.
import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { requestAnalyticsSync } from "@/lib/services/analytics/request-analytics-sync";
import { resumePausedTargets } from "@/lib/services/publishing/resume-paused-targets";
import { AppError } from "@/lib/errors";
import { listConnectableChannels } from "@/lib/services/channels/list-connectable-channels";

export async function addChannels({
  workspaceId,
  connectionId,
  authorUrns,
}: {
  workspaceId: string;
  connectionId: string;
  authorUrns: string[];
}) {
  const { channels } = await listConnectableChannels({ workspaceId, connectionId });
  const byUrn = new Map(channels.map((channel) => [channel.authorUrn, channel]));
  const refused = authorUrns.filter((urn) => !byUrn.get(urn)?.canPost);
  if (refused.length) {
    const names = refused.map((urn) => byUrn.get(urn)?.name ?? urn).join(", ");
    throw new AppError("FORBIDDEN", `Cadence cannot post to ${names} with this LinkedIn account.`);
  }
  const db = await getDb();
  const now = new Date();
  const saved = await db.$transaction(async (tx) => {
    const added = [];
    for (const urn of authorUrns) {
      const channel = byUrn.get(urn)!;
      const data = {
        connectionId,
        kind: channel.kind,
        name: channel.name,
        vanityName: channel.vanityName,
        logoUrl: channel.logoUrl,
        role: channel.role,
        canReadStatistics: channel.canReadStatistics,
        status: "HEALTHY" as const,
        statusReason: null,
        lastSuccessAt: now,
      };
      // A channel that was disconnected earlier comes back with its history.
      added.push(
        await tx.channel.upsert({
          where: { workspaceId_authorUrn: { workspaceId, authorUrn: urn } },
          create: { workspaceId, authorUrn: urn, ...data },
          update: data,
          select: { id: true, name: true },
        }),
      );
    }
    return added;
  });
  await resumePausedTargets({ channelIds: saved.map((channel) => channel.id) });
  // A new Page shows its last 12 months as soon as the first sync is through; the 5-minute
  // schedule would pick it up anyway if queueing fails here.
  await requestAnalyticsSync(saved.map((channel) => channel.id)).catch((error) =>
    logger.warn("could not queue the first statistics sync", { error: String(error) }),
  );
  return saved;
}
