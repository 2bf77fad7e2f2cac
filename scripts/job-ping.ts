// `npm run job:ping`: sends the diagnostic ping job and waits for a worker to run it, printing
// which worker did. With PostgreSQL this proves a separate `npm run worker` is consuming jobs.
import { getDb, getRuntime } from "@/lib/db";
import { pingJob } from "@/lib/jobs/definitions/ping";
import { sendJob } from "@/lib/jobs/send-job";
import { workerId } from "@/lib/jobs/worker-identity";

const TIMEOUT_MS = 30_000;
const runtime = await getRuntime();
const db = await getDb();
const ping = await db.jobPing.create({ data: { requestedBy: workerId } });
await sendJob(pingJob, { pingId: ping.id });
const started = Date.now();
let handled = null;
while (Date.now() - started < TIMEOUT_MS) {
  handled = await db.jobPing.findUniqueOrThrow({ where: { id: ping.id } });
  if (handled.handledAt) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
if (handled?.handledAt && handled.handledBy) {
  console.log(
    `ping ${ping.id} sent by ${workerId}, run by worker ${handled.handledBy} after ${handled.handledAt.getTime() - ping.sentAt.getTime()} ms`,
  );
} else {
  console.error(
    `ping ${ping.id} was not run within ${TIMEOUT_MS / 1000} s: is a worker running (npm run worker)?`,
  );
  process.exitCode = 1;
}
await runtime.close();
