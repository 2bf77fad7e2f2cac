// Service tests run against a real database with the real migrations: an in-memory PGlite by
// default, or a throwaway database on the PostgreSQL server named by CADENCE_TEST_DATABASE_URL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { setRuntime, type Runtime } from "@/lib/db";
import { openRuntime } from "@/lib/db/runtime";
import { getTestDatabaseServerUrl } from "@/lib/env";

async function createThrowawayDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cadence_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function openTestRuntime(): Promise<Runtime & { engine: string }> {
  const serverUrl = getTestDatabaseServerUrl();
  if (!serverUrl)
    return Object.assign(await openRuntime({ kind: "pglite", dataDir: null }), { engine: "pglite" });
  const database = await createThrowawayDatabase(serverUrl);
  const runtime = await openRuntime({ kind: "postgres", url: database.url });
  const close = runtime.close.bind(runtime);
  return Object.assign(runtime, {
    engine: "postgres",
    async close() {
      await close();
      await database.drop();
    },
  });
}

/** Installs a fresh migrated database as the process runtime for the tests of one file. */
export function setupTestDatabase(): { runtime(): Runtime } {
  let runtime: Runtime | undefined;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    setRuntime(runtime);
  });
  afterAll(async () => {
    setRuntime(undefined);
    await runtime?.close();
  });
  return {
    runtime() {
      if (!runtime) throw new Error("test database not open yet");
      return runtime;
    },
  };
}
