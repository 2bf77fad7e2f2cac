import { beforeAll, describe, expect, it } from "vitest";
import { saveConnection } from "@/lib/services/channels/save-connection";
import { openAccessToken, openRefreshToken } from "@/lib/services/channels/token-vault";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const database = setupTestDatabase();
let owner: { userId: string; workspaceId: string };
const memberUrn = "urn:li:person:8kQvT3mZpA";
const accessToken = "AQUvlL_SANDBOX_ACCESS_TOKEN_" + "a".repeat(400);
const refreshToken = "AQWAft_SANDBOX_REFRESH_TOKEN_" + "b".repeat(400);

beforeAll(async () => {
  const created = await createUser({ name: "Owner", email: "owner@example.com", password: "owner-password" });
  owner = { userId: created.user.id, workspaceId: created.workspace.id };
});

describe("saveConnection", () => {
  it("stores tokens encrypted, readable only through the vault", async () => {
    const expiresAt = new Date(Date.now() + 60 * 86_400_000);
    const connection = await saveConnection({
      ...owner,
      appKey: "default",
      member: { urn: memberUrn, name: "Alex Morgan" },
      tokens: {
        accessToken,
        accessTokenExpiresAt: expiresAt,
        refreshToken,
        refreshTokenExpiresAt: new Date(Date.now() + 365 * 86_400_000),
      },
      grantedScopes: ["w_organization_social", "rw_organization_admin"],
    });

    // The raw table, as a database dump would show it, holds no token in plain text.
    const raw = await database.runtime().sql.query(`SELECT * FROM "LinkedInConnection"`);
    const dump = JSON.stringify(raw);
    expect(dump).not.toContain("SANDBOX_ACCESS_TOKEN");
    expect(dump).not.toContain("SANDBOX_REFRESH_TOKEN");

    const row = await database.runtime().prisma.linkedInConnection.findUniqueOrThrow({
      where: { id: connection.id },
      omit: { accessTokenEnc: false, refreshTokenEnc: false },
    });
    const key = { workspaceId: owner.workspaceId, memberUrn, appKey: "default" };
    expect(openAccessToken(key, row.accessTokenEnc!)).toBe(accessToken);
    expect(openRefreshToken(key, row.refreshTokenEnc!)).toBe(refreshToken);
    // The refresh token's ciphertext is not interchangeable with the access token's.
    expect(() => openAccessToken(key, row.refreshTokenEnc!)).toThrow();
  });

  it("omits token columns from ordinary queries", async () => {
    const row = await database.runtime().prisma.linkedInConnection.findFirstOrThrow();
    expect(row).not.toHaveProperty("accessTokenEnc");
    expect(row).not.toHaveProperty("refreshTokenEnc");
  });

  it("reconnecting keeps the connection and heals channels that needed a reconnect", async () => {
    const prisma = database.runtime().prisma;
    const connection = await prisma.linkedInConnection.findFirstOrThrow();
    await prisma.linkedInConnection.update({
      where: { id: connection.id },
      data: { status: "NEEDS_RECONNECT" },
    });
    const channel = await prisma.channel.create({
      data: {
        workspaceId: owner.workspaceId,
        connectionId: connection.id,
        kind: "ORGANIZATION",
        authorUrn: "urn:li:organization:5515001",
        name: "Northwind Coffee",
        status: "NEEDS_RECONNECT",
        statusReason: "LinkedIn revoked the access token.",
      },
    });

    const again = await saveConnection({
      ...owner,
      appKey: "default",
      member: { urn: memberUrn, name: "Alex Morgan" },
      tokens: { accessToken: "new-token", accessTokenExpiresAt: new Date(Date.now() + 86_400_000) },
      grantedScopes: ["w_organization_social"],
    });
    expect(again.id).toBe(connection.id);
    const healed = await prisma.channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(healed).toMatchObject({ status: "HEALTHY", statusReason: null });
    const refreshed = await prisma.linkedInConnection.findUniqueOrThrow({
      where: { id: connection.id },
      omit: { refreshTokenEnc: false },
    });
    expect(refreshed.status).toBe("ACTIVE");
    expect(refreshed.refreshTokenEnc).toBeNull();
  });
});
