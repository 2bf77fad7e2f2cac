// Start-up of the web process: open the database (applying migrations) so the first request is
// fast and a broken database fails the start, then run the job worker here when embedded.
import { getRuntime } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";
import { logger, setLogLevel } from "@/lib/logger";

export async function startServerProcess(): Promise<void> {
  const env = getEnv();
  setLogLevel(env.LOG_LEVEL);
  const runtime = await getRuntime();
  logger.info("database ready", { mode: runtime.mode });
  if (env.embeddedWorker) {
    const worker = await startWorker("embedded");
    const stop = () => {
      void worker.stop().finally(() => runtime.close().finally(() => process.exit(0)));
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  }
}
