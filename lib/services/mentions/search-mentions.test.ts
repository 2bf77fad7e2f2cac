// The mention type-ahead against a real database and the sandbox: own Pages, earlier mentions,
// LinkedIn's vanity-name lookup, merging, the cache, and LinkedIn failures that must not break it.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { nowMs, setClockOffset } from "@/lib/clock";
import type { CommentaryDocument } from "@/lib/linkedin";
import { addChannels } from "@/lib/services/channels/add-channels";
import { completeAuthorization } from "@/lib/services/linkedin-auth/complete-authorization";
import { startAuthorization } from "@/lib/services/linkedin-auth/start-authorization";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { setupTestSandbox } from "@/lib/testing/test-sandbox";
import { clearLookupRateLimits } from "./look-up-vanity-name";
import { searchMentions } from "./search-mentions";
import { clearVanityLookupCache, FOUND_TTL_MS, vanityLookupCacheSize } from "./vanity-lookup-cache";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;
let owner: { userId: string; workspaceId: string };
let other: { userId: string; workspaceId: string };
let connectionId: string;

const NORTHWIND = "urn:li:organization:5515001";
const ACME = "urn:li:organization:5515002";
const BLUE_HARBOR = "urn:li:organization:5515003";
const LUMEN = "urn:li:organization:5515004";
const QUARTZ = "urn:li:organization:5515007";
const ROASTERY = "urn:li:organization:5515008";

async function connect(userId: string, workspaceId: string) {
  const url = new URL(await startAuthorization({ userId, workspaceId, appKey: "default" }));
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
  return completeAuthorization(userId, Object.fromEntries(location.searchParams));
}

async function post(workspaceId: string, body: CommentaryDocument, minutesAgo: number) {
  const at = new Date(nowMs() - minutesAgo * 60_000);
  await prisma().post.create({ data: { workspaceId, body, createdAt: at, updatedAt: at } });
}

const mention = (urn: string, name: string) => ({ type: "mention" as const, urn, name });

/** How many vanity-name finder calls the sandbox has answered so far. */
async function lookups(): Promise<number> {
  const state = (await linkedin.control("/_sandbox/state")) as {
    calls: Record<string, { total: number } | undefined>;
  };
  return state.calls["GET /rest/organizations"]?.total ?? 0;
}

const search = (query: string) => searchMentions({ workspaceId: owner.workspaceId, query });

beforeAll(async () => {
  const a = await createUser({ name: "Owner", email: "owner@example.com", password: "owner-password" });
  const b = await createUser({ name: "Other", email: "other@example.com", password: "other-password" });
  owner = { userId: a.user.id, workspaceId: a.workspace.id };
  other = { userId: b.user.id, workspaceId: b.workspace.id };
  ({ connectionId } = await connect(owner.userId, owner.workspaceId));
  await addChannels({
    workspaceId: owner.workspaceId,
    connectionId,
    authorUrns: [NORTHWIND, ACME, ROASTERY],
  });

  await post(owner.workspaceId, [{ type: "text", text: "Thanks " }, mention(QUARTZ, "Quartz Labs")], 5);
  await post(
    owner.workspaceId,
    [mention(QUARTZ, "Quartz Laboratories"), mention(LUMEN, "Lumen Analytics")],
    50,
  );
  await post(owner.workspaceId, [mention("urn:li:person:8kQvT3mZpA", "Quartz Person")], 1);
  await post(owner.workspaceId, [{ type: "text", text: "@Quartz Fake as text" }], 2);
  // Another workspace's Pages and mentions never show up.
  await post(other.workspaceId, [mention("urn:li:organization:777", "Quartz Elsewhere")], 1);
});

beforeEach(() => {
  clearVanityLookupCache();
  clearLookupRateLimits();
});

