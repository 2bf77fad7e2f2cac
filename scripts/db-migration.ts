// `npm run db:migration -- <name>`: creates prisma/migrations/<timestamp>_<name>/migration.sql from
// the changes in prisma/schema.prisma, like `prisma migrate dev --create-only --name <name>` (which
// needs Prisma's native engine, not available offline). Works on throwaway in-memory PGlite
// databases; never touches ./data or any configured database. Apply with `npm run db:migrate`.
import fs from "node:fs/promises";
import path from "node:path";
import { closeSchemaEngineDatabases, migrationLockToml, planMigration } from "@/lib/db/schema-engine";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");

const USAGE = `Usage: npm run db:migration -- <name> [--verbose]

Creates prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql with the SQL that brings the
migrations up to prisma/schema.prisma. Review it, then apply it with \`npm run db:migrate\`.
<name> may contain letters, digits, "_" and "-" (e.g. add_post_tags, addPostTags).`;

class UsageError extends Error {}

/**
 * The folder-name part Prisma derives from `--name`: `slugify(name, { separator: "_" })` cut to
 * 200 characters (so "addPostTags" and "add-post-tags" both become "add_post_tags").
 */
function migrationSlug(name: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new UsageError(
      `Invalid migration name "${name}": use only letters, digits, "_" and "-" (e.g. add_post_tags).`,
    );
  }
  const slug = name
    // @sindresorhus/slugify's decamelize step, as bundled in the prisma CLI
    .replace(/([A-Z]{2,})(\d+)/g, "$1 $2")
    .replace(/([a-z\d]+)([A-Z]{2,})/g, "$1 $2")
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-rt-z\d]+)/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 200);
  if (!slug) throw new UsageError(`Invalid migration name "${name}": it needs at least one letter or digit.`);
  return slug;
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes("--verbose");
  const args = argv.filter((arg) => arg !== "--verbose");
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const unknown = args.find((arg) => /^--?[A-Za-z]/.test(arg));
  if (unknown) throw new UsageError(`Unknown option ${unknown}.`);
  if (args.length !== 1 || !args[0]) throw new UsageError("Give exactly one migration name.");
  const name = migrationSlug(args[0]);

  const started = Date.now();
  const plan = await planMigration({
    schemaPath: SCHEMA_PATH,
    migrationsDir: MIGRATIONS_DIR,
    name,
    log: verbose ? (line) => console.error(line.trimEnd()) : undefined,
  });
  if (!plan.script) {
    console.log(
      `No schema changes: prisma/migrations already matches prisma/schema.prisma. Nothing created.`,
    );
    return;
  }

  // Same steps and texts as the CLI: the folder must be new, migration.sql is the engine's
  // script unchanged (its "-- CreateTable" style comments included), then the lock file.
  const directory = path.join(MIGRATIONS_DIR, plan.migrationName);
  await fs.mkdir(MIGRATIONS_DIR, { recursive: true });
  await fs.mkdir(directory); // fails if it exists
  const scriptPath = path.join(directory, `migration.${plan.extension}`);
  await fs.writeFile(scriptPath, plan.script, "utf8");
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  await fs
    .writeFile(lockPath, migrationLockToml(plan.connectorType), { encoding: "utf8", flag: "wx" })
    .catch((error) => {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    });

  console.log(`Created ${path.relative(ROOT, scriptPath)} (${Date.now() - started} ms).`);
  console.log("Review it (data migrations, renames), then apply it with `npm run db:migrate`.");
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(process.env.DEBUG ? error : `db:migration failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
} finally {
  await closeSchemaEngineDatabases();
}
