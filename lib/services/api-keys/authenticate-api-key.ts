// `Authorization: Bearer cad_…` → the workspace the key belongs to, or null for a missing,
// malformed, unknown or revoked key (callers answer all of those with the same 401, so nothing
// tells a guesser which). Last use is recorded at most once a minute per key.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { hashApiKey, isApiKeyShaped } from "./api-key-secret";

const LAST_USED_RESOLUTION_MS = 60_000;

/** Who a request acts as: the key's workspace, and the member who made the key (posts name them). */
export type ApiKeyIdentity = { keyId: string; workspaceId: string; createdById: string | null };

export async function authenticateApiKey(
  authorization: string | null,
): Promise<ApiKeyIdentity | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match || !isApiKeyShaped(match[1]!)) return null;
  const db = await getDb();
  const key = await db.apiKey.findUnique({
    where: { hashedKey: hashApiKey(match[1]!) },
    select: { id: true, workspaceId: true, createdById: true, revokedAt: true, lastUsedAt: true },
  });
  if (!key || key.revokedAt) return null;
  const now = clockNow();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  return { keyId: key.id, workspaceId: key.workspaceId, createdById: key.createdById };
}
