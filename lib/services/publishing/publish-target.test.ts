// The publishing engine against the sandbox: every content kind arrives with everything the person
// wrote; each error class ends in the right state; a target is never published twice.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { nowMs } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { savePost } from "@/lib/services/posts/save-post";
import { publishTarget } from "@/lib/services/publishing/publish-target";
import { sweepTargets } from "@/lib/services/publishing/sweep-targets";
import { connectTestChannels, createTestWorkspace, storeTestAsset } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { dailyQuotaFault, setupTestSandbox } from "@/lib/testing/test-sandbox";
import { makeJpeg, makePdf, makePng, makeSrt, makeMp4 } from "@/sandbox/fixtures";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;

type SandboxPost = { id: string; author: string; commentary: string; content?: Record<string, unknown> };
const sandboxPosts = async () =>
  ((await linkedin.control("/_sandbox/state")) as { posts: SandboxPost[] }).posts;

let owner: { userId: string; workspaceId: string };
let channels: { id: string; name: string }[];
const body = [
  { type: "text" as const, text: "Launch (today) [v2] {beta} <soon> @team * _ ~ | \\ " },
  { type: "mention" as const, urn: "urn:li:organization:5515002", name: "Acme Robotics" },
  { type: "text" as const, text: " " },
  { type: "hashtag" as const, tag: "ship" },
];

beforeAll(async () => {
  vi.stubEnv("CADENCE_PUBLISH_RETRY_BASE_MS", "20");
  vi.stubEnv("LINKEDIN_TIMEOUT_MS", "1500");
  resetEnvCache();
  // LinkedIn's processing is instant here; the frozen sandbox clock would otherwise never finish it.
  await linkedin.control("/_sandbox/config", {
    media: { processingDelayMs: { image: 0, video: 0, document: 0 } },
  });
  owner = await createTestWorkspace();
  ({ channels } = await connectTestChannels(owner, [
    "urn:li:organization:5515001",
    "urn:li:organization:5515002",
  ]));
});

beforeEach(async () => {
  await fetch(`${linkedin.sandbox().url}/_sandbox/faults`, { method: "DELETE" });
});

/** A post due now on the given channels; returns its targets. */
async function duePost(
  content: Parameters<typeof savePost>[0]["content"],
  channelIds = [channels[0]!.id],
  text = body,
) {
  const { postId } = await savePost({ ...owner, channelIds, body: text, content, intent: "publish" });
  const post = await prisma().post.findUniqueOrThrow({ where: { id: postId }, include: { targets: true } });
  return { post, targets: post.targets };
}

/** Runs attempts until the target settles (as the worker would, without waiting for backoff). */
async function settle(targetId: string, maxAttempts = 10) {
  for (let i = 0; i < maxAttempts; i++) {
    const target = await prisma().postTarget.findUniqueOrThrow({
      where: { id: targetId },
      include: { post: true },
    });
    if (["PUBLISHED", "FAILED", "PAUSED"].includes(target.state)) return target;
    if (target.nextAttemptAt)
      await prisma().postTarget.update({ where: { id: targetId }, data: { nextAttemptAt: null } });
    await publishTarget({ targetId, revision: target.post.revision });
  }
  return prisma().postTarget.findUniqueOrThrow({ where: { id: targetId }, include: { post: true } });
}

