// `npm run worker`: a standalone job worker for the scaled mode (PostgreSQL). Run as many as
// you like; pg-boss hands each job to exactly one of them.
import { getRuntime } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";
import { logger, setLogLevel } from "@/lib/logger";

const env = getEnv();
setLogLevel(env.LOG_LEVEL);
if (env.mode !== "postgres") {
  console.error(
    "npm run worker needs DATABASE_URL (PostgreSQL). In the embedded mode the worker already runs inside `npm start`.",
  );
  process.exit(2);
}

const runtime = await getRuntime();
const worker = await startWorker("standalone");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info("worker stopping", { signal });
  await worker.stop();
  await runtime.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
