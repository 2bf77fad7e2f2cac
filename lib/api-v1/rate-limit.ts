// Per-key request limit for the public API: fixed one-minute windows counted in the database, so
// every web process (scaled mode) shares one count per key. One atomic upsert per request; the
// answer carries the IETF RateLimit headers, and a refused request says when to come back.
import { nowMs } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

const WINDOW_MS = 60_000;

export type RateLimitVerdict = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
};

export async function consumeRateLimit(keyId: string, at = nowMs()): Promise<RateLimitVerdict> {
  const limit = getEnv().apiRateLimit;
  const windowStart = new Date(Math.floor(at / WINDOW_MS) * WINDOW_MS);
  const db = await getDb();
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("keyId", "windowStart", "count") VALUES (${keyId}, ${windowStart}, 1)
    ON CONFLICT ("keyId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(row?.count ?? 1);
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - at) / 1000));
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds };
}

export function rateLimitHeaders(verdict: RateLimitVerdict): Record<string, string> {
  return {
    "RateLimit-Limit": String(verdict.limit),
    "RateLimit-Remaining": String(verdict.remaining),
    "RateLimit-Reset": String(verdict.resetSeconds),
    ...(verdict.allowed ? {} : { "Retry-After": String(verdict.resetSeconds) }),
  };
}

/** Windows older than an hour are only history; the hourly API sweep drops them. */
export async function dropOldRateWindows(at = nowMs()): Promise<number> {
  const db = await getDb();
  const { count } = await db.apiRateWindow.deleteMany({
    where: { windowStart: { lt: new Date(at - 60 * 60_000) } },
  });
  return count;
}
