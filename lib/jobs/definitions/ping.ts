// Diagnostic job: proves that a job sent from anywhere (a route, the CLI) is picked up and run by
// a worker, and records which one — the embedded worker or a separate `npm run worker`.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { defineJob } from "@/lib/jobs/define-job";

export const pingJob = defineJob({
  name: "system.ping",
  schema: z.object({ pingId: z.string().min(1) }),
  queue: { retryLimit: 2, retryDelay: 1, retryBackoff: true, expireInSeconds: 60 },
  concurrency: 2,
  async handler({ pingId }, { workerId }) {
    const db = await getDb();
    await db.jobPing.update({ where: { id: pingId }, data: { handledAt: new Date(), handledBy: workerId } });
  },
});
