// The promise under load and faults: 200 targets on 5 channels, published by the real worker
// (pg-boss) against a sandbox that answers 5xx, drops connections, creates slowly (after Cadence
// gave up), fails video processing and runs out of its daily quota. Every target must end
// PUBLISHED or FAILED with a reason, and LinkedIn must hold exactly one post per published target.
// PostgreSQL only (the production queue's database; about two minutes): the PGlite run does not
// collect *.postgres.test.ts, and the engine's PGlite semantics are covered by publish-target.test.ts.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { now as clockNow } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { type RunningWorker, startWorker } from "@/lib/jobs/worker";
import { savePost } from "@/lib/services/posts/save-post";
import { connectTestChannels, createTestWorkspace, storeTestAsset } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { setupTestSandbox } from "@/lib/testing/test-sandbox";
import { makeMp4, makePng } from "@/sandbox/fixtures";

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;
let worker: RunningWorker | undefined;

const POSTS = 40;
const TERMINAL = ["PUBLISHED", "FAILED"];

beforeAll(async () => {
  vi.stubEnv("CADENCE_PUBLISH_RETRY_BASE_MS", "20");
  vi.stubEnv("CADENCE_PUBLISH_MAX_ATTEMPTS", "10");
  vi.stubEnv("LINKEDIN_TIMEOUT_MS", "1500");
  resetEnvCache();
  await linkedin.control("/_sandbox/config", {
    media: { processingDelayMs: { image: 0, video: 0, document: 0 } },
  });
});

afterAll(async () => {
  await worker?.stop();
});

it("200 targets through 5xx, drops, slow creates, failed processing and the daily quota: each ends once", async () => {
  const owner = await createTestWorkspace();
  const { connectionId } = await connectTestChannels(owner, [
    "urn:li:organization:5515001",
    "urn:li:organization:5515002",
    "urn:li:organization:5515003",
    "urn:li:organization:5515008",
  ]);
  const { memberUrn } = await prisma().linkedInConnection.findUniqueOrThrow({ where: { id: connectionId } });
  const { addChannels } = await import("@/lib/services/channels/add-channels");
  await addChannels({ workspaceId: owner.workspaceId, connectionId, authorUrns: [memberUrn] });
  const channelIds = (await prisma().channel.findMany({ where: { workspaceId: owner.workspaceId } })).map(
    (c) => c.id,
  );
  expect(channelIds).toHaveLength(5);

  const image = await storeTestAsset(
    owner.workspaceId,
    makePng({ width: 64, height: 48 }),
    "photo.png",
    "image",
  );
  const video = await storeTestAsset(
    owner.workspaceId,
    makeMp4({ durationSeconds: 6, sizeBytes: 120_000 }),
    "clip.mp4",
    "video",
  );

  // Faults, seeded so a run replays identically.
  const fault = (body: Record<string, unknown>) => linkedin.control("/_sandbox/faults", body);
  await fault({ method: "POST", path: "^/rest/posts$", status: 500, probability: 0.1 });
  await fault({ method: "POST", path: "^/rest/posts$", status: 0, probability: 0.05 });
  await fault({ method: "POST", path: "^/rest/posts$", delayMs: 2000, probability: 0.05 });
  await fault({ method: "POST", path: "action=initializeUpload", status: 503, probability: 0.2 });
  await fault({ kind: "PROCESSING_FAILED", match: "^urn:li:video:", reason: "Unsupported codec", times: 3 });

  for (let i = 0; i < POSTS; i++) {
    const content =
      i % 10 === 3
        ? { kind: "VIDEO" as const, assetId: video.id, title: `Clip ${i}` }
        : i % 5 === 1
          ? { kind: "IMAGES" as const, images: [{ assetId: image.id, altText: `Photo ${i}` }] }
          : { kind: "TEXT" as const };
    await savePost({
      ...owner,
      channelIds,
      body: [{ type: "text", text: `Fault run post ${i} (of ${POSTS})` }],
      content,
      intent: "publish",
    });
  }
  const targetCount = await prisma().postTarget.count();
  expect(targetCount).toBe(200);

  worker = await startWorker("embedded");
  let advanced = false;
  const deadline = Date.now() + 240_000;
  for (;;) {
    const targets = await prisma().postTarget.findMany({
      select: { state: true, lastErrorCode: true, nextAttemptAt: true },
    });
    if (targets.every((target) => TERMINAL.includes(target.state))) break;
    // Alex may create 150 posts a day: the rest wait for 00:00 UTC, so the day is moved on once.
    const waitingForQuota = targets.filter(
      (t) =>
        t.state === "RETRY_WAIT" &&
        t.lastErrorCode === "RATE_LIMITED" &&
        t.nextAttemptAt!.getTime() - clockNow().getTime() > 60_000,
    );
    const busy = targets.filter((t) => !TERMINAL.includes(t.state) && t.state !== "RETRY_WAIT");
    if (!advanced && waitingForQuota.length > 0 && busy.length === 0) {
      await linkedin.advanceDays(1);
      advanced = true;
    }
    if (Date.now() > deadline) {
      const counts: Record<string, number> = {};
      for (const t of targets) counts[t.state] = (counts[t.state] ?? 0) + 1;
      throw new Error(`targets did not settle: ${JSON.stringify(counts)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  const targets = await prisma().postTarget.findMany({ include: { post: true, events: true } });
  const published = targets.filter((t) => t.state === "PUBLISHED");
  const failed = targets.filter((t) => t.state === "FAILED");
  expect(published.length + failed.length).toBe(200);
  for (const target of failed) expect(target.lastError).toBeTruthy();
  // The failures are the videos LinkedIn could not process, nothing else.
  expect(failed.map((t) => t.lastErrorCode)).toEqual(failed.map(() => "MEDIA_PROCESSING_FAILED"));
  expect(failed.length).toBeGreaterThan(0);

  const state = (await linkedin.control("/_sandbox/state")) as {
    posts: { id: string; commentary: string; author: string }[];
  };
  const urns = published.map((t) => t.linkedInUrn!);
  expect(new Set(urns).size).toBe(published.length);
  // Exactly one LinkedIn post per published target, and none for anything else.
  expect(state.posts).toHaveLength(published.length);
  expect(state.posts.map((p) => p.id).sort()).toEqual([...urns].sort());

  // The faults really happened: unknown outcomes reconciled, quota waits, transient retries.
  const reached = new Set(targets.flatMap((t) => t.events.map((e) => e.toState)));
  expect(reached).toContain("OUTCOME_UNKNOWN");
  expect(reached).toContain("RETRY_WAIT");
  expect(advanced).toBe(true);
}, 300_000);