describe("publishing", () => {
  it("publishes text with reserved characters, a mention and a hashtag exactly once", async () => {
    const { targets, post } = await duePost({ kind: "TEXT" });
    const [first, second] = await Promise.all([
      publishTarget({ targetId: targets[0]!.id, revision: post.revision, workerId: "worker-a" }),
      publishTarget({ targetId: targets[0]!.id, revision: post.revision, workerId: "worker-b" }),
    ]);
    expect([first, second].sort()).toEqual(["published", "skipped"]);
    const target = await prisma().postTarget.findUniqueOrThrow({
      where: { id: targets[0]!.id },
      include: { post: true },
    });
    expect(target.state).toBe("PUBLISHED");
    expect(target.post.status).toBe("PUBLISHED");
    const onLinkedIn = (await sandboxPosts()).filter((p) => p.id === target.linkedInUrn);
    expect(onLinkedIn).toHaveLength(1);
    expect(onLinkedIn[0]!.commentary).toBe(
      "Launch \\(today\\) \\[v2\\] \\{beta\\} \\<soon\\> \\@team \\* \\_ \\~ \\| \\\\ @[Acme Robotics](urn:li:organization:5515002) #ship",
    );
    // A job for an old revision, or a second wake-up, does nothing.
    expect(await publishTarget({ targetId: target.id, revision: post.revision })).toBe("skipped");
    const events = await prisma().targetEvent.findMany({
      where: { targetId: target.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.toState)).toEqual([
      "CLAIMED",
      "UPLOADING_MEDIA",
      "CREATING_POST",
      "PUBLISHED",
    ]);
  });

  it("sends alt text, titles, thumbnails and captions, uploading shared media once per owner", async () => {
    const images = await Promise.all(
      [0, 1, 2].map((i) =>
        storeTestAsset(owner.workspaceId, makePng({ width: 40 + i, height: 30 }), `photo-${i}.png`, "image"),
      ),
    );
    const { targets } = await duePost(
      {
        kind: "IMAGES",
        images: images.map((image, i) => ({ assetId: image.id, altText: `Alt (${i}) [x]` })),
      },
      channels.map((channel) => channel.id),
    );
    for (const target of targets) expect((await settle(target.id)).state).toBe("PUBLISHED");
    const published = await prisma().postTarget.findMany({ where: { id: { in: targets.map((t) => t.id) } } });
    const posts = (await sandboxPosts()).filter((p) => published.some((t) => t.linkedInUrn === p.id));
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      const multi = post.content!.multiImage as { images: { id: string; altText: string }[] };
      expect(multi.images.map((image) => image.altText)).toEqual([
        "Alt (0) [x]",
        "Alt (1) [x]",
        "Alt (2) [x]",
      ]);
    }
    // Each owner got its own copy: 3 images × 2 Pages.
    expect(await prisma().mediaUpload.count({ where: { assetId: { in: images.map((i) => i.id) } } })).toBe(6);

    // The same image in a later post to the same Page is not uploaded again.
    const before = await prisma().mediaUpload.findMany({ where: { assetId: images[0]!.id } });
    const again = await duePost({ kind: "IMAGES", images: [{ assetId: images[0]!.id, altText: "" }] });
    expect((await settle(again.targets[0]!.id)).state).toBe("PUBLISHED");
    const after = await prisma().mediaUpload.findMany({ where: { assetId: images[0]!.id } });
    expect(after.map((u) => u.linkedInUrn).sort()).toEqual(before.map((u) => u.linkedInUrn).sort());

    const video = await storeTestAsset(
      owner.workspaceId,
      makeMp4({ durationSeconds: 8, sizeBytes: 300_000 }),
      "tour.mp4",
      "video",
    );
    const thumb = await storeTestAsset(
      owner.workspaceId,
      makeJpeg({ width: 64, height: 36 }),
      "thumb.jpg",
      "thumbnail",
    );
    const srt = await storeTestAsset(owner.workspaceId, makeSrt({ cues: 2 }), "tour.srt", "captions");
    const videoPost = await duePost({
      kind: "VIDEO",
      assetId: video.id,
      title: "Inside (the) roastery",
      thumbnailAssetId: thumb.id,
      captionsAssetId: srt.id,
    });
    const videoTarget = await settle(videoPost.targets[0]!.id);
    expect(videoTarget.state).toBe("PUBLISHED");
    const state = (await linkedin.control("/_sandbox/state")) as {
      posts: SandboxPost[];
      media: { id: string; captions?: unknown; thumbnail?: unknown }[];
    };
    const sent = state.posts.find((p) => p.id === videoTarget.linkedInUrn)!;
    const media = sent.content!.media as { id: string; title: string };
    expect(media.title).toBe("Inside (the) roastery");
    const sandboxVideo = state.media.find((m) => m.id === media.id)!;
    expect(sandboxVideo.thumbnail).toBeTruthy();
    expect(sandboxVideo.captions).toBeTruthy();

    const pdf = await storeTestAsset(owner.workspaceId, makePdf({ pages: 3 }), "deck.pdf", "document");
    const doc = await duePost({ kind: "DOCUMENT", assetId: pdf.id, title: "Winter menu" });
    const docTarget = await settle(doc.targets[0]!.id);
    const docPost = (await sandboxPosts()).find((p) => p.id === docTarget.linkedInUrn)!;
    expect((docPost.content!.media as { title: string }).title).toBe("Winter menu");

    const cover = await storeTestAsset(
      owner.workspaceId,
      makePng({ width: 120, height: 63 }),
      "cover.png",
      "image",
    );
    const article = await duePost({
      kind: "ARTICLE",
      url: "https://example.com/blog/roast",
      title: "How we roast",
      description: "Twelve minutes",
      thumbnailAssetId: cover.id,
    });
    const articleTarget = await settle(article.targets[0]!.id);
    const articlePost = (await sandboxPosts()).find((p) => p.id === articleTarget.linkedInUrn)!;
    expect(articlePost.content!.article).toMatchObject({
      source: "https://example.com/blog/roast",
      title: "How we roast",
      description: "Twelve minutes",
    });
    expect((articlePost.content!.article as { thumbnail: string }).thumbnail).toMatch(/^urn:li:image:/);
  });

  it("a create that fails or times out is reconciled, never posted twice", async () => {
    // A 500 before LinkedIn stored anything: outcome unknown → looked up → not found → created once.
    await linkedin.control("/_sandbox/faults", {
      method: "POST",
      path: "^/rest/posts$",
      status: 500,
      times: 1,
    });
    const failing = await duePost(
      { kind: "TEXT" },
      [channels[0]!.id],
      [{ type: "text", text: "Reconcile me (500)" }],
    );
    expect(await publishTarget({ targetId: failing.targets[0]!.id, revision: failing.post.revision })).toBe(
      "unknown-outcome",
    );
    expect(
      (await prisma().postTarget.findUniqueOrThrow({ where: { id: failing.targets[0]!.id } })).state,
    ).toBe("OUTCOME_UNKNOWN");
    expect((await settle(failing.targets[0]!.id)).state).toBe("PUBLISHED");
    expect((await sandboxPosts()).filter((p) => p.commentary === "Reconcile me \\(500\\)")).toHaveLength(1);

    // A slow create that LinkedIn completes after Cadence gave up: found on LinkedIn, not re-created.
    await linkedin.control("/_sandbox/faults", {
      method: "POST",
      path: "^/rest/posts$",
      delayMs: 2500,
      times: 1,
    });
    const slow = await duePost({ kind: "TEXT" }, [channels[0]!.id], [{ type: "text", text: "Slow create" }]);
    expect(await publishTarget({ targetId: slow.targets[0]!.id, revision: slow.post.revision })).toBe(
      "unknown-outcome",
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const settled = await settle(slow.targets[0]!.id);
    expect(settled.state).toBe("PUBLISHED");
    const copies = (await sandboxPosts()).filter((p) => p.commentary === "Slow create");
    expect(copies).toHaveLength(1);
    expect(settled.linkedInUrn).toBe(copies[0]!.id);
  });

  it("releases the work of a worker that stopped: before the create it retries, during it it reconciles", async () => {
    const { targets, post } = await duePost(
      { kind: "TEXT" },
      [channels[0]!.id],
      [{ type: "text", text: "Crashed mid-create" }],
    );
    // Simulate a worker that died right after recording CREATING_POST.
    await prisma().postTarget.update({
      where: { id: targets[0]!.id },
      data: {
        state: "CREATING_POST",
        claimedBy: "gone-worker",
        claimedAt: new Date(),
        claimedRevision: post.revision,
      },
    });
    expect((await sweepTargets()).released).toBeGreaterThanOrEqual(1);
    const unknown = await prisma().postTarget.findUniqueOrThrow({ where: { id: targets[0]!.id } });
    expect(unknown.state).toBe("OUTCOME_UNKNOWN");
  });
  it("waits for the daily quota, fails with LinkedIn's reason, and pauses on a refused token", async () => {
    await linkedin.control("/_sandbox/faults", dailyQuotaFault("^/rest/posts$"));
    const limited = await duePost({ kind: "TEXT" }, [channels[0]!.id], [{ type: "text", text: "Quota" }]);
    expect(await publishTarget({ targetId: limited.targets[0]!.id, revision: limited.post.revision })).toBe(
      "retry",
    );
    const waiting = await prisma().postTarget.findUniqueOrThrow({ where: { id: limited.targets[0]!.id } });
    expect(waiting.state).toBe("RETRY_WAIT");
    expect(waiting.lastErrorCode).toBe("RATE_LIMITED");
    expect(waiting.nextAttemptAt!.getTime()).toBeGreaterThan(nowMs());
    expect(waiting.nextAttemptAt!.toISOString()).toMatch(/T00:00:00\.000Z$/);
    // Not due yet: a wake-up does nothing.
    expect(await publishTarget({ targetId: waiting.id, revision: limited.post.revision })).toBe("skipped");

    const video = await storeTestAsset(
      owner.workspaceId,
      makeMp4({ durationSeconds: 5, sizeBytes: 200_000 }),
      "bad.mp4",
      "video",
    );
    await linkedin.control("/_sandbox/faults", {
      kind: "PROCESSING_FAILED",
      match: "^urn:li:video:",
      reason: "Corrupt stream",
      times: 1,
    });
    const broken = await duePost({ kind: "VIDEO", assetId: video.id, title: "" });
    const failed = await settle(broken.targets[0]!.id);
    expect(failed.state).toBe("FAILED");
    expect(failed.lastErrorCode).toBe("MEDIA_PROCESSING_FAILED");
    expect(failed.lastError).toContain("Corrupt stream");
    expect(
      await prisma().notification.count({ where: { workspaceId: owner.workspaceId, kind: "post.failed" } }),
    ).toBe(1);

    await linkedin.control("/_sandbox/faults", { revokeMember: "default" });
    const revoked = await duePost({ kind: "TEXT" }, [channels[1]!.id], [{ type: "text", text: "Revoked" }]);
    expect(await publishTarget({ targetId: revoked.targets[0]!.id, revision: revoked.post.revision })).toBe(
      "paused",
    );
    const paused = await prisma().postTarget.findUniqueOrThrow({
      where: { id: revoked.targets[0]!.id },
      include: { channel: true },
    });
    expect(paused.state).toBe("PAUSED");
    expect(paused.lastErrorCode).toBe("TOKEN_INVALID");
    expect(paused.channel.status).toBe("NEEDS_RECONNECT");
  });
});
