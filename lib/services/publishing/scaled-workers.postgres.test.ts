// Scaled mode, real processes: three standalone workers (`scripts/worker.ts`, as `npm run worker`
// runs it) on one PostgreSQL database share 300 due targets. Each target is published exactly once
// (one LinkedIn post each, distinct URNs) and every worker takes a share of the work.
// PostgreSQL only (CADENCE_TEST_DATABASE_URL): the PGlite run does not collect *.postgres.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQueue } from "@/lib/jobs/queue";
import { addChannels } from "@/lib/services/channels/add-channels";
import { savePost } from "@/lib/services/posts/save-post";
import { connectTestChannels, createTestWorkspace } from "@/lib/testing/test-channels";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { setupTestSandbox } from "@/lib/testing/test-sandbox";
import {
  spawnWorkerProcess,
  stopWorkerProcess,
  waitFor,
  type WorkerProcess,
} from "@/lib/testing/worker-process";

const WORKERS = 3;
const TARGETS = 300;
const DEADLINE_MS = 180_000;

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;

type SandboxPost = { id: string; author: string; commentary: string };
const workers: WorkerProcess[] = [];
const workerLogs = () =>
  workers.map((worker) => `${worker.id}:\n${worker.log.slice(-20).join("\n")}`).join("\n");

function spawnWorker(): WorkerProcess {
  const runtime = database.runtime();
  if (runtime.target.kind !== "postgres") throw new Error("this suite needs CADENCE_TEST_DATABASE_URL");
  const worker = spawnWorkerProcess({
    databaseUrl: runtime.target.url,
    sandboxPort: linkedin.sandbox().port,
  });
  workers.push(worker);
  return worker;
}

let owner: { userId: string; workspaceId: string };
let channels: { id: string }[] = [];

beforeAll(async () => {
  await linkedin.control("/_sandbox/config", {
    quotas: { endpoints: { "POST /rest/posts": { app: null, member: null } } },
  });
  owner = await createTestWorkspace();
  const { connectionId, channels: pages } = await connectTestChannels(owner, [
    "urn:li:organization:5515001",
    "urn:li:organization:5515002",
  ]);
  const connection = await prisma().linkedInConnection.findUniqueOrThrow({ where: { id: connectionId } });
  const profile = await addChannels({
    workspaceId: owner.workspaceId,
    connectionId,
    authorUrns: [connection.memberUrn],
  });
  channels = [...pages, ...profile];
  expect(channels).toHaveLength(3);
  // The queue's schema exists before several processes start on the database.
  await getQueue();
});

afterAll(async () => {
  for (const worker of workers) await stopWorkerProcess(worker, "SIGKILL");
});

describe("several worker processes on one PostgreSQL database", () => {
  it("publishes 300 due targets exactly once, each worker taking a share", async () => {
    // LinkedIn takes a little while per create, as it does for real: the work overlaps.
    await linkedin.control("/_sandbox/faults", { method: "POST", path: "^/rest/posts$", delayMs: 50 });
    const started = Array.from({ length: WORKERS }, () => spawnWorker());
    await waitFor(
      "every worker to start",
      async () =>
        (await prisma().workerHeartbeat.count({ where: { id: { in: started.map((w) => w.id) } } })) ===
        WORKERS,
      120_000,
      workerLogs,
    );

    const texts = Array.from({ length: TARGETS }, (_, i) => `Scaled post ${i + 1} of ${TARGETS}`);
    for (const [i, text] of texts.entries()) {
      await savePost({
        ...owner,
        channelIds: [channels[i % channels.length]!.id],
        body: [{ type: "text", text }],
        content: { kind: "TEXT" },
        intent: "publish",
      });
    }

    await waitFor(
      "every target to be published",
      async () => {
        const settled = await prisma().postTarget.findMany({
          where: { state: { in: ["FAILED", "PAUSED", "CANCELLED"] } },
          select: { id: true, state: true, lastError: true },
        });
        if (settled.length) throw new Error(`targets ended unpublished: ${JSON.stringify(settled)}`);
        return (await prisma().postTarget.count({ where: { state: "PUBLISHED" } })) === TARGETS;
      },
      DEADLINE_MS,
      workerLogs,
    );
    for (const worker of started) await stopWorkerProcess(worker, "SIGTERM");

    const targets = await prisma().postTarget.findMany({ include: { post: true, channel: true } });
    expect(targets).toHaveLength(TARGETS);
    expect(targets.every((target) => target.state === "PUBLISHED")).toBe(true);
    expect(new Set(targets.map((target) => target.linkedInUrn)).size).toBe(TARGETS);

    const posts = ((await linkedin.control("/_sandbox/state")) as { posts: SandboxPost[] }).posts;
    expect(posts).toHaveLength(TARGETS);
    const byText = new Map(posts.map((post) => [post.commentary, post]));
    expect(byText.size).toBe(TARGETS);
    for (const target of targets) {
      const post = byText.get((target.post.body as { text: string }[])[0]!.text);
      expect(post?.id).toBe(target.linkedInUrn);
      expect(post?.author).toBe(target.channel.authorUrn);
    }

    // Every worker published some of them (claimedBy is `${hostname}:${pid}` of the process).
    const byWorker = new Map<string, number>();
    for (const target of targets) byWorker.set(target.claimedBy!, (byWorker.get(target.claimedBy!) ?? 0) + 1);
    expect([...byWorker.keys()].sort()).toEqual(started.map((worker) => worker.id).sort());
    for (const worker of started) {
      expect(worker.log.filter((line) => line.includes("the target had moved"))).toEqual([]);
    }
  }, 300_000);
});