describe("searchMentions: local suggestions", () => {
  it("suggests the workspace's Pages, names starting with the query before words starting with it", async () => {
    const result = await search("northwind coffee");
    expect(result.suggestions.map((s) => [s.name, s.source])).toEqual([
      ["Northwind Coffee", "channel"],
      ["Northwind Coffee Roastery", "channel"],
    ]);
    expect(result.suggestions[0]).toEqual({
      urn: NORTHWIND,
      name: "Northwind Coffee",
      vanityName: "northwind-coffee",
      logoUrl: expect.stringMatching(/^http.*5515001/),
      source: "channel",
    });
    // "Northwind Coffee" is no vanity name: LinkedIn is not asked.
    expect(result).not.toHaveProperty("lookup");
    expect(result).not.toHaveProperty("lookupProblem");

    const roastery = await search("ROAST");
    expect(roastery.suggestions.map((s) => s.name)).toEqual(["Northwind Coffee Roastery"]);
  });

  it("suggests organizations mentioned before, newest name once, never people or plain text", async () => {
    const before = await lookups();
    const result = await search("Quartz L");
    expect(result.suggestions).toEqual([{ urn: QUARTZ, name: "Quartz Labs", source: "recent" }]);
    expect(await lookups()).toBe(before);
  });

  it("ranks exact names first and keeps to 8 suggestions", async () => {
    for (let i = 0; i < 12; i++) {
      await post(owner.workspaceId, [mention(`urn:li:organization:${9000 + i}`, `Zeta Org ${i}`)], 100 + i);
    }
    await post(owner.workspaceId, [mention("urn:li:organization:8999", "Zeta")], 200);
    const result = await search("Zeta");
    expect(result.suggestions).toHaveLength(8);
    expect(result.suggestions[0]).toMatchObject({ name: "Zeta", source: "recent" });
    // Newest mention first among equally good matches.
    expect(result.suggestions.slice(1, 4).map((s) => s.name)).toEqual([
      "Zeta Org 0",
      "Zeta Org 1",
      "Zeta Org 2",
    ]);
  });

  it("refuses an empty or overlong query", async () => {
    await expect(search("   ")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(search("x".repeat(101))).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("searchMentions: LinkedIn lookup", () => {
  it("finds a Page by exact vanity name and caches the answer", async () => {
    const before = await lookups();
    const result = await search("blue-harbor-studio");
    expect(result).toEqual({
      suggestions: [
        {
          urn: BLUE_HARBOR,
          name: "Blue Harbor Studio",
          vanityName: "blue-harbor-studio",
          logoUrl: expect.stringMatching(/5515003\.png$/),
          source: "linkedin",
        },
      ],
      lookup: { vanityName: "blue-harbor-studio", found: true },
    });
    expect(await search("Blue-Harbor-Studio")).toEqual(result);
    expect(await lookups()).toBe(before + 1);

    // Kept for a short time only.
    setClockOffset(FOUND_TTL_MS + 1_000);
    try {
      await search("blue-harbor-studio");
      expect(await lookups()).toBe(before + 2);
    } finally {
      setClockOffset(0);
    }
  });

  it("accepts a pasted linkedin.com/company URL", async () => {
    const result = await search("https://www.linkedin.com/company/quartz-labs/");
    // Mentioned before and found on LinkedIn: one suggestion, with LinkedIn's logo and vanity name.
    expect(result.suggestions).toEqual([
      {
        urn: QUARTZ,
        name: "Quartz Labs",
        vanityName: "quartz-labs",
        logoUrl: expect.stringMatching(/5515007\.png$/),
        source: "recent",
      },
    ]);
    expect(result.lookup).toEqual({ vanityName: "quartz-labs", found: true });
  });

  it("says when no Page has the vanity name, and caches that too", async () => {
    const before = await lookups();
    expect(await search("no-such-page")).toEqual({
      suggestions: [],
      lookup: { vanityName: "no-such-page", found: false },
    });
    await search("no-such-page");
    expect(await lookups()).toBe(before + 1);
    expect(vanityLookupCacheSize()).toBe(1);
  });

  it("does not ask LinkedIn for a vanity name one of the workspace's Pages has", async () => {
    const before = await lookups();
    const result = await search("acme-robotics");
    expect(result.suggestions.map((s) => [s.urn, s.source])).toEqual([[ACME, "channel"]]);
    expect(result).not.toHaveProperty("lookup");
    expect(await lookups()).toBe(before);
  });

  it("on a rate limit keeps the local suggestions, explains, and leaves LinkedIn alone for a while", async () => {
    await linkedin.control("/_sandbox/faults", { path: "^/rest/organizations\\?", status: 429, times: 1 });
    const result = await search("quartz");
    expect(result.suggestions).toEqual([{ urn: QUARTZ, name: "Quartz Labs", source: "recent" }]);
    expect(result.lookupProblem).toMatch(/slow down/);
    expect(result).not.toHaveProperty("lookup");
    const before = await lookups();
    const again = await search("lumen-analytics");
    expect(again.suggestions).toEqual([{ urn: LUMEN, name: "Lumen Analytics", source: "recent" }]);
    expect(again.lookupProblem).toMatch(/slow down/);
    expect(await lookups()).toBe(before);
  });

  it("answers other workspaces' questions with their own channels only", async () => {
    const result = await searchMentions({ workspaceId: other.workspaceId, query: "quartz" });
    expect(result.suggestions).toEqual([
      { urn: "urn:li:organization:777", name: "Quartz Elsewhere", source: "recent" },
    ]);
    expect(result.lookupProblem).toMatch(/Connect one under Channels/);
  });

  it("on a revoked token keeps the local suggestions and marks the connection for reconnecting", async () => {
    await linkedin.control("/_sandbox/faults", { revokeMember: "default" });
    const result = await search("northwind");
    expect(result.suggestions.map((s) => s.name)).toEqual(["Northwind Coffee", "Northwind Coffee Roastery"]);
    expect(result.lookupProblem).toMatch(/Reconnect/);
    const connection = await prisma().linkedInConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(connection.status).toBe("NEEDS_RECONNECT");
    // Later lookups do not try the dead token again.
    const before = await lookups();
    const later = await search("lumen-analytics");
    expect(later.lookupProblem).toMatch(/Reconnect your LinkedIn account/);
    expect(await lookups()).toBe(before);
  });
});
