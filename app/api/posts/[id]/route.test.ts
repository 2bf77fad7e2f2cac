// GET /api/posts/{id} with the session stubbed: the post for its own workspace, a bare 404 for
// anyone else's id (nothing about the post in the answer), 401 when signed out.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/posts/[id]/route";
import { AppError } from "@/lib/errors";
import type { EditablePost } from "@/lib/services/posts/get-post";
import { savePost } from "@/lib/services/posts/save-post";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

type Acting = { userId: string; workspaceId: string } | null;
const acting = vi.hoisted(() => ({ current: null as Acting }));

vi.mock("@/lib/auth/session", () => ({
  requireWorkspaceOrThrow: async () => {
    if (!acting.current) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    const { userId, workspaceId } = acting.current;
    return {
      role: "OWNER",
      user: { id: userId, name: "", email: "" },
      workspace: { id: workspaceId, name: "", timeZone: "UTC" },
    };
  },
}));

const database = setupTestDatabase();
let owner: { userId: string; workspaceId: string };
let outsider: { userId: string; workspaceId: string };
let postId: string;
let channelId: string;

beforeAll(async () => {
  const a = await createUser({ name: "Olga", email: "olga@example.com", password: "olga-password" });
  const b = await createUser({ name: "Omar", email: "omar@example.com", password: "omar-password" });
  owner = { userId: a.user.id, workspaceId: a.workspace.id };
  outsider = { userId: b.user.id, workspaceId: b.workspace.id };
  channelId = (
    await database.runtime().prisma.channel.create({
      data: {
        workspaceId: owner.workspaceId,
        kind: "ORGANIZATION",
        authorUrn: "urn:li:organization:9",
        name: "Acme",
      },
    })
  ).id;
  ({ postId } = await savePost({
    ...owner,
    channelIds: [channelId],
    body: [{ type: "text", text: "Secret launch plans" }],
    content: { kind: "TEXT" },
    intent: "draft",
  }));
});

beforeEach(() => {
  acting.current = owner;
});

const get = (id: string) =>
  GET(new Request(`http://localhost:3000/api/posts/${id}`), { params: Promise.resolve({ id }) });

describe("GET /api/posts/{id}", () => {
  it("answers the post as the composer edits it", async () => {
    const response = await get(postId);
    expect(response.status).toBe(200);
    const post = (await response.json()) as EditablePost;
    expect(post).toMatchObject({
      id: postId,
      status: "DRAFT",
      channelIds: [channelId],
      content: { kind: "TEXT" },
      assets: {},
      editable: true,
      publishedChannelIds: [],
      targets: [expect.objectContaining({ channelId, channelName: "Acme", state: "DRAFT" })],
    });
  });

  it("answers another workspace's post, an unknown id and a malformed id with the same bare 404", async () => {
    acting.current = outsider;
    const foreign = await get(postId);
    expect(foreign.status).toBe(404);
    const answer = await foreign.text();
    expect(answer).not.toContain("Secret");
    expect(answer).not.toContain(postId);
    expect(JSON.parse(answer)).toEqual({
      error: { code: "NOT_FOUND", message: "That post does not exist in this workspace." },
    });
    expect(await (await get("nope")).json()).toEqual(JSON.parse(answer));
    expect((await get("../etc/passwd")).status).toBe(404);
  });

  it("answers 401 when signed out", async () => {
    acting.current = null;
    expect((await get(postId)).status).toBe(401);
  });
});
