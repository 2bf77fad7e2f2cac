// `npm start`: builds if the sources changed since the last build, then starts Cadence on
// http://localhost:$PORT. Migrations run inside the server at start. With no DATABASE_URL the
// database is the embedded PGlite in ./data and the job worker runs in the same process; with
// no LinkedIn app configured, the LinkedIn sandbox is started alongside on $SANDBOX_PORT.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent } from "./build-state.mjs";

const port = process.env.PORT || "3000";
const sandboxPort = process.env.SANDBOX_PORT || "4010";
const dataDir = path.resolve(process.env.CADENCE_DATA_DIR || "./data");
const appUrl = process.env.NEXTAUTH_URL || `http://localhost:${port}`;
const env = {
  ...process.env,
  PORT: port,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: appUrl,
};
const children = [];

function stopAll(signal = "SIGTERM") {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(signal));

function run(command, args, extraEnv = {}) {
  const child = spawn(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  children.push(child);
  // If either process dies, stop the other: half a Cadence is worse than none.
  child.on("exit", (code, signal) => {
    stopAll();
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  return child;
}

async function waitForHttp(url, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

if (!buildIsCurrent()) {
  console.log("Building Cadence (sources changed since the last build)…");
  const build = spawnSync("node", ["scripts/build.mjs"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (!process.env.LINKEDIN_CLIENT_ID) {
  console.log(`No LinkedIn app configured: starting the LinkedIn sandbox on port ${sandboxPort}.`);
  run("node", ["node_modules/tsx/dist/cli.mjs", "sandbox/cli.ts", "--port", sandboxPort], {
    SANDBOX_SNAPSHOT_FILE: process.env.SANDBOX_SNAPSHOT_FILE || path.join(dataDir, "sandbox.json"),
    SANDBOX_REDIRECT_URIS: `${appUrl}/api/linkedin/callback,${appUrl}/api/auth/callback/linkedin`,
  });
  try {
    await waitForHttp(`http://127.0.0.1:${sandboxPort}/`, 30_000);
  } catch (error) {
    console.error(`The LinkedIn sandbox did not start: ${error.message}`);
    stopAll();
    process.exit(1);
  }
}

// Started with node directly, not npx: killing a wrapper would leave the server holding ./data.
// Idle keep-alive connections stay open longer than clients and proxies keep theirs (Node's 5 s
// default closes a socket just as a client reuses it: ECONNRESET on the client's next request).
run("node", ["node_modules/next/dist/bin/next", "start", "-p", port, "--keepAliveTimeout", "65000"]);
