// `npm run db:migrate`: applies pending migrations to the configured database (PGlite in
// CADENCE_DATA_DIR, or DATABASE_URL). `npm start` does this by itself; this is for deploys.
import { applyMigrations, getMigrationStatus } from "@/lib/db/migrate";
import { openRuntime } from "@/lib/db/runtime";
import { getEnv } from "@/lib/env";

const env = getEnv();
const runtime = await openRuntime(
  env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.dataDir },
  { migrate: false },
);
try {
  const { applied } = await applyMigrations(runtime.sql);
  const status = await getMigrationStatus(runtime.sql);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to the ${env.mode} database:\n${applied.map((name) => `  ${name}`).join("\n")}`
      : `The ${env.mode} database is up to date (${status.applied.length} migrations applied).`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await runtime.close();
}
