// GET /api/calendar with the session stubbed: the workspace's posts due in the range (dated drafts
// included, archived and other workspaces' posts not), with links, warnings and whether each can
// move; a bad or too-long range is a 400 and a signed-out visitor a 401.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/calendar/route";
import { AppError } from "@/lib/errors";
import type { CalendarPost } from "@/lib/services/calendar/list-calendar-posts";
import { savePost } from "@/lib/services/posts/save-post";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

type Acting = { workspaceId: string } | null;
const acting = vi.hoisted(() => ({ current: null as Acting }));

vi.mock("@/lib/auth/session", () => ({
  requireWorkspaceOrThrow: async () => {
    if (!acting.current) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    return {
      role: "OWNER",
      user: { id: "u", name: "", email: "" },
      workspace: { id: acting.current.workspaceId, name: "", timeZone: "UTC" },
    };
  },
}));

// Scheduling wakes the publishing queue; these tests read, they publish nothing.
vi.mock("@/lib/services/publishing/wake-targets", () => ({ wakePost: async () => {} }));

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let owner: { workspaceId: string; userId: string };
let outsider: { workspaceId: string; userId: string };
let northwind: string;
let acme: string;
const ids: Record<string, string> = {};
// Far enough ahead that "schedule" accepts every time below whenever the test runs.
const month = (day: number, time = "09:30") => `2031-03-${String(day).padStart(2, "0")}T${time}:00.000Z`;

async function post(
  name: string,
  scheduledAt: string | undefined,
  intent: "draft" | "schedule",
  who = owner,
) {
  const channelIds = who === owner ? [northwind, acme] : [];
  if (who !== owner)
    channelIds.push(
      (
        await prisma().channel.create({
          data: {
            workspaceId: who.workspaceId,
            kind: "ORGANIZATION",
            authorUrn: "urn:li:organization:3",
            name: "Other",
          },
        })
      ).id,
    );
  ids[name] = (
    await savePost({
      ...who,
      channelIds,
      body: [
        { type: "text", text: `${name} post ` },
        { type: "hashtag", tag: "news" },
      ],
      content: { kind: "TEXT" },
      intent,
      scheduledAt,
      timeZone: "Europe/Berlin",
    })
  ).postId;
}

beforeAll(async () => {
  const a = await createUser({ name: "Cal", email: "cal@example.com", password: "cal-password" });
  const b = await createUser({ name: "Eve", email: "eve@example.com", password: "eve-password" });
  owner = { workspaceId: a.workspace.id, userId: a.user.id };
  outsider = { workspaceId: b.workspace.id, userId: b.user.id };
  const connection = await prisma().linkedInConnection.create({
    data: {
      workspaceId: owner.workspaceId,
      memberUrn: "urn:li:person:1",
      memberName: "Cal",
      grantedScopes: [],
      // Ends between the two scheduled posts, with no refresh token to renew it.
      accessTokenExpiresAt: new Date(month(10, "12:00")),
    },
  });
  const [first, second] = await Promise.all(
    ["Northwind Coffee", "Acme Robotics"].map((name, index) =>
      prisma().channel.create({
        data: {
          workspaceId: owner.workspaceId,
          connectionId: connection.id,
          kind: "ORGANIZATION",
          authorUrn: `urn:li:organization:${index + 1}`,
          name,
        },
      }),
    ),
  );
  northwind = first!.id;
  acme = second!.id;
  await post("early", month(5), "schedule");
  await post("late", month(20), "schedule");
  await post("dated-draft", month(12), "draft");
  await post("undated-draft", undefined, "draft");
  await post("archived", month(6), "schedule");
  await post("outside", month(31, "10:00"), "schedule");
  await post("foreign", month(7), "schedule", outsider);
  await prisma().post.update({ where: { id: ids.archived }, data: { status: "ARCHIVED" } });
  await prisma().postTarget.update({
    where: { postId_channelId: { postId: ids.early!, channelId: northwind } },
    data: { state: "PUBLISHED", linkedInUrn: "urn:li:share:42" },
  });
});

beforeEach(() => {
  acting.current = owner;
});

const get = (query: string) => GET(new Request(`http://localhost:3000/api/calendar?${query}`));
const range = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

describe("GET /api/calendar", () => {
  it("answers the posts due in [from, to), oldest first, with what the calendar shows", async () => {
    const response = await get(range("2031-03-01T00:00:00Z", "2031-03-31T10:00:00+00:00"));
    expect(response.status).toBe(200);
    const posts = (await response.json()) as CalendarPost[];
    expect(posts.map((item) => item.id)).toEqual([ids.early, ids["dated-draft"], ids.late]);

    const [early, draft, late] = posts;
    expect(early).toMatchObject({
      excerpt: "early post #news",
      text: "early post #news",
      scheduledAt: month(5),
      timeZone: "Europe/Berlin",
      contentKind: "TEXT",
      thumbnailUrl: null,
      tokenWarning: null,
      reschedulable: true,
    });
    const byName = [...early!.targets].sort((a, b) => b.channel.name.localeCompare(a.channel.name));
    expect(byName).toEqual([
      {
        id: expect.any(String),
        channel: { id: northwind, name: "Northwind Coffee", logoUrl: null, kind: "ORGANIZATION" },
        state: "PUBLISHED",
        lastError: null,
        linkedInUrn: "urn:li:share:42",
        url: expect.stringMatching(/\/feed\/update\/urn(:|%3A)li(:|%3A)share(:|%3A)42\/?$/),
      },
      expect.objectContaining({
        channel: expect.objectContaining({ id: acme }),
        state: "SCHEDULED",
        url: null,
      }),
    ]);
    expect(draft).toMatchObject({ status: "DRAFT", reschedulable: true });
    expect(late!.tokenWarning).toBe(
      "The LinkedIn sign-in for Acme Robotics and Northwind Coffee expires on Mar 10, 2031, before this post. Reconnect them.",
    );
  });

  it("does not let a post published everywhere move", async () => {
    await prisma().postTarget.updateMany({ where: { postId: ids.early }, data: { state: "PUBLISHED" } });
    const posts = (await (
      await get(range("2031-03-05T00:00:00Z", "2031-03-06T00:00:00Z"))
    ).json()) as CalendarPost[];
    expect(posts).toHaveLength(1);
    expect(posts[0]!.reschedulable).toBe(false);
  });

  it("shows another workspace nothing of these posts", async () => {
    acting.current = outsider;
    const posts = (await (
      await get(range("2031-03-01T00:00:00Z", "2031-04-01T00:00:00Z"))
    ).json()) as CalendarPost[];
    expect(posts.map((item) => item.id)).toEqual([ids.foreign]);
  });

  it.each([
    ["no range", ""],
    ["dates without a time", range("2031-03-01", "2031-03-31")],
    ["garbage", range("soon", "later")],
    ["to before from", range("2031-03-10T00:00:00Z", "2031-03-01T00:00:00Z")],
    ["more than 62 days", range("2031-01-01T00:00:00Z", "2031-03-05T00:00:00Z")],
  ])("answers 400 for %s", async (_name, query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("VALIDATION");
  });

  it("answers 401 when signed out", async () => {
    acting.current = null;
    expect((await get(range("2031-03-01T00:00:00Z", "2031-03-31T00:00:00Z"))).status).toBe(401);
  });
});
