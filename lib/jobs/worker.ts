// Runs every registered job in this process: inside the web process when embedded, or as
// `npm run worker` (any number of them) with PostgreSQL. Also keeps a heartbeat row fresh so
// /api/health can tell whether any worker is alive.
import os from "node:os";
import type { Job } from "pg-boss";
import { getDb } from "@/lib/db";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { getQueue } from "@/lib/jobs/queue";
import { jobs } from "@/lib/jobs/registry";
import { workerId } from "@/lib/jobs/worker-identity";
import { logger } from "@/lib/logger";

import { now as clockNow } from "@/lib/clock";
import { HEARTBEAT_INTERVAL_MS } from "@/lib/jobs/heartbeat";
import { sweepTargets } from "@/lib/services/publishing/sweep-targets";
import { sweepWebhookDeliveries } from "@/lib/services/webhooks/sweep-webhook-deliveries";

/** How often each worker looks for due and abandoned targets and webhook deliveries (see the sweeps). */
export const SWEEP_INTERVAL_MS = 5_000;

export type RunningWorker = { stop(): Promise<void> };

async function beat(mode: string, startedAt: Date): Promise<void> {
  const db = await getDb();
  const now = clockNow();
  await db.workerHeartbeat.upsert({
    where: { id: workerId },
    create: { id: workerId, hostname: os.hostname(), pid: process.pid, mode, startedAt, seenAt: now },
    update: { seenAt: now },
  });
}

function handle(job: JobDefinition) {
  return async ([item]: Job<unknown>[]) => {
    if (!item) return;
    const payload = job.schema.safeParse(item.data);
    if (!payload.success) {
      // A malformed payload will never succeed: log it and let the job complete.
      logger.error("job payload rejected", { job: job.name, jobId: item.id, issues: payload.error.issues });
      return;
    }
    await job.handler(payload.data, { jobId: item.id, workerId, retryCount: item.retryCount });
  };
}

export async function startWorker(mode: "embedded" | "standalone"): Promise<RunningWorker> {
  const queue = await getQueue();
  const startedAt = new Date();
  await beat(mode, startedAt);
  const timer = setInterval(() => {
    beat(mode, startedAt).catch((error) => logger.warn("heartbeat failed", { error: String(error) }));
  }, HEARTBEAT_INTERVAL_MS);
  timer.unref();
  let sweeping = false;
  const sweeper = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    sweepTargets()
      .catch((error) => logger.warn("publishing sweep failed", { error: String(error) }))
      .then(() => sweepWebhookDeliveries())
      .catch((error) => logger.warn("webhook sweep failed", { error: String(error) }))
      .finally(() => {
        sweeping = false;
      });
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();
  for (const job of jobs) {
    await queue.work(
      job.name,
      { batchSize: 1, localConcurrency: job.concurrency, pollingIntervalSeconds: 0.5 },
      handle(job),
    );
  }
  logger.info("worker started", { workerId, mode, jobs: jobs.map((job) => job.name) });
  return {
    async stop() {
      clearInterval(timer);
      clearInterval(sweeper);
      for (const job of jobs) await queue.offWork(job.name).catch(() => {});
      const db = await getDb();
      await db.workerHeartbeat.deleteMany({ where: { id: workerId } }).catch(() => {});
    },
  };
}
