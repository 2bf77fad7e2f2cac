// One statistics sync of one channel: Page totals, DAY and MONTH buckets, followers, the Page's
// posts and their statistics (see sync-plan.ts for what a full and an hourly sync ask). Only one
// sync per channel runs at a time (a conditional claim, whatever the queue does), every part
// writes only changed figures, and the outcome is recorded in AnalyticsSync with plain words.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import {
  isLinkedInError,
  LinkedInRateLimitError,
  nextUtcMidnight,
  type LinkedInClient,
} from "@/lib/linkedin";
import type { OrganizationUrn } from "@/lib/linkedin/urns";
import { logger } from "@/lib/logger";
import { getConnectionClient } from "@/lib/services/channels/get-connection-client";
import { refreshConnectionToken } from "@/lib/services/channels/refresh-connection-token";
import type { AnalyticsSyncStatus } from "@/lib/generated/prisma/enums";
import { MEMBER_PROFILE_REASON, noPermissionReason } from "./analytics-sync-reasons";
import { syncChannelPosts } from "./sync-channel-posts";
import { syncFollowerStatistics } from "./sync-follower-statistics";
import { DAY_MS, planSync, SYNC_INTERVAL_MS } from "./sync-plan";
import { syncPostStatistics } from "./sync-post-statistics";
import { syncPostThumbnails } from "./sync-post-thumbnails";
import { syncShareStatistics } from "./sync-share-statistics";

/** A sync still marked running after this long was abandoned by a crashed worker. */
export const SYNC_STALE_MS = 15 * 60_000;
/** Statuses that need someone to act are re-checked daily (a role or a reconnect may fix them). */
const RECHECK_MS = DAY_MS;

export type SyncOutcome =
  | { status: "OK"; full: boolean; calls: number; summary: Record<string, unknown> }
  | { status: Exclude<AnalyticsSyncStatus, "OK">; reason: string | null };

async function record(
  channelId: string,
  status: AnalyticsSyncStatus,
  data: { reason?: string | null; nextSyncAt: Date; lastSyncedAt?: Date; lastFullSyncAt?: Date },
) {
  const db = await getDb();
  await db.analyticsSync.upsert({
    where: { channelId },
    create: { channelId, status, statusReason: data.reason ?? null, nextSyncAt: data.nextSyncAt },
    update: {
      status,
      statusReason: data.reason ?? null,
      nextSyncAt: data.nextSyncAt,
      ...(data.lastSyncedAt ? { lastSyncedAt: data.lastSyncedAt } : {}),
      ...(data.lastFullSyncAt ? { lastFullSyncAt: data.lastFullSyncAt } : {}),
      startedAt: null,
    },
  });
}

