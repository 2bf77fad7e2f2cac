// The receiving side of the video-upload benchmark, run as a CHILD process so the uploader's RSS
// is measured alone (an in-process server would add its own buffers to the figure). Hosts:
//   - the LinkedIn sandbox (wall clock), which the lib upload talks to;
//   - a sink for the raw baseline PUT that runs the sandbox's own receiver (sandbox/media-api/
//     upload-receiver.ts: hash every chunk, write it to a file), so both paths cost the receiving
//     side the same and the ratio measures the uploader, not the server. `?discard=1` skips the file.
// Prints one JSON line {sandboxUrl, sinkUrl} when ready; SIGTERM closes both and deletes the files.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { receiveUpload } from "@/sandbox/media-api/upload-receiver";
import { startSandbox } from "@/sandbox/server";

const sandbox = await startSandbox({ port: 0 });
const sinkDir = await mkdtemp(join(tmpdir(), "cadence-bench-sink-"));
let uploads = 0;

const sink = createServer((req, res) => {
  const discard = new URL(req.url ?? "/", "http://sink").searchParams.has("discard");
  const file = discard ? null : join(sinkDir, `upload-${++uploads}.bin`);
  receiveUpload(req, { file, flags: "w", position: 0, storeLimit: Number.MAX_SAFE_INTEGER }).then(
    async (received) => {
      if (file) await rm(file, { force: true });
      res.writeHead(received.aborted ? 400 : 200, {
        ETag: received.sha256,
        "Content-Type": "application/json",
      });
      res.end(JSON.stringify({ size: received.size }));
    },
    (error: unknown) => {
      res.writeHead(500).end(String(error));
    },
  );
});
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));

console.log(
  JSON.stringify({
    sandboxUrl: sandbox.url,
    sinkUrl: `http://127.0.0.1:${(sink.address() as AddressInfo).port}/sink`,
  }),
);

const stop = async () => {
  sink.closeAllConnections();
  sink.close();
  await sandbox.close();
  await rm(sinkDir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
