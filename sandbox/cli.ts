// `tsx sandbox/cli.ts [--port 4010] [--host 127.0.0.1] [--snapshot file] [--public-url url] [--media-dir dir]`
// Env: SANDBOX_PORT, SANDBOX_HOST, SANDBOX_SNAPSHOT_FILE, SANDBOX_PUBLIC_URL, SANDBOX_MEDIA_DIR,
// SANDBOX_REDIRECT_URIS (comma-separated, extra redirect URLs for the default app besides any localhost one).
// With a snapshot and no media dir, uploaded media bytes are kept in `{snapshot}.media/`.
import { parseArgs } from "node:util";
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from "./seed";
import { startSandbox } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    snapshot: { type: "string" },
    "public-url": { type: "string" },
    "media-dir": { type: "string" },
  },
});

const port = Number(values.port ?? process.env.SANDBOX_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port: ${values.port ?? process.env.SANDBOX_PORT}`);
  process.exit(2);
}
const redirectUris = (process.env.SANDBOX_REDIRECT_URIS ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);

const snapshotFile = values.snapshot ?? process.env.SANDBOX_SNAPSHOT_FILE;
const mediaDir =
  values["media-dir"] ??
  process.env.SANDBOX_MEDIA_DIR ??
  (snapshotFile ? `${snapshotFile}.media` : undefined);

const sandbox = await startSandbox({
  port,
  host: values.host ?? process.env.SANDBOX_HOST ?? "127.0.0.1",
  snapshotFile,
  mediaDir,
  publicUrl: values["public-url"] ?? process.env.SANDBOX_PUBLIC_URL,
  config: redirectUris.length > 0 ? { apps: { [SANDBOX_CLIENT_ID]: { redirectUris } } } : undefined,
});

console.log(`LinkedIn sandbox listening on ${sandbox.url}`);
console.log(
  `  OAuth base: ${sandbox.url}/oauth/v2   API base: ${sandbox.url}/rest   userinfo: ${sandbox.url}/v2/userinfo`,
);
console.log(`  client_id=${SANDBOX_CLIENT_ID} client_secret=${SANDBOX_CLIENT_SECRET}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}, stopping the sandbox…`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
