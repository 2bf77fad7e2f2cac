// The server the Playwright tests run against: `npm start` on a fresh, throwaway data
// directory, so every run starts from an empty embedded database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dataDir = path.resolve(".e2e-data");
fs.rmSync(dataDir, { recursive: true, force: true });
const server = spawn("node", ["scripts/start.mjs"], {
  stdio: "inherit",
  env: {
    ...process.env,
    CADENCE_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // The link-card test serves its page from 127.0.0.1; metadata addresses stay refused regardless.
    CADENCE_ALLOW_PRIVATE_URLS: "true",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
