import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { savePostSchema } from "@/lib/schemas/posts";
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

  describe("media", () => {
    let seq = 0;
    const asset = async (
      kind: "IMAGE" | "VIDEO" | "DOCUMENT" | "CAPTIONS",
      mimeType: string,
      workspaceId = ctx.workspaceId,
    ) =>
      (
        await prisma().mediaAsset.create({
          data: {
            workspaceId,
            kind,
            mimeType,
            fileName: `file-${++seq}`,
            sizeBytes: 1000n,
            sha256: `sha-${seq}`,
            storageKey: `assets/x/${seq}`,
          },
        })
      ).id;

    it("stores images in order with their alt text, and replaces them on edit", async () => {
      const [a, b, c] = [
        await asset("IMAGE", "image/png"),
        await asset("IMAGE", "image/jpeg"),
        await asset("IMAGE", "image/gif"),
      ];
      const content = savePostSchema.shape.content.parse({
        kind: "IMAGES",
        images: [
          { assetId: a, altText: "First (of three)" },
          { assetId: b },
          { assetId: c, altText: "Third" },
        ],
      });
      const { postId } = await savePost({
        ...ctx,
        channelIds: channels.slice(0, 1),
        body,
        content,
        intent: "draft",
      });
      const stored = await prisma().postMedia.findMany({ where: { postId }, orderBy: { position: "asc" } });
      expect(stored.map((m) => [m.assetId, m.role, m.position, m.altText])).toEqual([
        [a, "PRIMARY", 0, "First (of three)"],
        [b, "PRIMARY", 1, null],
        [c, "PRIMARY", 2, "Third"],
      ]);
      expect((await prisma().post.findUniqueOrThrow({ where: { id: postId } })).contentKind).toBe(
        "MULTI_IMAGE",
      );

      await savePost({
        ...ctx,
        postId,
        channelIds: channels.slice(0, 1),
        body,
        content: { kind: "IMAGES", images: [{ assetId: c, altText: "" }] },
        intent: "draft",
      });
      const after = await prisma().postMedia.findMany({ where: { postId } });
      expect(after.map((m) => m.assetId)).toEqual([c]);
      expect((await prisma().post.findUniqueOrThrow({ where: { id: postId } })).contentKind).toBe("IMAGE");
    });

    it("refuses another workspace's asset and the wrong kind, naming the field, writing nothing", async () => {
      const other = await createUser({
        name: "Other",
        email: "other-media@example.com",
        password: "other-password",
      });
      const foreign = await asset("IMAGE", "image/png", other.workspace.id);
      const video = await asset("VIDEO", "video/mp4");
      const gif = await asset("IMAGE", "image/gif");
      const before = await prisma().post.count();
      const attempt = (content: Parameters<typeof savePost>[0]["content"]) =>
        savePost({ ...ctx, channelIds: channels.slice(0, 1), body, content, intent: "draft" }).then(
          () => undefined,
          (error: AppError) => error.fieldErrors,
        );
      expect(await attempt({ kind: "IMAGES", images: [{ assetId: foreign, altText: "" }] })).toEqual({
        "content.images.0": [expect.stringContaining("not in the workspace's media library")],
      });
      expect(await attempt({ kind: "DOCUMENT", assetId: video, title: "Deck" })).toEqual({
        "content.assetId": [expect.stringContaining("needs a document")],
      });
      expect(
        await attempt({
          kind: "VIDEO",
          assetId: video,
          title: "",
          thumbnailAssetId: gif,
          captionsAssetId: null,
        }),
      ).toEqual({ "content.thumbnailAssetId": [expect.stringContaining("JPG or PNG thumbnail")] });
      expect(await prisma().post.count()).toBe(before);
    });

    it("the schema refuses 21 images, mixed kinds and over-long alt text before any service runs", () => {
      const images = Array.from({ length: 21 }, (_, i) => ({ assetId: `img${i}` }));
      const tooMany = savePostSchema.safeParse({
        channelIds: ["c"],
        body: [],
        intent: "draft",
        content: { kind: "IMAGES", images },
      });
      expect(tooMany.success || tooMany.error.issues[0]?.message).toBe("A post can have at most 20 images.");
      const longAlt = savePostSchema.safeParse({
        channelIds: ["c"],
        body: [],
        intent: "draft",
        content: { kind: "IMAGES", images: [{ assetId: "a", altText: "x".repeat(4087) }] },
      });
      expect(longAlt.success).toBe(false);
      const mixed = savePostSchema.safeParse({
        channelIds: ["c"],
        body: [],
        intent: "draft",
        content: { kind: "IMAGES", images: [{ assetId: "a" }], assetId: "v" },
      });
      // Unknown keys are stripped: a post is one kind, never two.
      expect(mixed.success && "assetId" in mixed.data.content).toBe(false);
    });

    it("refuses to change a post while a channel is being published", async () => {
      const { postId } = await savePost({
        ...ctx,
        channelIds: channels.slice(0, 1),
        body,
        content: { kind: "TEXT" },
        intent: "draft",
      });
      await prisma().postTarget.updateMany({ where: { postId }, data: { state: "CREATING_POST" } });
      await expect(
        savePost({
          ...ctx,
          postId,
          channelIds: channels.slice(0, 1),
          body: [],
          content: { kind: "TEXT" },
          intent: "draft",
        }),
      ).rejects.toThrow("being published right now");
      expect((await prisma().post.findUniqueOrThrow({ where: { id: postId } })).revision).toBe(1);
    });
  });
});
