// Refreshing before expiry, revocation, and reconnecting without losing channels or posts.
import { beforeAll, describe, expect, it } from "vitest";
import { nowMs } from "@/lib/clock";
import { addChannels } from "@/lib/services/channels/add-channels";
import { refreshExpiringTokens } from "@/lib/services/channels/refresh-expiring-tokens";
import { testChannel } from "@/lib/services/channels/test-channel";
import { completeAuthorization } from "@/lib/services/linkedin-auth/complete-authorization";
import { startAuthorization } from "@/lib/services/linkedin-auth/start-authorization";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { setupTestSandbox } from "@/lib/testing/test-sandbox";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;
let owner: { userId: string; workspaceId: string };
let connectionId: string;
let channelId: string;

async function connect(reconnectConnectionId?: string) {
  const url = new URL(await startAuthorization({ ...owner, appKey: "default", reconnectConnectionId }));
  const form = new URLSearchParams(url.searchParams);
  form.set("member", "8kQvT3mZpA");
  form.set("decision", "allow");
  const response = await fetch(`${url.origin}${url.pathname}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    redirect: "manual",
  });
  const location = new URL(response.headers.get("location")!);
  return completeAuthorization(owner.userId, Object.fromEntries(location.searchParams));
}

beforeAll(async () => {
  const created = await createUser({ name: "Owner", email: "owner@example.com", password: "owner-password" });
  owner = { userId: created.user.id, workspaceId: created.workspace.id };
  ({ connectionId } = await connect());
  const [channel] = await addChannels({
    workspaceId: owner.workspaceId,
    connectionId,
    authorUrns: ["urn:li:organization:5515001"],
  });
  channelId = channel!.id;
});

describe("token refresh", () => {
  it("does nothing while the access token has more than a week left", async () => {
    expect(await refreshExpiringTokens()).toEqual({ refreshed: 0, failed: 0 });
  });

  it("renews the access token a week before it expires, keeping the refresh token's expiry", async () => {
    const before = await prisma().linkedInConnection.findUniqueOrThrow({ where: { id: connectionId } });
    await linkedin.advanceDays(55);
    expect(await refreshExpiringTokens()).toEqual({ refreshed: 1, failed: 0 });
    const after = await prisma().linkedInConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(after.accessTokenExpiresAt!.getTime()).toBeGreaterThan(nowMs() + 59 * 86_400_000);
    expect(
      Math.abs(after.refreshTokenExpiresAt!.getTime() - before.refreshTokenExpiresAt!.getTime()),
    ).toBeLessThan(5_000);
    await expect(testChannel({ workspaceId: owner.workspaceId, channelId })).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe("revocation and reconnect", () => {
  it("flips the channel to needs-reconnect and notifies when LinkedIn revokes the token", async () => {
    const post = await prisma().post.create({
      data: {
        workspaceId: owner.workspaceId,
        status: "SCHEDULED",
        body: [{ type: "text", text: "Hello" }],
        scheduledAt: new Date(nowMs() + 86_400_000),
      },
    });
    await prisma().postTarget.create({ data: { postId: post.id, channelId, state: "SCHEDULED" } });

    await linkedin.control("/_sandbox/faults", { revokeMember: "default" });
    const result = await testChannel({ workspaceId: owner.workspaceId, channelId });
    expect(result.ok).toBe(false);
    const channel = await prisma().channel.findUniqueOrThrow({ where: { id: channelId } });
    expect(channel.status).toBe("NEEDS_RECONNECT");
    expect(await prisma().notification.count({ where: { kind: "connection.needs_reconnect" } })).toBe(1);
  });

  it("reconnecting restores the same channel with its scheduled posts", async () => {
    const again = await connect(connectionId);
    expect(again.connectionId).toBe(connectionId);
    const channel = await prisma().channel.findUniqueOrThrow({
      where: { id: channelId },
      include: { targets: true },
    });
    expect(channel.status).toBe("HEALTHY");
    expect(channel.targets).toHaveLength(1);
    expect(channel.targets[0]!.state).toBe("SCHEDULED");
    await expect(testChannel({ workspaceId: owner.workspaceId, channelId })).resolves.toMatchObject({
      ok: true,
    });
  });
});
