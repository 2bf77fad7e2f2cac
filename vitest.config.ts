import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { getTestDatabaseServerUrl } from "./lib/env";

// *.postgres.test.ts run real worker processes, or long fault runs, on PostgreSQL. They are collected only when
// CADENCE_TEST_DATABASE_URL names a server (the PostgreSQL step of `npm test`); otherwise they are
// not collected at all — never reported as skipped, never silently run on PGlite.
const postgresOnly = "**/*.postgres.test.ts";
const hasPostgres = Boolean(getTestDatabaseServerUrl());

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", "data/**", ...(hasPostgres ? [] : [postgresOnly])],
    environment: "node",
    // PGlite needs a few seconds to boot on these machines; services share one per file.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Fixed test secrets: tests never generate or read ./data/secrets.json.
    env: {
      NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-00",
      CADENCE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
      CADENCE_DATA_DIR: path.join(os.tmpdir(), "cadence-vitest-data"),
    },
  },
});
