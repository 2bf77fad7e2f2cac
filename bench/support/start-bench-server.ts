// Starts bench-server.ts as a child process (same Node, tsx loader) and waits for its URLs.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export interface BenchServer {
  sandboxUrl: string;
  sinkUrl: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const script = fileURLToPath(new URL("./bench-server.ts", import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const urls = await new Promise<{ sandboxUrl: string; sinkUrl: string }>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      if (line.startsWith("{")) resolve(JSON.parse(line) as { sandboxUrl: string; sinkUrl: string });
    });
    child.once("exit", (code) => reject(new Error(`bench server exited early (code ${code})`)));
  });
  return {
    ...urls,
    pid: child.pid ?? -1,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
