import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { savePost } from "@/lib/services/posts/save-post";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let ctx: { workspaceId: string; userId: string };
let channels: string[];
const body = [
  { type: "text" as const, text: "Launch (today) [v2] " },
  { type: "hashtag" as const, tag: "ship" },
];
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

beforeAll(async () => {
  const { user, workspace } = await createUser({
    name: "Writer",
    email: "writer@example.com",
    password: "writer-password",
  });
  ctx = { workspaceId: workspace.id, userId: user.id };
  channels = await Promise.all(
    ["urn:li:organization:1", "urn:li:organization:2", "urn:li:organization:3"].map(
      async (authorUrn, index) =>
        (
          await prisma().channel.create({
            data: { workspaceId: workspace.id, kind: "ORGANIZATION", authorUrn, name: `Page ${index}` },
          })
        ).id,
    ),
  );
});

describe("savePost", () => {
  it("schedules one post with a target per channel and keeps the structured text", async () => {
    const { postId } = await savePost({
      ...ctx,
      channelIds: channels.slice(0, 2),
      body,
      content: { kind: "TEXT" },
      intent: "schedule",
      scheduledAt: inAnHour(),
    });
    const post = await prisma().post.findUniqueOrThrow({ where: { id: postId }, include: { targets: true } });
    expect(post.status).toBe("SCHEDULED");
    expect(post.body).toEqual(body);
    expect(post.targets.map((target) => target.state)).toEqual(["SCHEDULED", "SCHEDULED"]);
  });

  it("editing bumps the revision and adds/removes only unpublished targets", async () => {
    const { postId } = await savePost({
      ...ctx,
      channelIds: channels.slice(0, 2),
      body,
      content: { kind: "TEXT" },
      intent: "schedule",
      scheduledAt: inAnHour(),
    });
    const [first] = await prisma().postTarget.findMany({ where: { postId }, orderBy: { createdAt: "asc" } });
    await prisma().postTarget.update({
      where: { id: first!.id },
      data: { state: "PUBLISHED", linkedInUrn: "urn:li:share:1" },
    });
    await savePost({
      ...ctx,
      postId,
      channelIds: [channels[2]!],
      body,
      content: { kind: "TEXT" },
      intent: "schedule",
      scheduledAt: inAnHour(),
    });
    const post = await prisma().post.findUniqueOrThrow({ where: { id: postId }, include: { targets: true } });
    expect(post.revision).toBe(2);
    expect(post.targets.map((target) => [target.channelId, target.state]).sort()).toEqual(
      [
        [channels[0], "PUBLISHED"],
        [channels[2], "SCHEDULED"],
      ].sort(),
    );
  });

  it("refuses a time in the past, foreign channels and unhealthy channels, writing nothing", async () => {
    const before = await prisma().post.count();
    await expect(
      savePost({
        ...ctx,
        channelIds: [channels[0]!],
        body,
        content: { kind: "TEXT" },
        intent: "schedule",
        scheduledAt: "2020-01-01T00:00:00Z",
      }),
    ).rejects.toThrow("Pick a time in the future");
    await expect(
      savePost({ ...ctx, channelIds: ["not-ours"], body, content: { kind: "TEXT" }, intent: "draft" }),
    ).rejects.toBeInstanceOf(AppError);
    await prisma().channel.update({ where: { id: channels[1]! }, data: { status: "NEEDS_RECONNECT" } });
    await expect(
      savePost({
        ...ctx,
        channelIds: [channels[1]!],
        body,
        content: { kind: "TEXT" },
        intent: "schedule",
        scheduledAt: inAnHour(),
      }),
    ).rejects.toThrow("Reconnect Page 1");
    expect(await prisma().post.count()).toBe(before);
  });
});
