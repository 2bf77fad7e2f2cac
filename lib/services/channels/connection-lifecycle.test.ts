// The life of a LinkedIn connection against the sandbox: connect through the real OAuth flow,
// pick Pages, expiry warnings as (sandbox) days pass, refresh, revocation, reconnect.
import { beforeAll, describe, expect, it } from "vitest";
import { addChannels } from "@/lib/services/channels/add-channels";
import { countChannelsNeedingAttention } from "@/lib/services/channels/count-channels-needing-attention";
import { listConnectableChannels } from "@/lib/services/channels/list-connectable-channels";
import { refreshExpiringTokens } from "@/lib/services/channels/refresh-expiring-tokens";
import { sendExpiryWarnings } from "@/lib/services/channels/send-expiry-warnings";
import { completeAuthorization } from "@/lib/services/linkedin-auth/complete-authorization";
import { ConnectProblem } from "@/lib/services/linkedin-auth/connect-problem";
import { startAuthorization } from "@/lib/services/linkedin-auth/start-authorization";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { setupTestSandbox } from "@/lib/testing/test-sandbox";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
let owner: { userId: string; workspaceId: string };

beforeAll(async () => {
  const created = await createUser({ name: "Owner", email: "owner@example.com", password: "owner-password" });
  owner = { userId: created.user.id, workspaceId: created.workspace.id };
});

