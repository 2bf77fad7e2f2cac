// `npm start`: builds if the sources changed since the last build, then starts Cadence on
// http://localhost:$PORT. Migrations run inside the server at start. With no DATABASE_URL the
// database is the embedded PGlite in ./data, and the job worker runs in the same process.
import { spawn, spawnSync } from "node:child_process";
import { buildIsCurrent } from "./build-state.mjs";

const port = process.env.PORT ?? "3000";
const env = {
  ...process.env,
  PORT: port,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};

if (!buildIsCurrent()) {
  console.log("Building Cadence (sources changed since the last build)…");
  const build = spawnSync("node", ["scripts/build.mjs"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Started with node directly, not npx: killing a wrapper would leave the server holding ./data.
const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
