// API keys: the secret is shown once and only its hash is stored; a key authenticates its own
// workspace until revoked; only owners and admins manage keys; another workspace's key id is
// not found; malformed, unknown and revoked keys are all simply refused.
import { beforeAll, describe, expect, it } from "vitest";
import { createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { hashApiKey } from "./api-key-secret";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey, listApiKeys, revokeApiKey } from "./manage-api-keys";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let owner: { userId: string; workspaceId: string };
let other: { userId: string; workspaceId: string };

beforeAll(async () => {
  owner = await createTestWorkspace();
  other = await createTestWorkspace();
});

describe("API keys", () => {
  it("shows the secret once and stores only its SHA-256", async () => {
    const { secret, key } = await createApiKey({ ...owner, role: "OWNER", name: "Website CMS" });
    expect(secret).toMatch(/^cad_[A-Za-z0-9_-]{43}$/);
    expect(key.prefix).toBe(secret.slice(0, 12));
    const stored = await prisma().apiKey.findUniqueOrThrow({
      where: { id: key.id },
      omit: { hashedKey: false },
    });
    expect(stored.hashedKey).toBe(hashApiKey(secret));
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(await listApiKeys(owner.workspaceId))).not.toContain(secret.slice(12));
  });

  it("authenticates its workspace, records last use, and stops at revocation", async () => {
    const { secret, key } = await createApiKey({ ...owner, role: "ADMIN", name: "Zapier" });
    expect(await authenticateApiKey(`Bearer ${secret}`)).toEqual({
      keyId: key.id,
      workspaceId: owner.workspaceId,
      createdById: owner.userId,
    });
    expect((await listApiKeys(owner.workspaceId)).find((k) => k.id === key.id)?.lastUsedAt).not.toBeNull();
    await revokeApiKey({ workspaceId: owner.workspaceId, role: "OWNER", keyId: key.id });
    expect(await authenticateApiKey(`Bearer ${secret}`)).toBeNull();
    // Revoking twice is fine; the list says when.
    await revokeApiKey({ workspaceId: owner.workspaceId, role: "OWNER", keyId: key.id });
    expect((await listApiKeys(owner.workspaceId)).find((k) => k.id === key.id)?.revokedAt).not.toBeNull();
  });

  it("refuses missing, malformed, unknown and tampered keys alike", async () => {
    const { secret } = await createApiKey({ ...owner, role: "OWNER", name: "CI" });
    for (const header of [
      null,
      "",
      secret,
      `Basic ${secret}`,
      "Bearer cad_short",
      `Bearer ${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`,
      `Bearer cad_${"x".repeat(43)}`,
    ])
      expect(await authenticateApiKey(header)).toBeNull();
  });

  it("only owners and admins manage keys, and only their workspace's", async () => {
    await expect(createApiKey({ ...owner, role: "EDITOR", name: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createApiKey({ ...owner, role: "VIEWER", name: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { key, secret } = await createApiKey({ ...owner, role: "OWNER", name: "Mine" });
    await expect(
      revokeApiKey({ workspaceId: other.workspaceId, role: "OWNER", keyId: key.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await authenticateApiKey(`Bearer ${secret}`)).toMatchObject({ workspaceId: owner.workspaceId });
    expect(await listApiKeys(other.workspaceId)).toEqual([]);
  });
});
