// The OAuth `state` of a LinkedIn authorization (§3.2 of the LinkedIn notes: compare it, stop on
// mismatch). It is bound to the user and workspace that started the flow, expires, and is
// consumed once; the database keeps only its sha256, so a leaked row cannot be replayed.
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;

function hashState(state: string): string {
  return createHash("sha256").update(state).digest("hex");
}

export type OAuthStatePurpose = "connect" | "reconnect";

export async function createOAuthState(options: {
  userId: string;
  workspaceId: string;
  purpose: OAuthStatePurpose;
  connectionId?: string;
  appKey?: string;
  requestedScopes: string[];
  redirectUri: string;
  now?: Date;
}): Promise<string> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const state = randomBytes(32).toString("base64url");
  // Housekeeping: states nobody came back with are useless after they expire.
  await db.oAuthState.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - OAUTH_STATE_TTL_MS) } },
  });
  await db.oAuthState.create({
    data: {
      stateHash: hashState(state),
      userId: options.userId,
      workspaceId: options.workspaceId,
      purpose: options.purpose,
      connectionId: options.connectionId,
      appKey: options.appKey ?? "default",
      requestedScopes: options.requestedScopes,
      redirectUri: options.redirectUri,
      expiresAt: new Date(now.getTime() + OAUTH_STATE_TTL_MS),
    },
  });
  return state;
}

/**
 * Consumes a state exactly once for the signed-in user. Unknown, foreign, expired and reused
 * states all fail the same way from the caller's point of view: stop and explain.
 */
export async function consumeOAuthState(options: { state: string; userId: string; now?: Date }) {
  const db = await getDb();
  const now = options.now ?? new Date();
  const row = await db.oAuthState.findUnique({ where: { stateHash: hashState(options.state) } });
  if (!row || row.userId !== options.userId) {
    throw new AppError(
      "FORBIDDEN",
      "This LinkedIn sign-in link was not started from your session. Start again from Channels.",
    );
  }
  if (row.usedAt)
    throw new AppError(
      "CONFLICT",
      "This LinkedIn authorization was already used. Start again from Channels.",
    );
  if (row.expiresAt < now)
    throw new AppError(
      "CONFLICT",
      "This LinkedIn authorization took too long and expired. Start again from Channels.",
    );
  // The conditional update is the real single-use guarantee: two racing callbacks, one winner.
  const claimed = await db.oAuthState.updateMany({
    where: { id: row.id, usedAt: null },
    data: { usedAt: now },
  });
  if (claimed.count !== 1)
    throw new AppError(
      "CONFLICT",
      "This LinkedIn authorization was already used. Start again from Channels.",
    );
  return {
    workspaceId: row.workspaceId,
    purpose: row.purpose as OAuthStatePurpose,
    connectionId: row.connectionId,
    appKey: row.appKey,
    requestedScopes: row.requestedScopes,
    redirectUri: row.redirectUri,
  };
}
