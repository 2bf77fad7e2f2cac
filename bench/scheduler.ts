// Benchmark: the publishing scheduler end to end (queue wake-up → claim → LinkedIn create), against
// the LinkedIn sandbox in a child process (wall clock, so its post `createdAt` is a real instant).
//   (a) publish lag — due time → the sandbox creating the post — p50/p99 for a burst of targets
//       all due at the same instant a few seconds ahead, in the embedded mode (in-memory PGlite,
//       the worker in this process: startWorker("embedded")) and in the PostgreSQL mode (a throwaway
//       cluster, one standalone worker process: scripts/worker.ts as `npm run worker` runs it);
//   (b) throughput (posts/s) with 1, 2 and 4 worker processes on PostgreSQL while every sandbox call
//       takes 50 ms more (a delay-only fault), with the ratio to the 1-worker run of the same run.
// Every PostgreSQL run gets a fresh database (no run inherits another's queue) and each run starts
// with an untimed warm-up of 12 posts. Prints figures; asserts nothing (it does print whether every
// target was published exactly once, and how many wake-up jobs were still queued at the end).
//
//   npx tsx bench/scheduler.ts [--lag-targets 500] [--throughput-targets 120] [--lead-ms 8000] [--json]
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { setRuntime, type Runtime } from "@/lib/db";
import { openRuntime } from "@/lib/db/runtime";
import { getEnv, resetEnvCache } from "@/lib/env";
import { getQueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";
import { setLogLevel } from "@/lib/logger";
import { addChannels } from "@/lib/services/channels/add-channels";
import { savePost } from "@/lib/services/posts/save-post";
import { wakeTargets } from "@/lib/services/publishing/wake-targets";
import { connectTestChannels, createTestWorkspace } from "@/lib/testing/test-channels";
import { startBenchServer, type BenchServer } from "./support/start-bench-server";

const { values } = parseArgs({
  options: {
    "lag-targets": { type: "string", default: "500" },
    "throughput-targets": { type: "string", default: "120" },
    "lead-ms": { type: "string", default: "8000" },
    json: { type: "boolean", default: false },
  },
});
const LAG_TARGETS = Number(values["lag-targets"]);
const THROUGHPUT_TARGETS = Number(values["throughput-targets"]);
const LEAD_MS = Number(values["lead-ms"]);
const WORKER_COUNTS = [1, 2, 4];
const CALL_LATENCY_MS = 50;
const ROOT = path.resolve(import.meta.dirname, "..");

// The throwaway cluster of `npm test` (plain JavaScript, no type declarations).
type TempPostgres = { url: string; stop(): void } | null;
const tempPostgresModule = "../scripts/temp-postgres.mjs";
const { startTempPostgres } = (await import(tempPostgresModule)) as {
  startTempPostgres(): Promise<TempPostgres>;
};

type Owner = { userId: string; workspaceId: string };
type SandboxPost = { id: string; author: string; commentary: string; createdAt: number };
type Burst = {
  targets: number;
  /** Sending the wake-ups took this long; they must all be queued before the due time. */
  enqueueMs: number;
  lateEnqueue: boolean;
  lagMs: { min: number; p50: number; p99: number; max: number };
  /** targets / (last create − due time) */
  postsPerSecond: number;
  /** Targets that needed more than one attempt (retries, unknown outcomes). */
  retried: number;
  /** publish.target jobs still queued once every target is published (extra wake-ups of the sweep). */
  leftoverJobs: number;
  exactlyOnce: boolean;
};

function log(line: string) {
  if (!values.json) console.log(line);
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

async function control(server: BenchServer, route: string, body?: unknown, method?: string) {
  const response = await fetch(`${server.sandboxUrl}${route}`, {
    method: method ?? (body === undefined ? "GET" : "POST"),
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A workspace with two Pages and the member's profile, connected through the sandbox's consent flow. */
async function setUpWorkspace(runtime: Runtime) {
  const owner = await createTestWorkspace();
  const { connectionId, channels: pages } = await connectTestChannels(owner, [
    "urn:li:organization:5515001",
    "urn:li:organization:5515002",
  ]);
  const connection = await runtime.prisma.linkedInConnection.findUniqueOrThrow({
    where: { id: connectionId },
  });
  const profile = await addChannels({
    workspaceId: owner.workspaceId,
    connectionId,
    authorUrns: [connection.memberUrn],
  });
  return { owner, channelIds: [...pages, ...profile].map((channel) => channel.id) };
}

/**
 * `count` text posts (unique texts) spread over the channels, all due at one instant `leadMs` from
 * now: saved as drafts (untimed), then scheduled for that instant and woken as saving would wake
 * them (wakeTargets → a pg-boss job with startAfter = the due time). Waits until every target is
 * published, then reads each create's instant from the sandbox.
 */
async function burst(
  runtime: Runtime,
  server: BenchServer,
  owner: Owner,
  channelIds: string[],
  label: string,
  count: number,
  leadMs = LEAD_MS,
): Promise<Burst> {
  const db = runtime.prisma;
  const texts = Array.from({ length: count }, (_, i) => `Scheduler bench ${label} post ${i + 1}`);
  const postIds: string[] = [];
  for (const [i, text] of texts.entries()) {
    const { postId } = await savePost({
      ...owner,
      channelIds: [channelIds[i % channelIds.length]!],
      body: [{ type: "text", text }],
      content: { kind: "TEXT" },
      intent: "draft",
    });
    postIds.push(postId);
  }
  const due = new Date(Date.now() + leadMs);
  const enqueueStarted = Date.now();
  await db.post.updateMany({
    where: { id: { in: postIds } },
    data: { scheduledAt: due, status: "SCHEDULED" },
  });
  await db.postTarget.updateMany({ where: { postId: { in: postIds } }, data: { state: "SCHEDULED" } });
  const targets = await db.postTarget.findMany({
    where: { postId: { in: postIds } },
    select: { id: true, post: { select: { revision: true } } },
  });
  // One call per target, as saving each post wakes its own targets (wakeTargets turns the due time
  // into a delay from the moment it is called).
  for (const t of targets) await wakeTargets([{ targetId: t.id, revision: t.post.revision, at: due }]);
  const enqueueMs = Date.now() - enqueueStarted;

  const deadline = Date.now() + leadMs + 240_000;
  for (;;) {
    const [published, stopped] = await Promise.all([
      db.postTarget.count({ where: { postId: { in: postIds }, state: "PUBLISHED" } }),
      db.postTarget.count({ where: { postId: { in: postIds }, state: { in: ["FAILED", "PAUSED"] } } }),
    ]);
    if (stopped) throw new Error(`${label}: ${stopped} targets failed or paused`);
    if (published === count) break;
    if (Date.now() > deadline) throw new Error(`${label}: only ${published}/${count} published in time`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  const posts = ((await control(server, "/_sandbox/state")) as { posts: SandboxPost[] }).posts;
  const wanted = new Set(texts);
  const mine = posts.filter((post) => wanted.has(post.commentary));
  const lags = mine.map((post) => post.createdAt - due.getTime()).sort((a, b) => a - b);
  const retried = await db.postTarget.count({ where: { postId: { in: postIds }, attempts: { gt: 1 } } });
  const leftoverJobs = await queuedPublishJobs(runtime);
  return {
    targets: count,
    enqueueMs,
    lateEnqueue: enqueueStarted + enqueueMs > due.getTime(),
    lagMs: {
      min: lags[0]!,
      p50: percentile(lags, 50),
      p99: percentile(lags, 99),
      max: lags[lags.length - 1]!,
    },
    postsPerSecond: count / (Math.max(1, lags[lags.length - 1]!) / 1000),
    retried,
    leftoverJobs,
    exactlyOnce: mine.length === count && new Set(mine.map((post) => post.commentary)).size === count,
  };
}

async function queuedPublishJobs(runtime: Runtime): Promise<number> {
  const [row] = await runtime.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'publish.target' AND state IN ('created', 'retry')`,
  );
  return row?.n ?? 0;
}

/** A few posts due now, untimed: JIT, Prisma's query plans and the connection pools warm up. */
async function warmUp(
  runtime: Runtime,
  server: BenchServer,
  owner: Owner,
  channelIds: string[],
  label: string,
) {
  await burst(runtime, server, owner, channelIds, `${label}-warm-up`, 12, 0);
}

/** A fresh database on the temp cluster (each PostgreSQL run starts from an empty queue). */
async function freshPostgres(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const runtime = await openRuntime({ kind: "postgres", url: url.toString() });
  setRuntime(runtime);
  const setup = await setUpWorkspace(runtime);
  await getQueue(); // pg-boss's schema exists before the workers race to create it
  return { runtime, url: url.toString(), ...setup };
}

type WorkerProcess = { id: string; child: ChildProcess; log: string[]; exited: Promise<unknown> };

/** `npm run worker` as a child process (node --import tsx scripts/worker.ts). */
function spawnWorker(databaseUrl: string): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return { id: `${os.hostname()}:${child.pid}`, child, log: lines, exited };
}

async function startWorkers(runtime: Runtime, databaseUrl: string, count: number) {
  const workers = Array.from({ length: count }, () => spawnWorker(databaseUrl));
  const deadline = Date.now() + 120_000;
  while (
    (await runtime.prisma.workerHeartbeat.count({ where: { id: { in: workers.map((w) => w.id) } } })) < count
  ) {
    if (Date.now() > deadline) {
      throw new Error(`workers did not start:\n${workers.flatMap((w) => w.log.slice(-10)).join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return workers;
}

async function stopWorkers(workers: WorkerProcess[]) {
  for (const worker of workers) {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) continue;
    worker.child.kill("SIGTERM");
    const timer = setTimeout(() => worker.child.kill("SIGKILL"), 10_000);
    await worker.exited;
    clearTimeout(timer);
  }
}

async function main() {
  const benchStarted = Date.now();
  setLogLevel("warn");
  const server = await startBenchServer();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "cadence-bench-scheduler-"));
  const temp = await startTempPostgres();
  if (!temp) throw new Error("PostgreSQL server binaries not found (apt-get install postgresql)");
  const running: WorkerProcess[] = [];
  try {
    // Settings for this process and, inherited, for the worker processes.
    Object.assign(process.env, {
      SANDBOX_PORT: new URL(server.sandboxUrl).port,
      LINKEDIN_CLIENT_ID: "",
      NEXTAUTH_URL: "http://localhost:3000",
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
      CADENCE_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
      CADENCE_DATA_DIR: dataDir,
      CADENCE_PUBLISH_RETRY_BASE_MS: "200",
      LINKEDIN_TIMEOUT_MS: "10000",
      LOG_LEVEL: "warn",
    });
    delete process.env.DATABASE_URL;
    resetEnvCache();
    getEnv();
    await control(server, "/_sandbox/config", {
      quotas: { endpoints: { "POST /rest/posts": { app: null, member: null } } },
    });

    // (a) embedded: in-memory PGlite, pg-boss on it, the worker in this process.
    log(`scheduler: ${LAG_TARGETS} targets due ${LEAD_MS} ms ahead, text posts over 3 channels`);
    const embedded = await openRuntime({ kind: "pglite", dataDir: null });
    setRuntime(embedded);
    const embeddedSetup = await setUpWorkspace(embedded);
    const inProcess = await startWorker("embedded");
    await warmUp(embedded, server, embeddedSetup.owner, embeddedSetup.channelIds, "embedded");
    const embeddedBurst = await burst(
      embedded,
      server,
      embeddedSetup.owner,
      embeddedSetup.channelIds,
      "embedded",
      LAG_TARGETS,
    );
    await inProcess.stop();
    await embedded.close();
    setRuntime(undefined);

    // (a) PostgreSQL: a throwaway cluster, one standalone worker process.
    const lagDb = await freshPostgres(temp.url, "cadence_bench_lag");
    let workers = await startWorkers(lagDb.runtime, lagDb.url, 1);
    running.push(...workers);
    await warmUp(lagDb.runtime, server, lagDb.owner, lagDb.channelIds, "postgres");
    const postgresBurst = await burst(
      lagDb.runtime,
      server,
      lagDb.owner,
      lagDb.channelIds,
      "postgres",
      LAG_TARGETS,
    );
    await stopWorkers(workers);
    await lagDb.runtime.close();
    setRuntime(undefined);

    // (b) throughput with 1, 2, 4 worker processes, every sandbox call 50 ms slower; a fresh
    // database each time, so no run inherits the queue another left behind.
    await control(server, "/_sandbox/faults", { path: ".", delayMs: CALL_LATENCY_MS });
    const throughput: { workers: number; burst: Burst }[] = [];
    for (const count of WORKER_COUNTS) {
      const db = await freshPostgres(temp.url, `cadence_bench_w${count}`);
      workers = await startWorkers(db.runtime, db.url, count);
      running.push(...workers);
      await warmUp(db.runtime, server, db.owner, db.channelIds, `throughput-${count}w`);
      const result = await burst(
        db.runtime,
        server,
        db.owner,
        db.channelIds,
        `throughput-${count}w`,
        THROUGHPUT_TARGETS,
      );
      await stopWorkers(workers);
      await db.runtime.close();
      setRuntime(undefined);
      throughput.push({ workers: count, burst: result });
    }

    const baseline = throughput[0]!.burst.postsPerSecond;
    const figures = {
      lag: { embedded: embeddedBurst, postgres: postgresBurst },
      throughput: throughput.map(({ workers: count, burst: result }) => ({
        workers: count,
        postsPerSecond: result.postsPerSecond,
        ratio: result.postsPerSecond / baseline,
        lagP50Ms: result.lagMs.p50,
        retried: result.retried,
        leftoverJobs: result.leftoverJobs,
        exactlyOnce: result.exactlyOnce,
      })),
      loadAverage: os.loadavg().map((value) => +value.toFixed(1)),
    };
    if (values.json) {
      console.log(JSON.stringify(figures));
      return;
    }
    const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
    for (const [name, result] of Object.entries(figures.lag)) {
      log(
        `  lag ${name.padEnd(9)} p50 ${ms(result.lagMs.p50)}  p99 ${ms(result.lagMs.p99)}  ` +
          `(min ${ms(result.lagMs.min)}, max ${ms(result.lagMs.max)}; drain ${result.postsPerSecond.toFixed(1)} posts/s; ` +
          `retried ${result.retried}; exactly once: ${result.exactlyOnce ? "yes" : "NO"}; ` +
          `jobs left queued ${result.leftoverJobs}; ` +
          `wake-ups queued in ${ms(result.enqueueMs)}${result.lateEnqueue ? " — LATE, raise --lead-ms" : ""})`,
      );
    }
    log(`  throughput, PostgreSQL, ${THROUGHPUT_TARGETS} targets, +${CALL_LATENCY_MS} ms per sandbox call:`);
    for (const row of figures.throughput) {
      log(
        `    ${row.workers} worker${row.workers > 1 ? "s" : " "}  ${row.postsPerSecond.toFixed(1).padStart(6)} posts/s  ` +
          `ratio ${row.ratio.toFixed(2)}  (p50 lag ${ms(row.lagP50Ms)}; retried ${row.retried}; ` +
          `jobs left queued ${row.leftoverJobs}; ` +
          `exactly once: ${row.exactlyOnce ? "yes" : "NO"})`,
      );
    }
    log(`  load average ${figures.loadAverage.join(", ")} on ${os.availableParallelism()} CPUs`);
    log(`  whole run ${((Date.now() - benchStarted) / 1000).toFixed(0)} s`);
  } finally {
    await stopWorkers(running);
    await server.stop();
    temp.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
