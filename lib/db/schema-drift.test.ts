// Fails when prisma/schema.prisma and prisma/migrations drift apart, i.e. when someone changed the
// schema without creating a migration (`npm run db:migration -- <name>`), or edited a migration.
// Runs Prisma's schema engine (wasm) against throwaway in-memory PGlite databases.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeSchemaEngineDatabases, createMigrationSql } from "@/lib/db/schema-engine";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");

// Booting PGlite and replaying the migrations takes a few seconds on a busy machine.
const TIMEOUT = 120_000;

const tempDirs: string[] = [];

afterAll(async () => {
  await closeSchemaEngineDatabases();
  await Promise.all(tempDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

describe("schema.prisma vs prisma/migrations", () => {
  it(
    "has no changes that are missing from the migrations",
    async () => {
      const sql = await createMigrationSql({ schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR });
      expect(
        sql,
        "prisma/schema.prisma has changes that no migration creates (the SQL below). " +
          "Run `npm run db:migration -- <name>` and commit the new prisma/migrations folder.",
      ).toBeNull();
    },
    TIMEOUT,
  );

  it(
    "reports drift when the schema gains a field (checked on a copy of the schema)",
    async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cadence-schema-drift-"));
      tempDirs.push(dir);
      const original = await fs.readFile(SCHEMA_PATH, "utf8");
      const firstModel = /^model (\w+) \{$/m.exec(original);
      expect(firstModel, "schema.prisma has no model to modify").not.toBeNull();
      const changed = original.replace(firstModel![0], `${firstModel![0]}\n  driftProbe String?`);
      const copy = path.join(dir, "schema.prisma");
      await fs.writeFile(copy, changed);

      const sql = await createMigrationSql({ schemaPath: copy, migrationsDir: MIGRATIONS_DIR });
      expect(sql).toMatch(/ALTER TABLE "\w+" ADD COLUMN\s+"driftProbe" TEXT;/);
    },
    TIMEOUT,
  );
});