export async function syncChannelAnalytics(input: {
  channelId: string;
  full?: boolean;
}): Promise<SyncOutcome> {
  const db = await getDb();
  const now = clockNow();
  const channel = await db.channel.findUnique({
    where: { id: input.channelId },
    include: { connection: { select: { id: true, grantedScopes: true, status: true } } },
  });
  if (!channel) return { status: "FAILED", reason: "The channel no longer exists." };
  const later = (ms: number) => new Date(now.getTime() + ms);

  if (channel.kind === "MEMBER") {
    await record(channel.id, "NOT_AVAILABLE", {
      reason: MEMBER_PROFILE_REASON,
      nextSyncAt: later(RECHECK_MS),
    });
    return { status: "NOT_AVAILABLE", reason: MEMBER_PROFILE_REASON };
  }
  if (!channel.connection || channel.connection.status === "DISCONNECTED" || channel.status !== "HEALTHY") {
    const reason = `Reconnect ${channel.name} on the Channels page: Cadence cannot reach LinkedIn for it right now.`;
    await record(channel.id, "FAILED", { reason, nextSyncAt: later(SYNC_INTERVAL_MS) });
    return { status: "FAILED", reason };
  }
  if (!channel.canReadStatistics || !channel.connection.grantedScopes.includes("rw_organization_admin")) {
    const reason = noPermissionReason(channel, channel.connection.grantedScopes);
    await record(channel.id, "NO_PERMISSION", { reason, nextSyncAt: later(RECHECK_MS) });
    return { status: "NO_PERMISSION", reason };
  }

  // Claim: one sync per channel at a time, across every worker process.
  const sync = await db.analyticsSync.upsert({
    where: { channelId: channel.id },
    create: { channelId: channel.id },
    update: {},
  });
  // The claim also moves the next sync past a running one, so the schedule does not queue another.
  const claimed = await db.analyticsSync.updateMany({
    where: {
      channelId: channel.id,
      OR: [
        { status: { not: "SYNCING" } },
        { startedAt: null },
        { startedAt: { lt: new Date(now.getTime() - SYNC_STALE_MS) } },
      ],
    },
    data: { status: "SYNCING", startedAt: now, nextSyncAt: later(SYNC_STALE_MS) },
  });
  if (claimed.count === 0) return { status: "SYNCING", reason: null };

  const day = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const callsBefore = sync.callsDay?.getTime() === day.getTime() ? sync.callsToday : 0;
  if (callsBefore >= getEnv().analyticsDailyCalls) {
    const reason =
      "Cadence used today's share of LinkedIn's daily quota for this Page; it syncs again after 00:00 UTC.";
    await record(channel.id, "RATE_LIMITED", { reason, nextSyncAt: nextUtcMidnight(now.getTime()) });
    return { status: "RATE_LIMITED", reason };
  }

  const plan = planSync({ nowMs: now.getTime(), lastFullSyncAt: sync.lastFullSyncAt, force: input.full });
  const organization = channel.authorUrn as OrganizationUrn;
  let calls = 0;
  const warnings: string[] = [];
  const run = async () => {
    const { client: raw } = await getConnectionClient({
      workspaceId: channel.workspaceId,
      connectionId: channel.connection!.id,
    });
    // Every request counts against the daily budget, including the one that fails.
    const client: LinkedInClient = {
      config: raw.config,
      grantedScopes: raw.grantedScopes,
      request: (request) => {
        calls += 1;
        return raw.request(request);
      },
      upload: (request) => raw.upload(request),
    };
    const context = { channelId: channel.id, organization, plan, now };
    // The Page's own figures are the point of a sync: their failure is the sync's failure.
    const shares = await syncShareStatistics(client, context);
    const followers = await syncFollowerStatistics(client, context);
    // Posts, their figures and thumbnails come after: one of them failing (a scope LinkedIn left
    // out, a media read it refuses) is reported beside the Page's figures instead of discarding them.
    const optional = async <T>(what: string, step: () => Promise<T>): Promise<T | null> => {
      try {
        return await step();
      } catch (error) {
        if (isLinkedInError(error) && (error.kind === "token" || error.kind === "rate_limit")) throw error;
        warnings.push(`${what}: ${isLinkedInError(error) ? error.userMessage : "an unexpected error"}`);
        logger.warn("analytics sync step failed", {
          channelId: channel.id,
          step: what,
          error: String(error),
        });
        return null;
      }
    };
    const posts = await optional("Cadence could not list the Page's posts", () =>
      syncChannelPosts(client, { channelId: channel.id, author: organization, plan }),
    );
    const postStats = await optional("Cadence could not read the posts' figures", () =>
      syncPostStatistics(client, context),
    );
    const thumbnails = await optional("Cadence could not read the posts' pictures", () =>
      syncPostThumbnails(client, { channelId: channel.id, now }),
    );
    return {
      shares,
      followers: { total: followers.total, days: followers.days },
      posts,
      postStats,
      thumbnails,
    };
  };

  const countCalls = () =>
    db.analyticsSync.update({
      where: { channelId: channel.id },
      data: { callsDay: day, callsToday: callsBefore + calls },
    });
  try {
    let summary;
    try {
      summary = await run();
    } catch (error) {
      // An expired or revoked token gets one refresh, as the publisher does.
      if (!isLinkedInError(error) || error.kind !== "token") throw error;
      if ((await refreshConnectionToken(channel.connection.id)) !== "refreshed") throw error;
      warnings.length = 0;
      summary = await run().catch((retryError: unknown) => {
        // A token minted seconds ago can still be refused for a while (pitfall §15.7).
        throw isLinkedInError(retryError) && retryError.kind === "token"
          ? new FreshTokenRefused()
          : retryError;
      });
    }
    await countCalls();
    await record(channel.id, "OK", {
      reason: warnings.length ? `The Page's figures are up to date. ${warnings.join(". ")}.` : null,
      nextSyncAt: later(SYNC_INTERVAL_MS),
      lastSyncedAt: now,
      ...(plan.full ? { lastFullSyncAt: now } : {}),
    });
    logger.info("analytics synced", {
      channelId: channel.id,
      full: plan.full,
      calls,
      warnings: warnings.length,
    });
    return { status: "OK", full: plan.full, calls, summary };
  } catch (error) {
    await countCalls();
    const outcome = describeFailure(error, channel.name, now);
    await record(channel.id, outcome.status, { reason: outcome.reason, nextSyncAt: outcome.nextSyncAt });
    // LinkedIn's daily quotas are per app and member, not per Page: the connection's other Pages
    // would only hit the same wall.
    if (outcome.status === "RATE_LIMITED") {
      const siblings = await db.channel.findMany({
        where: { connectionId: channel.connection.id, id: { not: channel.id } },
        select: { id: true },
      });
      for (const sibling of siblings)
        await db.analyticsSync.upsert({
          where: { channelId: sibling.id },
          create: { channelId: sibling.id, nextSyncAt: outcome.nextSyncAt },
          update: {},
        });
      await db.analyticsSync.updateMany({
        where: {
          channel: { connectionId: channel.connection.id },
          channelId: { not: channel.id },
          status: { not: "SYNCING" },
          OR: [{ nextSyncAt: null }, { nextSyncAt: { lt: outcome.nextSyncAt } }],
        },
        data: { nextSyncAt: outcome.nextSyncAt },
      });
    }
    logger.warn("analytics sync failed", {
      channelId: channel.id,
      status: outcome.status,
      error: String(error),
    });
    return { status: outcome.status, reason: outcome.reason };
  }
}

