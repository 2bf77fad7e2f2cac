// pg-boss on the same database as everything else: PGlite through its adapter when embedded,
// its own pool with PostgreSQL. One instance per process, created on first use.
import { PgBoss, fromPglite } from "pg-boss";
import { getRuntime, type Runtime } from "@/lib/db";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { logger } from "@/lib/logger";

async function startQueue(runtime: Runtime): Promise<PgBoss> {
  const boss =
    runtime.target.kind === "postgres"
      ? new PgBoss({ connectionString: runtime.target.url, max: 5, application_name: "cadence-queue" })
      : new PgBoss({ db: fromPglite(runtime.pglite!), backend: "pglite" });
  boss.on("error", (error) => logger.error("queue error", { error: String(error) }));
  await boss.start();
  // Loaded here, not at the top: job definitions import services that send jobs through this
  // module, so a static import made the registry load while one of its definitions was still
  // loading, and the registry's list then held `undefined` for it.
  const { jobs } = await import("@/lib/jobs/registry");
  for (const job of jobs) await ensureQueue(boss, job);
  return boss;
}

async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
  const existing = await boss.getQueue(job.name);
  if (!existing) await boss.createQueue(job.name, job.queue);
  else {
    // pg-boss refuses to change a policy after creation; everything else follows the definition.
    const { policy: _fixed, ...options } = job.queue;
    await boss.updateQueue(job.name, options);
  }
  if (job.schedule) await boss.schedule(job.name, job.schedule, {}, { tz: "UTC" });
}

export async function getQueue(): Promise<PgBoss> {
  const runtime = await getRuntime();
  if (!runtime.queue) {
    runtime.queue = startQueue(runtime);
    runtime.queue.catch(() => {
      runtime.queue = undefined;
    });
  }
  return runtime.queue;
}
