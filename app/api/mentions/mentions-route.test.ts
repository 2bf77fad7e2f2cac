// GET /api/mentions on a real database with the session stubbed: validation, the JSON shape, and
// who may ask. The LinkedIn side of the search is covered by lib/services/mentions.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/mentions/route";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MentionSearchResult } from "@/lib/services/mentions/mention-schemas";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

type Acting = { userId: string; workspaceId: string; role: Role } | null;
const acting = vi.hoisted(() => ({ current: null as Acting }));

vi.mock("@/lib/auth/session", () => ({
  requireWorkspaceOrThrow: async () => {
    if (!acting.current) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    const { userId, workspaceId, role } = acting.current;
    return {
      role,
      user: { id: userId, name: "", email: "" },
      workspace: { id: workspaceId, name: "", timeZone: "UTC" },
    };
  },
}));

const database = setupTestDatabase();
let owner: { userId: string; workspaceId: string };
let outsider: { userId: string; workspaceId: string };

beforeAll(async () => {
  const a = await createUser({ name: "Olga", email: "olga@example.com", password: "olga-password" });
  const b = await createUser({ name: "Omar", email: "omar@example.com", password: "omar-password" });
  owner = { userId: a.user.id, workspaceId: a.workspace.id };
  outsider = { userId: b.user.id, workspaceId: b.workspace.id };
  const prisma = database.runtime().prisma;
  await prisma.channel.create({
    data: {
      workspaceId: owner.workspaceId,
      kind: "ORGANIZATION",
      authorUrn: "urn:li:organization:5515001",
      name: "Northwind Coffee",
      vanityName: "northwind-coffee",
      logoUrl: "https://media.example.com/northwind.png",
    },
  });
  await prisma.post.create({
    data: {
      workspaceId: owner.workspaceId,
      body: [{ type: "mention", urn: "urn:li:organization:5515007", name: "Quartz Labs" }],
    },
  });
});

beforeEach(() => {
  acting.current = { ...owner, role: "OWNER" };
});

const get = (query: string) => GET(new Request(`http://localhost:3000/api/mentions${query}`));

describe("GET /api/mentions", () => {
  it("answers 200 with the workspace's suggestions", async () => {
    const response = await get("?q=north");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = (await response.json()) as MentionSearchResult;
    expect(body.suggestions).toEqual([
      {
        urn: "urn:li:organization:5515001",
        name: "Northwind Coffee",
        vanityName: "northwind-coffee",
        logoUrl: "https://media.example.com/northwind.png",
        source: "channel",
      },
    ]);
    // "north" could be a vanity name, but no channel can look it up: said in plain words.
    expect(body.lookupProblem).toMatch(/Connect one under Channels/);
  });

  it("answers with earlier mentions for any member role, viewers included", async () => {
    acting.current = { ...owner, role: "VIEWER" };
    const body = (await (await get(`?q=${encodeURIComponent("Quartz L")}`)).json()) as MentionSearchResult;
    expect(body).toEqual({
      suggestions: [{ urn: "urn:li:organization:5515007", name: "Quartz Labs", source: "recent" }],
    });
  });

  it("answers 400 for a missing, blank or overlong query", async () => {
    for (const query of ["", "?q=", "?q=%20%20", `?q=${"x".repeat(101)}`]) {
      const response = await get(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        error: { code: string; message: string; fieldErrors: object };
      };
      expect(body.error).toMatchObject({ code: "VALIDATION", fieldErrors: { q: [body.error.message] } });
    }
  });

  it("shows nothing of another workspace and answers 401 when signed out", async () => {
    acting.current = { ...outsider, role: "OWNER" };
    expect(((await (await get("?q=north")).json()) as MentionSearchResult).suggestions).toEqual([]);
    acting.current = null;
    expect((await get("?q=north")).status).toBe(401);
  });
});
