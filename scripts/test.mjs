// `npm test`: every check and every test, on a fresh machine too.
//   1. typecheck and lint
//   2. unit and service tests (Vitest) on an in-memory PGlite
//   3. the database-backed suites again on real PostgreSQL (CADENCE_TEST_DATABASE_URL, or a
//      throwaway cluster started from Debian's postgresql package), with the *.postgres.test.ts
//      suites that run real worker processes or long fault runs (lib/services/publishing)
//   4. the production build, then end-to-end tests (Playwright) in Debian's Chromium
// It ends with one line "Tests: N passed, N failed" summing every runner.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIsCurrent } from "./build-state.mjs";
import { startTempPostgres } from "./temp-postgres.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "cadence-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];

function step(title, command, args, extraEnv = {}) {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) failedSteps.push(title);
  return result.status === 0;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += stats?.expected ?? 0;
  totals.failed += (stats?.unexpected ?? 0) + (stats?.flaky ?? 0);
  totals.skipped += stats?.skipped ?? 0;
}

function findChromium() {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  return candidates.find((candidate) => fs.existsSync(candidate));
}

function ensureChromium() {
  if (findChromium()) return findChromium();
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's Chromium for the browser tests…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  const found = findChromium();
  if (!found) {
    console.error("No Chromium found. Install it (apt-get install chromium) or set CHROMIUM_PATH.");
    process.exit(1);
  }
  return found;
}

const vitest = ["node_modules/vitest/vitest.mjs", "run"];
// Suites whose tests go through the process runtime (lib/testing/test-runtime.ts).
const dbSuites = ["lib/services", "lib/jobs", "lib/actions"];
// Suites that run worker processes on real PostgreSQL: only in the PostgreSQL step (vitest.config.ts
// collects them only when CADENCE_TEST_DATABASE_URL is set; the PGlite step excludes them even then).
const postgresOnly = "**/*.postgres.test.ts";

step("Typecheck", "node", ["node_modules/typescript/bin/tsc", "--noEmit"]);
step("Lint", "node", ["node_modules/eslint/bin/eslint.js", "."]);

const pgliteReport = path.join(reports, "vitest-pglite.json");
step("Unit and service tests (PGlite)", "node", [
  ...vitest,
  `--exclude=${postgresOnly}`,
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${pgliteReport}`,
]);
countVitest(pgliteReport);

let tempPostgres = null;
let postgresUrl = env.CADENCE_TEST_DATABASE_URL;
if (!postgresUrl) {
  tempPostgres = await startTempPostgres();
  postgresUrl = tempPostgres?.url;
}
if (postgresUrl) {
  const pgReport = path.join(reports, "vitest-postgres.json");
  try {
    step(
      "Service tests (PostgreSQL)",
      "node",
      [...vitest, ...dbSuites, "--reporter=default", "--reporter=json", `--outputFile.json=${pgReport}`],
      {
        CADENCE_TEST_DATABASE_URL: postgresUrl,
      },
    );
  } finally {
    tempPostgres?.stop();
  }
  countVitest(pgReport);
} else {
  console.error(
    "\nNo PostgreSQL available: set CADENCE_TEST_DATABASE_URL or install Debian's postgresql package.",
  );
  failedSteps.push("Service tests (PostgreSQL)");
}

const chromium = ensureChromium();
if (buildIsCurrent() || step("Production build", "node", ["scripts/build.mjs"])) {
  const e2eReport = path.join(reports, "playwright.json");
  step("End-to-end tests (Chromium)", "node", ["node_modules/@playwright/test/cli.js", "test"], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  });
  countPlaywright(e2eReport);
}

console.log("");
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(", ")}`);
console.log(
  `Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
