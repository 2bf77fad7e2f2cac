// An exact vanity-name lookup on LinkedIn (doc §5.4) with the token of one of the workspace's
// healthy channels. Never throws for LinkedIn's sake: a type-ahead shows what it has and says in
// plain words why LinkedIn could not be asked. Answers are cached briefly; after a 429 the
// connection is left alone until LinkedIn's limit allows calls again.
import { nowMs } from "@/lib/clock";
import { getDb } from "@/lib/db";
import {
  findOrganizationByVanityName,
  isLinkedInError,
  LinkedInRateLimitError,
  VANITY_LOOKUP_SCOPES,
  type LinkedInError,
  type VanityOrganization,
} from "@/lib/linkedin";
import { logger } from "@/lib/logger";
import { getConnectionClient } from "@/lib/services/channels/get-connection-client";
import { markConnectionNeedsReconnect } from "@/lib/services/channels/mark-connection-needs-reconnect";
import { readVanityLookup, saveVanityLookup } from "./vanity-lookup-cache";

export type VanityLookup =
  { ok: true; organization: VanityOrganization | null } | { ok: false; problem: string };

/** A type-ahead cannot wait long: one budget for the whole lookup, retries included. */
export const LOOKUP_BUDGET_MS = 5_000;
/** Connections tried when LinkedIn refuses one (revoked token, missing permission). */
const MAX_CONNECTIONS_TRIED = 2;

/** Connection id → until when LinkedIn's rate limit stands, and what to say meanwhile. */
const rateLimited = new Map<string, { until: number; problem: string }>();

const NO_CHANNEL =
  "Pages can be looked up on LinkedIn only with a connected LinkedIn Page. Connect one under Channels.";
const NEEDS_RECONNECT =
  "Pages can be looked up on LinkedIn only with a working LinkedIn connection. Reconnect your LinkedIn account under Channels.";
const NO_PERMISSION =
  "Looking up Pages on LinkedIn needs the Page permissions of LinkedIn's Community Management product. Reconnect a LinkedIn account that manages a Page.";

export async function lookUpVanityName({
  workspaceId,
  vanityName,
}: {
  workspaceId: string;
  vanityName: string;
}): Promise<VanityLookup> {
  const cached = readVanityLookup(vanityName);
  if (cached !== undefined) return { ok: true, organization: cached };

  const connections = await lookupConnections(workspaceId);
  if (connections.length === 0) return { ok: false, problem: await missingConnectionProblem(workspaceId) };

  let problem = NO_PERMISSION;
  const signal = AbortSignal.timeout(LOOKUP_BUDGET_MS);
  for (const { connectionId, memberName } of connections.slice(0, MAX_CONNECTIONS_TRIED)) {
    const limited = rateLimited.get(connectionId);
    if (limited && limited.until > nowMs()) {
      problem = limited.problem;
      continue;
    }
    try {
      const { client } = await getConnectionClient({ workspaceId, connectionId });
      const organization = await findOrganizationByVanityName(client, vanityName, {
        signal,
        timeoutMs: LOOKUP_BUDGET_MS,
      });
      saveVanityLookup(vanityName, organization);
      return { ok: true, organization };
    } catch (error) {
      if (signal.aborted)
        return { ok: false, problem: "LinkedIn did not answer in time. Try again in a moment." };
      if (!isLinkedInError(error)) {
        logger.warn("vanity name lookup failed", { workspaceId, connectionId, error: String(error) });
        problem = "LinkedIn could not be asked about this Page right now. Try again in a moment.";
        continue;
      }
      problem = describeFailure(error, memberName);
      if (error.kind === "token") {
        await markConnectionNeedsReconnect({ connectionId, reason: error.userMessage });
      } else if (error instanceof LinkedInRateLimitError) {
        rememberRateLimit(connectionId, error.retryAt.getTime(), problem);
      }
      // Another account may still be allowed; anything else would fail the same way.
      if (error.kind !== "token" && error.kind !== "permission" && error.kind !== "rate_limit") break;
    }
  }
  return { ok: false, problem };
}

/** Healthy channels whose connection may use the finder, Page channels and recent successes first. */
async function lookupConnections(workspaceId: string) {
  const db = await getDb();
  const channels = await db.channel.findMany({
    where: {
      workspaceId,
      status: "HEALTHY",
      connection: { status: "ACTIVE", grantedScopes: { hasSome: [...VANITY_LOOKUP_SCOPES] } },
    },
    orderBy: [{ kind: "asc" }, { lastSuccessAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
    select: { connectionId: true, connection: { select: { memberName: true } } },
    take: 50,
  });
  const seen = new Map<string, { connectionId: string; memberName: string }>();
  for (const { connectionId, connection } of channels) {
    if (connectionId && connection && !seen.has(connectionId))
      seen.set(connectionId, { connectionId, memberName: connection.memberName });
  }
  return [...seen.values()];
}

async function missingConnectionProblem(workspaceId: string): Promise<string> {
  const db = await getDb();
  const [healthy, needsReconnect] = await Promise.all([
    db.channel.count({ where: { workspaceId, status: "HEALTHY", connection: { status: "ACTIVE" } } }),
    db.channel.count({ where: { workspaceId, status: "NEEDS_RECONNECT" } }),
  ]);
  if (healthy > 0) return NO_PERMISSION;
  return needsReconnect > 0 ? NEEDS_RECONNECT : NO_CHANNEL;
}

function describeFailure(error: LinkedInError, memberName: string): string {
  switch (error.kind) {
    case "token":
      return `LinkedIn no longer accepts ${memberName}'s connection, so Pages could not be looked up there. Reconnect it under Channels.`;
    case "permission":
      return `LinkedIn did not let ${memberName}'s connection look up Pages. Reconnect it and approve every permission.`;
    case "rate_limit":
      return error instanceof LinkedInRateLimitError && error.limit !== "throttle"
        ? "LinkedIn's daily limit for looking up Pages was reached; it resets at midnight UTC. Pages Cadence already knows are still shown."
        : "LinkedIn asked Cadence to slow down, so Pages could not be looked up there. Try again in a minute.";
    case "transient":
      return "LinkedIn is not answering right now, so Pages could not be looked up there. Try again in a moment.";
    default:
      return "LinkedIn could not look up this Page right now. Try again later.";
  }
}

function rememberRateLimit(connectionId: string, until: number, problem: string) {
  rateLimited.delete(connectionId);
  rateLimited.set(connectionId, { until, problem });
  for (const key of rateLimited.keys()) {
    if (rateLimited.size <= 1_000) break;
    rateLimited.delete(key);
  }
}

/** Tests only. */
export function clearLookupRateLimits(): void {
  rateLimited.clear();
}
