// `npm run worker` (tsx scripts/worker.ts) as a child process for the multi-process tests on
// PostgreSQL, pointed at the test's database and in-process sandbox, with its log kept for failures.
import { type ChildProcess, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { getEnv } from "@/lib/env";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type WorkerProcess = { id: string; child: ChildProcess; log: string[]; exited: Promise<unknown> };

export function spawnWorkerProcess({
  databaseUrl,
  sandboxPort,
}: {
  databaseUrl: string;
  sandboxPort: number;
}): WorkerProcess {
  const env = getEnv();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      SANDBOX_PORT: String(sandboxPort),
      LINKEDIN_CLIENT_ID: "",
      NEXTAUTH_URL: "http://localhost:3000",
      NEXTAUTH_SECRET: env.NEXTAUTH_SECRET!,
      CADENCE_ENCRYPTION_KEY: env.CADENCE_ENCRYPTION_KEY!,
      CADENCE_DATA_DIR: env.CADENCE_DATA_DIR,
      CADENCE_PUBLISH_RETRY_BASE_MS: "50",
      LINKEDIN_TIMEOUT_MS: "5000",
      LOG_LEVEL: "warn",
    },
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (log.length > 400) log.splice(0, log.length - 400);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return { id: `${os.hostname()}:${child.pid}`, child, log, exited };
}

export async function stopWorkerProcess(worker: WorkerProcess, signal: NodeJS.Signals) {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill(signal);
  const timer = setTimeout(() => worker.child.kill("SIGKILL"), 10_000);
  await worker.exited;
  clearTimeout(timer);
}

/** Polls `check` every 100 ms; on timeout the error carries `details()` (e.g. worker logs). */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  details: () => string = () => "",
) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}\n${details()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
