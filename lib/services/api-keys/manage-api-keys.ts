// API keys of a workspace (Settings → API keys): create (the secret is returned once), list with
// prefix and last use, revoke. Keys act for the whole workspace, so only owners and admins manage
// them.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertCanAdministerOrThrow } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { newApiKeySecret } from "./api-key-secret";

export const MAX_ACTIVE_KEYS = 25;

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function listApiKeys(workspaceId: string): Promise<ApiKeyView[]> {
  const db = await getDb();
  const keys = await db.apiKey.findMany({
    where: { workspaceId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    include: { createdBy: { select: { name: true } } },
  });
  return keys.map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    createdBy: key.createdBy?.name ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  }));
}

export async function createApiKey(input: {
  workspaceId: string;
  userId: string;
  role: Role;
  name: string;
}): Promise<{ key: ApiKeyView; secret: string }> {
  assertCanAdministerOrThrow(input.role);
  const db = await getDb();
  const active = await db.apiKey.count({ where: { workspaceId: input.workspaceId, revokedAt: null } });
  if (active >= MAX_ACTIVE_KEYS)
    throw new AppError(
      "CONFLICT",
      `A workspace can have ${MAX_ACTIVE_KEYS} active keys. Revoke one you no longer use.`,
    );
  const { secret, prefix, hashedKey } = newApiKeySecret();
  const key = await db.apiKey.create({
    data: { workspaceId: input.workspaceId, createdById: input.userId, name: input.name, prefix, hashedKey },
    include: { createdBy: { select: { name: true } } },
  });
  return {
    secret,
    key: {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      createdAt: key.createdAt.toISOString(),
      createdBy: key.createdBy?.name ?? null,
      lastUsedAt: null,
      revokedAt: null,
    },
  };
}

export async function revokeApiKey(input: { workspaceId: string; role: Role; keyId: string }): Promise<void> {
  assertCanAdministerOrThrow(input.role);
  const db = await getDb();
  // Scoped to the workspace: another workspace's key id is simply not found.
  const revoked = await db.apiKey.updateMany({
    where: { id: input.keyId, workspaceId: input.workspaceId, revokedAt: null },
    data: { revokedAt: clockNow() },
  });
  if (revoked.count === 0) {
    const exists = await db.apiKey.findFirst({ where: { id: input.keyId, workspaceId: input.workspaceId } });
    if (!exists) throw new AppError("NOT_FOUND", "That API key does not exist in this workspace.");
  }
}
