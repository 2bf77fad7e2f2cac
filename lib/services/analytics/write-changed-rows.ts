// Writes statistics rows only where LinkedIn's figures differ from what is stored, so a sync
// touches what changed and nothing else (syncedAt then says when a figure last moved).
import { getDb } from "@/lib/db";
import type { StatGranularity } from "@/lib/generated/prisma/enums";

type Figures = Record<string, number | null>;

export interface WriteResult {
  created: number;
  updated: number;
  unchanged: number;
}

const same = (a: Figures, b: Figures) => Object.keys(a).every((key) => (a[key] ?? null) === (b[key] ?? null));

/** Share statistics buckets of one channel and granularity, keyed by periodStart. */
export async function writeShareRows(
  channelId: string,
  granularity: StatGranularity,
  rows: { periodStart: Date; figures: Figures }[],
  now: Date,
): Promise<WriteResult> {
  const db = await getDb();
  const existing = await db.shareStatistic.findMany({
    where: { channelId, granularity, periodStart: { in: rows.map((row) => row.periodStart) } },
  });
  return write(existing, rows, async (tx, creates, updates) => {
    if (creates.length)
      await tx.shareStatistic.createMany({
        data: creates.map((row) => ({
          channelId,
          granularity,
          periodStart: row.periodStart,
          ...row.figures,
          syncedAt: now,
        })),
      });
    for (const row of updates)
      await tx.shareStatistic.update({ where: { id: row.id }, data: { ...row.figures, syncedAt: now } });
  });
}

/** Follower rows (DAY gains, or the LIFETIME total seen on a day) of one channel. */
export async function writeFollowerRows(
  channelId: string,
  granularity: StatGranularity,
  rows: { periodStart: Date; figures: Figures }[],
  now: Date,
): Promise<WriteResult> {
  const db = await getDb();
  const existing = await db.followerStatistic.findMany({
    where: { channelId, granularity, periodStart: { in: rows.map((row) => row.periodStart) } },
  });
  return write(existing, rows, async (tx, creates, updates) => {
    if (creates.length)
      await tx.followerStatistic.createMany({
        data: creates.map((row) => ({
          channelId,
          granularity,
          periodStart: row.periodStart,
          ...row.figures,
          syncedAt: now,
        })),
      });
    for (const row of updates)
      await tx.followerStatistic.update({ where: { id: row.id }, data: { ...row.figures, syncedAt: now } });
  });
}

type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>["$transaction"]>[0]>[0];

async function write(
  existing: ({ id: string; periodStart: Date } & Record<string, unknown>)[],
  rows: { periodStart: Date; figures: Figures }[],
  apply: (
    tx: Tx,
    creates: { periodStart: Date; figures: Figures }[],
    updates: { id: string; figures: Figures }[],
  ) => Promise<void>,
): Promise<WriteResult> {
  const byStart = new Map(existing.map((row) => [row.periodStart.getTime(), row]));
  const creates: { periodStart: Date; figures: Figures }[] = [];
  const updates: { id: string; figures: Figures }[] = [];
  for (const row of rows) {
    const stored = byStart.get(row.periodStart.getTime());
    if (!stored) creates.push(row);
    else if (!same(row.figures, stored as unknown as Figures))
      updates.push({ id: stored.id, figures: row.figures });
  }
  if (creates.length || updates.length) {
    const db = await getDb();
    await db.$transaction((tx) => apply(tx, creates, updates));
  }
  return {
    created: creates.length,
    updated: updates.length,
    unchanged: rows.length - creates.length - updates.length,
  };
}
