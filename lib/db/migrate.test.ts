import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, getMigrationStatus, readMigrations } from "@/lib/db/migrate";
import { pgliteRunner } from "@/lib/db/sql-runner";

let dir: string;
let db: PGlite;

function writeMigration(name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cadence-migrations-"));
  db = new PGlite();
  await db.waitReady;
});

afterEach(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("applies pending migrations in name order, once, recording Prisma's bookkeeping rows", async () => {
    writeMigration("20260102000000_second", `ALTER TABLE "Thing" ADD COLUMN "size" INTEGER;`);
    writeMigration("20260101000000_first", `CREATE TABLE "Thing" ("id" TEXT PRIMARY KEY);`);
    const runner = pgliteRunner(db);

    expect(await applyMigrations(runner, dir)).toEqual({
      applied: ["20260101000000_first", "20260102000000_second"],
    });
    expect(await applyMigrations(runner, dir)).toEqual({ applied: [] });

    const rows = await runner.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations(dir);
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count])).toEqual(
      files.map((file) => [file.name, file.checksum, 1]),
    );
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
    expect(await getMigrationStatus(runner, dir)).toEqual({
      applied: files.map((file) => file.name),
      pending: [],
      problems: [],
    });
  });

  it("rolls a failing migration back completely and reports which one failed", async () => {
    writeMigration("20260101000000_ok", `CREATE TABLE "Good" ("id" TEXT PRIMARY KEY);`);
    writeMigration(
      "20260102000000_broken",
      `CREATE TABLE "Half" ("id" TEXT PRIMARY KEY); SELECT * FROM "missing_table";`,
    );
    const runner = pgliteRunner(db);

    await expect(applyMigrations(runner, dir)).rejects.toThrow(/Migration 20260102000000_broken failed/);
    const tables = await runner.query<{ name: string | null }>(`SELECT to_regclass('"Half"')::text AS name`);
    expect(tables[0]?.name).toBeNull();
    const status = await getMigrationStatus(runner, dir);
    expect(status).toEqual({
      applied: ["20260101000000_ok"],
      pending: ["20260102000000_broken"],
      problems: [],
    });
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    writeMigration("20260101000000_first", `CREATE TABLE "Thing" ("id" TEXT PRIMARY KEY);`);
    const runner = pgliteRunner(db);
    await applyMigrations(runner, dir);
    writeMigration("20260101000000_first", `CREATE TABLE "Thing" ("id" TEXT PRIMARY KEY, "x" INT);`);
    writeMigration("20260102000000_next", `CREATE TABLE "Other" ("id" TEXT PRIMARY KEY);`);

    await expect(applyMigrations(runner, dir)).rejects.toThrow(
      "20260101000000_first was edited after it was applied",
    );
    const other = await runner.query<{ name: string | null }>(`SELECT to_regclass('"Other"')::text AS name`);
    expect(other[0]?.name).toBeNull();
  });

  it("applies the project's own migrations to an empty database", async () => {
    const runner = pgliteRunner(db);
    const { applied } = await applyMigrations(runner);
    expect(applied.length).toBeGreaterThan(0);
    const tables = await runner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((table) => table.table_name)).toEqual(
      expect.arrayContaining([
        "User",
        "Workspace",
        "Membership",
        "Channel",
        "Post",
        "PostTarget",
        "MediaAsset",
        "ApiKey",
      ]),
    );
  });
});
