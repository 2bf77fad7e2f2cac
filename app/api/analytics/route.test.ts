// GET /api/analytics and POST /api/analytics/sync with the session stubbed: a signed-out visitor
// gets 401, bad periods a 400 that says what is wrong, another workspace's channel a 404.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/analytics/route";
import { POST } from "@/app/api/analytics/sync/route";
import { AppError } from "@/lib/errors";
import { createTestWorkspace } from "@/lib/testing/test-channels";
import { seedAnalytics } from "@/lib/testing/seed-analytics";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const acting = vi.hoisted(() => ({ current: null as { workspaceId: string } | null }));
vi.mock("@/lib/auth/session", () => ({
  requireWorkspaceOrThrow: async () => {
    if (!acting.current) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    return {
      role: "OWNER",
      user: { id: "u", name: "", email: "" },
      workspace: { id: acting.current.workspaceId },
    };
  },
}));
const queued = vi.hoisted(() => ({ ids: [] as string[] }));
vi.mock("@/lib/services/analytics/request-analytics-sync", () => ({
  requestAnalyticsSync: async (ids: string[]) => {
    queued.ids.push(...ids);
    return ids.length;
  },
}));

setupTestDatabase();
let owner: { workspaceId: string };
let outsider: { workspaceId: string };
let channelId: string;
let foreignChannel: string;

const get = (query: string) => GET(new Request(`http://localhost/api/analytics?${query}`));
const sync = (body: unknown) =>
  POST(new Request("http://localhost/api/analytics/sync", { method: "POST", body: JSON.stringify(body) }));

beforeAll(async () => {
  owner = await createTestWorkspace();
  outsider = await createTestWorkspace();
  const lastDay = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - 86_400_000);
  ({ channelId } = await seedAnalytics({ workspaceId: owner.workspaceId, lastDay, days: 30, posts: 5 }));
  ({ channelId: foreignChannel } = await seedAnalytics({
    workspaceId: outsider.workspaceId,
    lastDay,
    days: 3,
    posts: 1,
  }));
});

describe("GET /api/analytics", () => {
  it("401 signed out", async () => {
    acting.current = null;
    expect((await get("from=2026-11-01&to=2026-11-28")).status).toBe(401);
    expect((await sync({})).status).toBe(401);
  });

  it("400 with the reason for a bad period", async () => {
    acting.current = owner;
    for (const [query, message] of [
      ["from=2026-11-28&to=2026-11-01", /start date is after/],
      ["from=2026-02-30&to=2026-03-10", /does not exist/],
      ["from=2024-01-01&to=2026-03-10", /at most 400 days/],
      ["to=2026-03-10", /./],
      ["from=2026-03-01&to=2026-03-10&granularity=hour", /./],
    ] as const) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(message);
    }
  });

  it("answers the workspace's figures; another workspace's channel is a 404 that reveals nothing", async () => {
    acting.current = owner;
    const response = await get(
      `channels=${channelId}&from=2026-11-01&to=2026-11-28&granularity=week&tz=Europe/Paris`,
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.channels.map((c: { id: string }) => c.id)).toEqual([channelId]);
    expect(body.heatmap.timeZone).toBe("Europe/Paris");
    const foreign = await get(`channels=${foreignChannel}&from=2026-11-01&to=2026-11-28`);
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(await foreign.json())).not.toContain("Seeded");
  });
});

describe("POST /api/analytics/sync", () => {
  it("queues this workspace's channels only", async () => {
    acting.current = owner;
    queued.ids = [];
    const response = await sync({ channels: [] });
    expect(response.status).toBe(202);
    expect(queued.ids).toEqual([channelId]);
    expect((await sync({ channels: [foreignChannel] })).status).toBe(404);
    expect((await sync({ channels: "all" })).status).toBe(400);
    expect(queued.ids).toEqual([channelId]);
  });
});
