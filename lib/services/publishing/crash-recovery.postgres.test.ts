// Scaled mode, real processes: a standalone worker (`scripts/worker.ts`, as `npm run worker` runs it)
// is SIGKILLed three times while LinkedIn creates are in flight, then one worker is left to finish.
// Every target must end PUBLISHED exactly once on LinkedIn: the creates the kills interrupted are
// reconciled (OUTCOME_UNKNOWN → looked up → found, or created once), never blindly repeated.
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

const TARGETS = 60;
const KILLS = 3;
const DEADLINE_MS = 180_000;

const database = setupTestDatabase();
const linkedin = setupTestSandbox();
const prisma = () => database.runtime().prisma;

type SandboxPost = { id: string; author: string; commentary: string };
const workers: WorkerProcess[] = [];

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

async function waitUntilCreating(worker: WorkerProcess) {
  await waitFor(
    `worker ${worker.id} to be creating posts`,
    async () =>
      (await prisma().postTarget.count({ where: { state: "CREATING_POST", claimedBy: worker.id } })) > 0,
    120_000,
    () => worker.log.slice(-40).join("\n"),
  );
}

const sandboxPosts = async () =>
  ((await linkedin.control("/_sandbox/state")) as { posts: SandboxPost[] }).posts;

/**
 * Holds row locks on the worker's targets in CREATING_POST, so its create calls complete on LinkedIn
 * but recording the answer waits; kills the worker once LinkedIn has the posts, then lets go.
 */
async function killAfterLinkedInAnswered(worker: WorkerProcess) {
  const pool = database.runtime().pgPool!;
  for (;;) {
    await waitUntilCreating(worker);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM "PostTarget" WHERE state = 'CREATING_POST' AND "claimedBy" = $1 FOR UPDATE`,
        [worker.id],
      );
      if (rows.length === 0) continue; // they all finished in between: try again
      const locked = await prisma().postTarget.findMany({
        where: { id: { in: rows.map((row) => row.id) } },
        include: { post: true },
      });
      const wanted = locked.map((target) => (target.post.body as { text: string }[])[0]!.text);
      await waitFor(
        "LinkedIn to have created the posts whose answers are held back",
        async () => {
          const posts = await sandboxPosts();
          return wanted.every((text) => posts.some((post) => post.commentary === text));
        },
        60_000,
        () => worker.log.slice(-40).join("\n"),
      );
      await stopWorkerProcess(worker, "SIGKILL");
      return;
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  }
}

let texts: string[] = [];

beforeAll(async () => {
  // Enough daily quota for every create and re-create of the run (the default is 150 per member).
  await linkedin.control("/_sandbox/config", {
    quotas: { endpoints: { "POST /rest/posts": { app: null, member: null } } },
  });
  const owner = await createTestWorkspace();
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
  const channels = [...pages, ...profile];
  expect(channels).toHaveLength(3);
  // The queue's schema exists before several processes start on the database.
  await getQueue();
  texts = Array.from({ length: TARGETS }, (_, i) => `Crash recovery post ${i + 1} of ${TARGETS}`);
  for (const [i, text] of texts.entries()) {
    await savePost({
      ...owner,
      channelIds: [channels[i % channels.length]!.id],
      body: [{ type: "text", text }],
      content: { kind: "TEXT" },
      intent: "publish",
    });
  }
});

afterAll(async () => {
  for (const worker of workers) await stopWorkerProcess(worker, "SIGKILL");
});

describe("crash recovery with real worker processes (PostgreSQL)", () => {
  it("publishes every target exactly once although workers are killed mid-create", async () => {
    // Every create takes a second on LinkedIn's side, so a kill lands while creates are in flight.
    await linkedin.control("/_sandbox/faults", { method: "POST", path: "^/rest/posts$", delayMs: 1_000 });

    for (let round = 0; round < KILLS; round++) {
      const worker = spawnWorker();
      // The middle kill lands after LinkedIn created the posts but before the worker recorded it;
      // the others while LinkedIn is still working on the creates.
      if (round === 1) await killAfterLinkedInAnswered(worker);
      else {
        await waitUntilCreating(worker);
        await stopWorkerProcess(worker, "SIGKILL");
      }
    }

    const last = spawnWorker();
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
      () => last.log.slice(-40).join("\n"),
    );
    await stopWorkerProcess(last, "SIGTERM");

    const targets = await prisma().postTarget.findMany({ include: { post: true, channel: true } });
    expect(targets).toHaveLength(TARGETS);
    const posts = await sandboxPosts();
    // No extra posts at all: exactly one per target, each text once.
    expect(posts).toHaveLength(TARGETS);
    expect(new Set(posts.map((post) => post.commentary))).toEqual(new Set(texts));
    for (const target of targets) {
      expect(target.state).toBe("PUBLISHED");
      expect(target.linkedInUrn).toMatch(/^urn:li:(share|ugcPost):/);
      const text = (target.post.body as { text: string }[])[0]!.text;
      const onLinkedIn = posts.filter((post) => post.commentary === text);
      expect(onLinkedIn).toHaveLength(1);
      expect(onLinkedIn[0]!.id).toBe(target.linkedInUrn);
      expect(onLinkedIn[0]!.author).toBe(target.channel.authorUrn);
    }
    expect(new Set(targets.map((target) => target.linkedInUrn)).size).toBe(TARGETS);

    // The kills really interrupted creates, and those were reconciled rather than repeated.
    const unknown = await prisma().targetEvent.findMany({ where: { toState: "OUTCOME_UNKNOWN" } });
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.some((event) => event.message?.includes("worker stopped while creating"))).toBe(true);
    const reconciled = await prisma().targetEvent.findMany({
      where: {
        toState: "PUBLISHED",
        OR: [{ message: { startsWith: "Found on LinkedIn" } }, { message: { contains: "(duplicate)" } }],
      },
    });
    expect(reconciled.length).toBeGreaterThan(0);
    for (const worker of workers) {
      expect(worker.log.filter((line) => line.includes("the target had moved"))).toEqual([]);
    }
  }, 300_000);
});
