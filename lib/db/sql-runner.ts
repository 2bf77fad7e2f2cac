// The smallest common surface of PGlite and node-postgres, so that migrations and health checks
// run the same SQL against either engine.
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

export type SqlRunner = {
  /** One parameterised statement. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` on a single session inside BEGIN/COMMIT (ROLLBACK on error). */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  /** Runs `work` on one pinned session (needed for session-level advisory locks). */
  session<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
};

export type SqlSession = {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements separated by semicolons, no parameters (a migration file). */
  exec(sql: string): Promise<void>;
};

export function pgliteRunner(db: PGlite): SqlRunner {
  const session: SqlSession = {
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
  return {
    query: session.query,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows,
          exec: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    // PGlite is a single session already.
    session: (work) => work(session),
  };
}

export function pgPoolRunner(pool: Pool): SqlRunner {
  const withClient = async <T>(
    work: (session: SqlSession) => Promise<T>,
    inTransaction: boolean,
  ): Promise<T> => {
    const client = await pool.connect();
    const session: SqlSession = {
      query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
      exec: async (sql) => {
        await client.query(sql);
      },
    };
    try {
      if (!inTransaction) return await work(session);
      await client.query("BEGIN");
      try {
        const result = await work(session);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    } finally {
      client.release();
    }
  };
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as Row[],
    transaction: (work) => withClient(work, true),
    session: (work) => withClient(work, false),
  };
}