/** Plays the browser: follows the authorization URL to the consent form and submits it. */
async function consent(authorizationUrl: string, decision: "allow" | "refuse" | "cancel" = "allow") {
  const url = new URL(authorizationUrl);
  const form = new URLSearchParams(url.searchParams);
  form.set("member", "8kQvT3mZpA");
  form.set("decision", decision);
  const response = await fetch(`${url.origin}${url.pathname}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    redirect: "manual",
  });
  const location = new URL(response.headers.get("location")!);
  return Object.fromEntries(location.searchParams) as { code?: string; state?: string; error?: string };
}

async function connect(reconnectConnectionId?: string) {
  const url = await startAuthorization({ ...owner, appKey: "default", reconnectConnectionId });
  const params = await consent(url);
  return completeAuthorization(owner.userId, params);
}

const prisma = () => database.runtime().prisma;

describe("connecting LinkedIn", () => {
  it("requests only what the app's products grant, never prompt=none", async () => {
    const url = new URL(await startAuthorization({ ...owner, appKey: "default" }));
    expect(url.searchParams.get("prompt")).toBeNull();
    expect(url.searchParams.get("scope")?.split(" ").sort()).toEqual(
      [
        "openid",
        "profile",
        "r_organization_social",
        "rw_organization_admin",
        "w_member_social",
        "w_organization_social",
      ].sort(),
    );
    expect(url.searchParams.get("redirect_uri")).toBe("http://localhost:3000/api/linkedin/callback");
  });

  it("ends refusals, cancellations, forged and reused states without creating anything", async () => {
    const refused = await consent(await startAuthorization({ ...owner, appKey: "default" }), "refuse");
    await expect(completeAuthorization(owner.userId, refused)).rejects.toMatchObject({ reason: "refused" });
    const cancelled = await consent(await startAuthorization({ ...owner, appKey: "default" }), "cancel");
    await expect(completeAuthorization(owner.userId, cancelled)).rejects.toMatchObject({
      reason: "cancelled",
    });
    const good = await consent(await startAuthorization({ ...owner, appKey: "default" }));
    await expect(completeAuthorization(owner.userId, { ...good, state: "forged" })).rejects.toMatchObject({
      reason: "state_invalid",
    });
    await expect(completeAuthorization("someone-else", good)).rejects.toBeInstanceOf(ConnectProblem);
    expect(await prisma().linkedInConnection.count()).toBe(0);
  });

  it("rejects a missing scope, creating nothing and naming the LinkedIn product", async () => {
    const allProducts = ["OPENID_CONNECT", "SHARE_ON_LINKEDIN", "COMMUNITY_MANAGEMENT", "ADVERTISING"];
    // An app without Community Management: LinkedIn silently drops the Page scopes.
    await linkedin.control("/_sandbox/config", {
      apps: { "cadence-sandbox": { products: ["OPENID_CONNECT", "SHARE_ON_LINKEDIN"] } },
    });
    try {
      const params = await consent(await startAuthorization({ ...owner, appKey: "default" }));
      const failure = await completeAuthorization(owner.userId, params).catch((error: unknown) => error);
      expect(failure).toMatchObject({ reason: "missing_scopes" });
      expect((failure as ConnectProblem).detail).toContain("Community Management");
    } finally {
      await linkedin.control("/_sandbox/config", { apps: { "cadence-sandbox": { products: allProducts } } });
    }
    expect(await prisma().linkedInConnection.count()).toBe(0);
  });

  it("rejects a code used a second time", async () => {
    const first = await consent(await startAuthorization({ ...owner, appKey: "default" }));
    const { connectionId } = await completeAuthorization(owner.userId, first);
    await prisma().linkedInConnection.delete({ where: { id: connectionId } });
    const freshState = new URL(await startAuthorization({ ...owner, appKey: "default" })).searchParams.get(
      "state",
    )!;
    await expect(
      completeAuthorization(owner.userId, { code: first.code, state: freshState }),
    ).rejects.toMatchObject({ reason: "code_rejected" });
    expect(await prisma().linkedInConnection.count()).toBe(0);
  });

  it("connects, lists Pages with what each role allows, and adds the postable ones", async () => {
    const { connectionId } = await connect();
    const { channels } = await listConnectableChannels({ workspaceId: owner.workspaceId, connectionId });
    const byName = Object.fromEntries(channels.map((channel) => [channel.name, channel]));
    expect(byName["Alex Morgan"]).toMatchObject({ kind: "MEMBER", canPost: true });
    expect(byName["Northwind Coffee"]).toMatchObject({ canPost: true, canReadStatistics: true });
    expect(byName["Acme Robotics"]).toMatchObject({ canPost: true, canReadStatistics: false });
    expect(byName["Lumen Analytics"]).toMatchObject({ canPost: false });
    expect(byName["Lumen Analytics"]!.reason).toMatch(/Analyst/i);
    expect(byName["Northwind Coffee"]!.logoUrl).toMatch(/^http/);

    await expect(
      addChannels({
        workspaceId: owner.workspaceId,
        connectionId,
        authorUrns: [byName["Lumen Analytics"]!.authorUrn],
      }),
    ).rejects.toThrow("Cadence cannot post to Lumen Analytics");
    await addChannels({
      workspaceId: owner.workspaceId,
      connectionId,
      authorUrns: [byName["Northwind Coffee"]!.authorUrn, byName["Acme Robotics"]!.authorUrn],
    });
    expect(
      await prisma().channel.count({ where: { workspaceId: owner.workspaceId, status: "HEALTHY" } }),
    ).toBe(2);

    const raw = JSON.stringify(await database.runtime().sql.query(`SELECT * FROM "LinkedInConnection"`));
    const state = (await linkedin.control("/_sandbox/state")) as {
      tokens: { accessToken?: string; token?: string }[];
    };
    const tokenStrings = JSON.stringify(state.tokens).match(/AQ[\w-]{40,}/g) ?? [];
    expect(tokenStrings.length).toBeGreaterThan(0);
    for (const token of tokenStrings) expect(raw).not.toContain(token);
  });

  it("warns at 14, 7 and 1 days before access ends, once each", async () => {
    // Refresh tokens keep access alive until the refresh token expires (365 days).
    await linkedin.advanceDays(365 - 15);
    await refreshExpiringTokens();
    expect(await sendExpiryWarnings()).toEqual({ warned: 0 });
    expect(await countChannelsNeedingAttention({ workspaceId: owner.workspaceId })).toEqual({
      broken: 0,
      expiring: 0,
    });
    await linkedin.advanceDays(1.5);
    expect(await countChannelsNeedingAttention({ workspaceId: owner.workspaceId })).toEqual({
      broken: 0,
      expiring: 2,
    });
    expect(await sendExpiryWarnings()).toEqual({ warned: 1 });
    expect(await sendExpiryWarnings()).toEqual({ warned: 0 });
    await linkedin.advanceDays(7);
    expect(await sendExpiryWarnings()).toEqual({ warned: 1 });
    await linkedin.advanceDays(6);
    expect(await sendExpiryWarnings()).toEqual({ warned: 1 });
    const titles = (
      await prisma().notification.findMany({
        where: { kind: "connection.expiring" },
        orderBy: { createdAt: "asc" },
      })
    ).map((n) => n.title);
    expect(titles).toEqual([
      expect.stringMatching(/ends in 1[34] days/),
      expect.stringMatching(/ends in [67] days/),
      expect.stringMatching(/ends in 1 day$/),
    ]);
  });
});
