import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { TargetState } from "@/lib/generated/prisma/enums";
import type { PostContent } from "@/lib/schemas/post-content";
import { ARCHIVED_MESSAGE, deletePost } from "@/lib/services/posts/delete-post";
import { duplicatePost } from "@/lib/services/posts/duplicate-post";
import { getPost } from "@/lib/services/posts/get-post";
import { listPosts } from "@/lib/services/posts/list-posts";
import { savePost } from "@/lib/services/posts/save-post";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
let ctx: { workspaceId: string; userId: string };
let other: { workspaceId: string; userId: string };
let channels: string[];
const body = [
  { type: "text" as const, text: "Hello (world) " },
  { type: "hashtag" as const, tag: "ship" },
];

let seq = 0;
async function asset(kind: "IMAGE" | "VIDEO" | "DOCUMENT" | "CAPTIONS", mimeType: string) {
  seq += 1;
  return (
    await prisma().mediaAsset.create({
      data: {
        workspaceId: ctx.workspaceId,
        kind,
        mimeType,
        fileName: `file-${seq}`,
        sizeBytes: 1000n,
        sha256: `sha-${seq}`,
        storageKey: `assets/x/${seq}`,
        width: kind === "IMAGE" ? 800 : null,
        height: kind === "IMAGE" ? 600 : null,
      },
    })
  ).id;
}

async function draft(content: PostContent = { kind: "TEXT" }, channelIds = channels) {
  return (await savePost({ ...ctx, channelIds, body, content, intent: "draft", timeZone: "Europe/Paris" }))
    .postId;
}

async function setStates(postId: string, states: TargetState[]) {
  const targets = await prisma().postTarget.findMany({ where: { postId }, orderBy: { createdAt: "asc" } });
  for (const [index, state] of states.entries())
    await prisma().postTarget.update({
      where: { id: targets[index]!.id },
      data: { state, linkedInUrn: state === "PUBLISHED" ? `urn:li:share:${index + 1}` : null },
    });
}

async function snapshot(postId: string) {
  return prisma().post.findUnique({
    where: { id: postId },
    include: { targets: { orderBy: { createdAt: "asc" } }, media: { orderBy: { position: "asc" } } },
  });
}

beforeAll(async () => {
  const a = await createUser({ name: "Mara", email: "mara@example.com", password: "mara-password" });
  const b = await createUser({ name: "Noor", email: "noor@example.com", password: "noor-password" });
  ctx = { workspaceId: a.workspace.id, userId: a.user.id };
  other = { workspaceId: b.workspace.id, userId: b.user.id };
  channels = await Promise.all(
    ["urn:li:organization:1", "urn:li:organization:2"].map(
      async (authorUrn, index) =>
        (
          await prisma().channel.create({
            data: { workspaceId: ctx.workspaceId, kind: "ORGANIZATION", authorUrn, name: `Page ${index}` },
          })
        ).id,
    ),
  );
});