class FreshTokenRefused extends Error {}

function describeFailure(
  error: unknown,
  channelName: string,
  now: Date,
): { status: Exclude<AnalyticsSyncStatus, "OK">; reason: string; nextSyncAt: Date } {
  const inAnHour = new Date(now.getTime() + SYNC_INTERVAL_MS);
  if (error instanceof FreshTokenRefused)
    return {
      status: "FAILED",
      reason: "LinkedIn has not accepted the renewed sign-in yet. Cadence tries again in a few minutes.",
      nextSyncAt: new Date(now.getTime() + 10 * 60_000),
    };
  // Anything else is ours or the network's: the details go to the log, not to every member.
  if (!isLinkedInError(error))
    return {
      status: "FAILED",
      reason: "The last sync did not finish. Cadence tries again in a few minutes.",
      nextSyncAt: new Date(now.getTime() + 10 * 60_000),
    };
  switch (error.kind) {
    case "rate_limit": {
      const retryAt =
        error instanceof LinkedInRateLimitError && error.retryAt
          ? error.retryAt
          : nextUtcMidnight(now.getTime());
      return {
        status: "RATE_LIMITED",
        reason: `${error.userMessage} Cadence syncs again after that.`,
        nextSyncAt: retryAt,
      };
    }
    case "permission":
      return {
        status: "NO_PERMISSION",
        reason: `${error.userMessage} LinkedIn shares Page statistics only with administrators of ${channelName}.`,
        nextSyncAt: new Date(now.getTime() + RECHECK_MS),
      };
    case "token":
      return {
        status: "FAILED",
        reason: `${error.userMessage} Reconnect ${channelName} on the Channels page.`,
        nextSyncAt: inAnHour,
      };
    default:
      return {
        status: "FAILED",
        reason: error.userMessage,
        nextSyncAt: error.retryable ? new Date(now.getTime() + 10 * 60_000) : inAnHour,
      };
  }
}
