// Applies prisma/migrations to PGlite or PostgreSQL without Prisma's native engine (which cannot
// be downloaded here). It writes the same `_prisma_migrations` rows as `prisma migrate deploy`
// (sha256 checksum of migration.sql), so the official CLI keeps working on the same database.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlRunner, SqlSession } from "@/lib/db/sql-runner";

/** Prisma's own advisory-lock key: concurrent `migrate deploy` and Cadence never overlap. */
const MIGRATION_LOCK_KEY = 72707369;

export type MigrationFile = { name: string; sql: string; checksum: string };

export function defaultMigrationsDir(): string {
  return path.resolve(process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir: string = defaultMigrationsDir()): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

async function ensureMigrationsTable(session: SqlSession): Promise<void> {
  await session.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

async function readApplied(session: SqlSession): Promise<AppliedRow[]> {
  const exists = await session.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (!exists[0]?.exists) return [];
  return session.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
}

export type MigrationStatus = {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed afterwards, or that failed half-way. */
  problems: string[];
};

function compare(files: MigrationFile[], rows: AppliedRow[]): MigrationStatus {
  const done = new Map(
    rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row]),
  );
  const failed = rows
    .filter((row) => !row.finished_at && !row.rolled_back_at)
    .map((row) => row.migration_name);
  const problems = failed.map((name) => `${name} failed to apply and must be resolved by hand`);
  for (const file of files) {
    const row = done.get(file.name);
    if (row && row.checksum !== file.checksum) problems.push(`${file.name} was edited after it was applied`);
  }
  return {
    applied: files.filter((file) => done.has(file.name)).map((file) => file.name),
    pending: files.filter((file) => !done.has(file.name)).map((file) => file.name),
    problems,
  };
}

export async function getMigrationStatus(runner: SqlRunner, dir?: string): Promise<MigrationStatus> {
  return runner.session(async (session) => compare(readMigrations(dir), await readApplied(session)));
}

/**
 * Applies every pending migration, each in its own transaction together with its bookkeeping
 * row, so a failing migration leaves neither half its tables nor a "started" row behind.
 */
export async function applyMigrations(runner: SqlRunner, dir?: string): Promise<{ applied: string[] }> {
  const files = readMigrations(dir);
  return runner.session(async (session) => {
    await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await ensureMigrationsTable(session);
      const status = compare(files, await readApplied(session));
      if (status.problems.length > 0) throw new Error(`Cannot migrate: ${status.problems.join("; ")}`);
      const applied: string[] = [];
      for (const file of files.filter((candidate) => status.pending.includes(candidate.name))) {
        await session.exec("BEGIN");
        try {
          await session.exec(file.sql);
          await session.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
            [randomUUID(), file.checksum, file.name],
          );
          await session.exec("COMMIT");
        } catch (error) {
          await session.exec("ROLLBACK");
          throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(file.name);
      }
      return { applied };
    } finally {
      await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}