describe("duplicatePost", () => {
  it("copies text, content, media with alt text, time zone and channels into a new draft", async () => {
    const [a, b] = [await asset("IMAGE", "image/png"), await asset("IMAGE", "image/jpeg")];
    const postId = await draft({
      kind: "IMAGES",
      images: [
        { assetId: a, altText: "A chart (rising)" },
        { assetId: b, altText: "" },
      ],
    });
    await prisma().post.update({
      where: { id: postId },
      data: { scheduledAt: new Date(), status: "SCHEDULED" },
    });
    await setStates(postId, ["PUBLISHED", "FAILED"]);

    const copy = await duplicatePost({ ...ctx, postId });
    expect(copy.postId).not.toBe(postId);
    const [source, duplicate] = [await snapshot(postId), await snapshot(copy.postId)];
    expect(duplicate).toMatchObject({
      status: "DRAFT",
      scheduledAt: null,
      timeZone: "Europe/Paris",
      createdById: ctx.userId,
      contentKind: "MULTI_IMAGE",
      revision: 1,
      body: source!.body,
      content: source!.content,
    });
    expect(duplicate!.targets.map((t) => [t.channelId, t.state, t.linkedInUrn])).toEqual([
      [channels[0], "DRAFT", null],
      [channels[1], "DRAFT", null],
    ]);
    expect(duplicate!.media.map((m) => [m.assetId, m.role, m.position, m.altText])).toEqual([
      [a, "PRIMARY", 0, "A chart (rising)"],
      [b, "PRIMARY", 1, null],
    ]);
  });

  it("refuses another workspace's post", async () => {
    const postId = await draft();
    const before = await prisma().post.count();
    await expect(duplicatePost({ ...other, postId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma().post.count()).toBe(before);
  });
});

describe("deletePost", () => {
  it("deletes a draft with its targets and media rows, and keeps the assets in the library", async () => {
    const video = await asset("VIDEO", "video/mp4");
    const thumbnail = await asset("IMAGE", "image/png");
    const postId = await draft({
      kind: "VIDEO",
      assetId: video,
      title: "Demo",
      thumbnailAssetId: thumbnail,
      captionsAssetId: null,
    });
    expect(await deletePost({ ...ctx, postId })).toEqual({ outcome: "DELETED", message: "Post deleted." });
    expect(await snapshot(postId)).toBeNull();
    expect(await prisma().postTarget.count({ where: { postId } })).toBe(0);
    expect(await prisma().postMedia.count({ where: { postId } })).toBe(0);
    expect(await prisma().mediaAsset.count({ where: { id: { in: [video, thumbnail] } } })).toBe(2);
  });

  it("archives a post published on one channel and cancels the others, deleting nothing", async () => {
    const postId = await draft();
    await setStates(postId, ["PUBLISHED", "SCHEDULED"]);
    expect(await deletePost({ ...ctx, postId })).toEqual({ outcome: "ARCHIVED", message: ARCHIVED_MESSAGE });
    const post = await snapshot(postId);
    expect(post).toMatchObject({ status: "ARCHIVED", revision: 2 });
    expect(post!.targets.map((t) => [t.state, t.linkedInUrn])).toEqual([
      ["PUBLISHED", "urn:li:share:1"],
      ["CANCELLED", null],
    ]);
    const events = await prisma().targetEvent.findMany({ where: { targetId: post!.targets[1]!.id } });
    expect(events.map((e) => [e.fromState, e.toState])).toEqual([["SCHEDULED", "CANCELLED"]]);
    // It leaves the list, and it cannot be opened, copied or removed again.
    expect((await listPosts(ctx)).map((p) => p.id)).not.toContain(postId);
    await expect(getPost({ ...ctx, postId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deletePost({ ...ctx, postId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each(["CLAIMED", "UPLOADING_MEDIA", "WAITING_FOR_MEDIA", "CREATING_POST", "OUTCOME_UNKNOWN"] as const)(
    "refuses while a target is %s, changing nothing",
    async (state) => {
      const postId = await draft();
      await setStates(postId, ["PUBLISHED", state]);
      const before = await snapshot(postId);
      const error = await deletePost({ ...ctx, postId }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("being published right now"),
      });
      expect(await snapshot(postId)).toEqual(before);
    },
  );

  it("refuses another workspace's post, changing nothing", async () => {
    const postId = await draft();
    const before = await snapshot(postId);
    await expect(deletePost({ ...other, postId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(postId)).toEqual(before);
  });
});

describe("getPost", () => {
  it("returns the post as the composer edits it, with every asset its content refers to", async () => {
    const video = await asset("VIDEO", "video/mp4");
    const thumbnail = await asset("IMAGE", "image/jpeg");
    const captions = await asset("CAPTIONS", "application/x-subrip");
    const postId = await draft({
      kind: "VIDEO",
      assetId: video,
      title: "Demo",
      thumbnailAssetId: thumbnail,
      captionsAssetId: captions,
    });
    await setStates(postId, ["PUBLISHED", "FAILED"]);
    const post = await getPost({ ...ctx, postId });
    expect(post).toMatchObject({
      id: postId,
      status: "DRAFT",
      revision: 1,
      channelIds: channels,
      body,
      content: { kind: "VIDEO", assetId: video, title: "Demo", thumbnailAssetId: thumbnail },
      scheduledAt: null,
      timeZone: "Europe/Paris",
      editable: true,
      publishedChannelIds: [channels[0]],
    });
    expect(Object.keys(post.assets).sort()).toEqual([video, thumbnail, captions].sort());
    expect(post.assets[thumbnail]).toMatchObject({
      kind: "IMAGE",
      mimeType: "image/jpeg",
      sizeBytes: 1000,
      url: `/api/media/${thumbnail}/file`,
    });
    expect(post.targets).toEqual([
      expect.objectContaining({ channelId: channels[0], channelName: "Page 0", state: "PUBLISHED" }),
      expect.objectContaining({
        channelId: channels[1],
        channelName: "Page 1",
        state: "FAILED",
        linkedInUrn: null,
      }),
    ]);
    // Already JSON-safe: what the route sends is what the service returned.
    expect(JSON.parse(JSON.stringify(post))).toEqual(post);

    await setStates(postId, ["PUBLISHED", "CREATING_POST"]);
    expect((await getPost({ ...ctx, postId })).editable).toBe(false);
  });

  it("answers NOT_FOUND for another workspace's post", async () => {
    const postId = await draft();
    await expect(getPost({ ...other, postId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listPosts", () => {
  it("shows the first image, or the video's thumbnail, and counts the media", async () => {
    const [a, b] = [await asset("IMAGE", "image/png"), await asset("IMAGE", "image/png")];
    const images = await draft({
      kind: "IMAGES",
      images: [
        { assetId: a, altText: "" },
        { assetId: b, altText: "" },
      ],
    });
    const video = await asset("VIDEO", "video/mp4");
    const thumbnail = await asset("IMAGE", "image/png");
    const withThumbnail = await draft({
      kind: "VIDEO",
      assetId: video,
      title: "",
      thumbnailAssetId: thumbnail,
    });
    const document = await draft({
      kind: "DOCUMENT",
      assetId: await asset("DOCUMENT", "application/pdf"),
      title: "Deck",
    });
    const text = await draft();
    await setStates(text, ["CREATING_POST"]);

    const byId = new Map((await listPosts(ctx)).map((post) => [post.id, post]));
    expect(byId.get(images)).toMatchObject({
      thumbnailUrl: `/api/media/${a}/file`,
      mediaCount: 2,
      editable: true,
    });
    expect(byId.get(withThumbnail)).toMatchObject({
      thumbnailUrl: `/api/media/${thumbnail}/file`,
      mediaCount: 1,
    });
    expect(byId.get(document)).toMatchObject({ thumbnailUrl: null, mediaCount: 1, contentKind: "DOCUMENT" });
    expect(byId.get(text)).toMatchObject({ thumbnailUrl: null, mediaCount: 0, editable: false });
  });
});
