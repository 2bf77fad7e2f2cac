// The one database client module. Next evaluates modules several times in one process
// (instrumentation, routes, actions), so the runtime lives on globalThis: one PGlite, one
// Prisma client and one queue per process. Nothing opens at import time, only on first use.
import { getEnv } from "@/lib/env";
import { openRuntime, type Db, type Runtime } from "@/lib/db/runtime";

export type { Db, Runtime };

const RUNTIME_KEY = Symbol.for("cadence.runtime");
type RuntimeGlobal = typeof globalThis & { [RUNTIME_KEY]?: Promise<Runtime> };
const store = globalThis as RuntimeGlobal;

export function getRuntime(): Promise<Runtime> {
  if (!store[RUNTIME_KEY]) {
    const env = getEnv();
    const opening = openRuntime(
      env.DATABASE_URL
        ? { kind: "postgres", url: env.DATABASE_URL }
        : { kind: "pglite", dataDir: env.dataDir },
    );
    // A failed open must not be cached forever: the next request tries again.
    opening.catch(() => {
      if (store[RUNTIME_KEY] === opening) delete store[RUNTIME_KEY];
    });
    store[RUNTIME_KEY] = opening;
  }
  return store[RUNTIME_KEY];
}

export async function getDb(): Promise<Db> {
  return (await getRuntime()).prisma;
}

/** Tests and scripts install their own runtime (an in-memory PGlite, a throwaway database). */
export function setRuntime(runtime: Runtime | undefined): void {
  if (runtime) store[RUNTIME_KEY] = Promise.resolve(runtime);
  else delete store[RUNTIME_KEY];
}
