// What /api/health reports: run mode, database, migrations, queue and worker liveness.
import { getRuntime } from "@/lib/db";
import { getMigrationStatus } from "@/lib/db/migrate";
import { getEnv } from "@/lib/env";
import { getQueue } from "@/lib/jobs/queue";
import { now as clockNow } from "@/lib/clock";
import { WORKER_STALE_MS } from "@/lib/jobs/heartbeat";

type Check = { ok: boolean; detail?: string };

export type Health = {
  status: "ok" | "degraded" | "down";
  mode: "embedded" | "postgres";
  checks: {
    database: Check;
    migrations: Check & { pending: string[] };
    queue: Check;
    worker: Check & { workers: { id: string; mode: string; seenAt: string }[] };
  };
};

/** A worker that missed three heartbeats is considered gone. */

async function check<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; detail: string }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

export async function getHealth(): Promise<Health> {
  const mode = getEnv().mode;
  const runtime = await check(() => getRuntime());
  if (!runtime.ok) {
    const down = { ok: false, detail: "database unavailable" };
    return {
      status: "down",
      mode,
      checks: {
        database: { ok: false, detail: runtime.detail },
        migrations: { ...down, pending: [] },
        queue: down,
        worker: { ...down, workers: [] },
      },
    };
  }
  const { sql, prisma } = runtime.value;
  const runningMode = runtime.value.mode;
  const database = await check(() => sql.query("SELECT 1"));
  const migrations = await check(() => getMigrationStatus(sql));
  const queue = await check(async () => {
    const boss = await getQueue();
    await boss.getQueues();
  });
  const workers = await check(() =>
    prisma.workerHeartbeat.findMany({
      where: { seenAt: { gte: new Date(clockNow().getTime() - WORKER_STALE_MS) } },
      orderBy: { seenAt: "desc" },
    }),
  );

  const migrationCheck = migrations.ok
    ? {
        ok: migrations.value.pending.length === 0 && migrations.value.problems.length === 0,
        pending: migrations.value.pending,
        detail:
          migrations.value.problems.join("; ") ||
          (migrations.value.pending.length ? "pending migrations" : undefined),
      }
    : { ok: false, pending: [], detail: migrations.detail };
  const workerList = workers.ok
    ? workers.value.map((worker) => ({
        id: worker.id,
        mode: worker.mode,
        seenAt: worker.seenAt.toISOString(),
      }))
    : [];
  const checks: Health["checks"] = {
    database: database.ok ? { ok: true } : { ok: false, detail: database.detail },
    migrations: migrationCheck,
    queue: queue.ok ? { ok: true } : { ok: false, detail: queue.detail },
    worker: {
      ok: workerList.length > 0,
      workers: workerList,
      detail: workers.ok
        ? workerList.length
          ? undefined
          : "no worker has reported in the last 30 s"
        : workers.detail,
    },
  };
  const status = !checks.database.ok ? "down" : Object.values(checks).every((c) => c.ok) ? "ok" : "degraded";
  return { status, mode: runningMode, checks };
}
