// `Idempotency-Key` for POST /api/v1/posts (IETF draft-ietf-httpapi-idempotency-key-header): the
// first request with a key runs; its successful answer is kept for a day and replayed to every
// repeat with the same key and body, so a client retrying after a timeout never makes a second
// post. A repeat while the first still runs waits for its answer (clients retry on timeouts, and
// downloading a video takes a while); the same key with another body is refused. A failed first
// request leaves nothing behind, so it can be retried with the same key.
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { ApiProblem } from "./problem";

const KEEP_MS = 24 * 60 * 60_000;
/** A first request that stopped renewing its claim this long ago died with its process. */
const ABANDONED_MS = 5 * 60_000;
const RENEW_MS = 60_000;
const WAIT_FOR_FIRST_MS = 60_000;
const POLL_MS = 150;
const POLL_MAX_MS = 1_000;

export type StoredAnswer = { status: number; body: unknown };

export function readIdempotencyKey(request: Request): string | null {
  const key = request.headers.get("idempotency-key");
  if (key === null) return null;
  // Structured-field strings arrive quoted; bare tokens are accepted as well.
  const unquoted = /^"(.*)"$/.exec(key)?.[1] ?? key;
  if (!/^[\x21-\x7e]{1,255}$/.test(unquoted))
    throw new ApiProblem(
      "malformed-request",
      "Idempotency-Key must be 1–255 visible ASCII characters, e.g. a UUID.",
      { errors: [{ pointer: "Idempotency-Key", detail: "1–255 visible ASCII characters." }] },
    );
  return unquoted;
}

/** The same request, whatever the order of its JSON fields. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${method} ${path}\n${canonicalJson(body)}`).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

/**
 * What an idempotent request does, in two steps: `create` makes the resource and returns its id
 * (recorded on the key at once), `answer` reads it back for the response. A failure in `create`
 * releases the key; a failure after it keeps the id, so a repeat answers with the resource
 * instead of making a second one.
 */
export type IdempotentWork = {
  create: () => Promise<string>;
  answer: (resourceId: string) => Promise<StoredAnswer>;
};

export async function withIdempotency(
  scope: { workspaceId: string; key: string | null; fingerprint: string },
  work: IdempotentWork,
): Promise<StoredAnswer & { replayed: boolean }> {
  if (!scope.key) return { ...(await work.answer(await work.create())), replayed: false };
  const db = await getDb();
  const where = { workspaceId_key: { workspaceId: scope.workspaceId, key: scope.key } };
  const startedAt = Date.now();

  for (let polls = 0; ; polls++) {
    const now = clockNow();
    const { count } = await db.apiIdempotencyKey.createMany({
      data: {
        workspaceId: scope.workspaceId,
        key: scope.key,
        fingerprint: scope.fingerprint,
        createdAt: now,
        expiresAt: new Date(now.getTime() + KEEP_MS),
      },
      skipDuplicates: true,
    });
    if (count === 1) return { ...(await runAndRecord(scope, work)), replayed: false };

    const existing = await db.apiIdempotencyKey.findUnique({ where });
    if (!existing) continue; // the first request failed and let go of the key: try to take it
    if (existing.expiresAt <= now) {
      await db.apiIdempotencyKey.deleteMany({ where: { id: existing.id, expiresAt: { lte: now } } });
      continue;
    }
    if (existing.fingerprint !== scope.fingerprint)
      throw new ApiProblem(
        "idempotency-key-reused",
        "This Idempotency-Key was already used for a different request. Use a new key for a new post.",
      );
    if (existing.status !== null)
      return { status: existing.status, body: existing.response, replayed: true };
    // Made, but not yet (or never) answered: answer with what was made.
    if (existing.resourceId) return { ...(await work.answer(existing.resourceId)), replayed: true };
    // The first request renews its claim while it works; one silent this long died with its process.
    if (now.getTime() - existing.createdAt.getTime() > ABANDONED_MS) {
      const taken = await db.apiIdempotencyKey.updateMany({
        where: { id: existing.id, status: null, resourceId: null, createdAt: existing.createdAt },
        data: { createdAt: now },
      });
      if (taken.count === 1) return { ...(await runAndRecord(scope, work)), replayed: false };
      continue;
    }
    if (Date.now() - startedAt > WAIT_FOR_FIRST_MS)
      throw new ApiProblem(
        "idempotency-request-in-progress",
        "The first request with this Idempotency-Key is still running. Try again in a few seconds to get its answer.",
        { headers: { "Retry-After": "5" } },
      );
    // 150 ms at first, easing to 1 s: quick answers come quickly, slow ones cost few queries.
    await sleep(Math.min(POLL_MAX_MS, POLL_MS * 1.25 ** polls));
  }
}

async function runAndRecord(
  scope: { workspaceId: string; key: string | null },
  work: IdempotentWork,
): Promise<StoredAnswer> {
  const db = await getDb();
  const where = { workspaceId_key: { workspaceId: scope.workspaceId, key: scope.key! } };
  // Renew the claim while downloads run, so a repeat never takes a live request for a dead one.
  const renew = setInterval(() => {
    void db.apiIdempotencyKey
      .updateMany({ where: { ...where.workspaceId_key, status: null }, data: { createdAt: clockNow() } })
      .catch(() => undefined);
  }, RENEW_MS);
  let resourceId: string;
  try {
    resourceId = await work.create();
  } catch (error) {
    await db.apiIdempotencyKey.delete({ where }).catch(() => undefined);
    throw error;
  } finally {
    clearInterval(renew);
  }
  await db.apiIdempotencyKey.update({ where, data: { resourceId } });
  const answer = await work.answer(resourceId);
  await db.apiIdempotencyKey.update({
    where,
    data: { status: answer.status, response: answer.body as object },
  });
  return answer;
}

/** Keys past their day; the hourly API sweep drops them. */
export async function dropExpiredIdempotencyKeys(now = clockNow()): Promise<number> {
  const db = await getDb();
  const { count } = await db.apiIdempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
