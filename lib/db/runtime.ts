// Opens the database for this process — embedded PGlite or PostgreSQL — applies pending
// migrations and builds the Prisma client on top. Both modes run the same migrations and SQL.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/lib/db/migrate";
import { acquireDataDirLock } from "@/lib/db/pglite-lock";
import { pgliteRunner, pgPoolRunner, type SqlRunner } from "@/lib/db/sql-runner";

export type DatabaseTarget =
  | { kind: "pglite"; /** null: in memory (tests) */ dataDir: string | null }
  | { kind: "postgres"; url: string };

/** Secret columns never leave the database unless a query asks for them by name. */
const omitSecrets = {
  user: { passwordHash: true },
  linkedInConnection: { accessTokenEnc: true, refreshTokenEnc: true },
  apiKey: { hashedKey: true },
} as const;

function createPrisma(adapter: SqlDriverAdapterFactory, embedded: boolean) {
  return new PrismaClient({
    adapter,
    omit: omitSecrets,
    // PGlite runs one transaction at a time: waiting a while for the lock is normal there.
    transactionOptions: embedded ? { maxWait: 15_000, timeout: 30_000 } : { maxWait: 5_000, timeout: 15_000 },
  });
}

export type Db = ReturnType<typeof createPrisma>;

export type Runtime = {
  mode: "embedded" | "postgres";
  target: DatabaseTarget;
  prisma: Db;
  sql: SqlRunner;
  pglite: PGlite | null;
  pgPool: pg.Pool | null;
  /** Set by lib/jobs/queue.ts the first time the queue is needed. */
  queue?: Promise<import("pg-boss").PgBoss>;
  close(): Promise<void>;
};

export async function openRuntime(
  target: DatabaseTarget,
  options: { migrate?: boolean } = {},
): Promise<Runtime> {
  const migrate = options.migrate ?? true;
  if (target.kind === "pglite") {
    const release = target.dataDir ? acquireDataDirLock(target.dataDir) : () => {};
    try {
      const pglite = target.dataDir ? new PGlite(path.join(target.dataDir, "db")) : new PGlite();
      await pglite.waitReady;
      const sql = pgliteRunner(pglite);
      if (migrate) await applyMigrations(sql);
      const prisma = createPrisma(new PrismaPGlite(pglite), true);
      const runtime: Runtime = {
        mode: "embedded",
        target,
        prisma,
        sql,
        pglite,
        pgPool: null,
        async close() {
          if (runtime.queue) await (await runtime.queue).stop({ graceful: false }).catch(() => {});
          await prisma.$disconnect();
          await pglite.close();
          release();
        },
      };
      return runtime;
    } catch (error) {
      release();
      throw error;
    }
  }
  const pgPool = new pg.Pool({ connectionString: target.url, max: 10 });
  const sql = pgPoolRunner(pgPool);
  try {
    if (migrate) await applyMigrations(sql);
  } catch (error) {
    await pgPool.end();
    throw error;
  }
  const prisma = createPrisma(new PrismaPg(pgPool), false);
  const runtime: Runtime = {
    mode: "postgres",
    target,
    prisma,
    sql,
    pglite: null,
    pgPool,
    async close() {
      if (runtime.queue) await (await runtime.queue).stop({ graceful: false }).catch(() => {});
      await prisma.$disconnect();
      await pgPool.end();
    },
  };
  return runtime;
}
