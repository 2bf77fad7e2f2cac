// Writes statistics rows only where LinkedIn's figures differ from what is stored, so a sync
// touches what changed and nothing else (syncedAt then says when a figure last moved). Share and
// follower rows have the same key (channel, granularity, periodStart), so one writer serves both.
import { getDb } from "@/lib/db";
import type { StatGranularity } from "@/lib/generated/prisma/enums";

type Figures = Record<string, number | null>;
type Row = { periodStart: Date; figures: Figures };

export interface WriteResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** The part of a Prisma delegate this writer uses: both statistics tables have it. */
type StatisticsTable = {
  findMany(args: object): Promise<({ id: string; periodStart: Date } & Record<string, unknown>)[]>;
  createMany(args: object): Promise<unknown>;
  update(args: object): Promise<unknown>;
};

const same = (a: Figures, b: Record<string, unknown>) =>
  Object.keys(a).every((key) => (a[key] ?? null) === (b[key] ?? null));

/** Rows of one channel and granularity in `shareStatistic` or `followerStatistic`, keyed by periodStart. */
export async function writeChangedRows(
  table: "shareStatistic" | "followerStatistic",
  channelId: string,
  granularity: StatGranularity,
  rows: Row[],
  now: Date,
): Promise<WriteResult> {
  const db = await getDb();
  const existing = await (db[table] as unknown as StatisticsTable).findMany({
    where: { channelId, granularity, periodStart: { in: rows.map((row) => row.periodStart) } },
  });
  const byStart = new Map(existing.map((row) => [row.periodStart.getTime(), row]));
  const creates: Row[] = [];
  const updates: { id: string; figures: Figures }[] = [];
  for (const row of rows) {
    const stored = byStart.get(row.periodStart.getTime());
    if (!stored) creates.push(row);
    else if (!same(row.figures, stored)) updates.push({ id: stored.id, figures: row.figures });
  }
  if (creates.length || updates.length)
    await db.$transaction(async (tx) => {
      const target = tx[table] as unknown as StatisticsTable;
      if (creates.length)
        await target.createMany({
          data: creates.map((row) => ({
            channelId,
            granularity,
            periodStart: row.periodStart,
            ...row.figures,
            syncedAt: now,
          })),
        });
      for (const row of updates)
        await target.update({ where: { id: row.id }, data: { ...row.figures, syncedAt: now } });
    });
  return {
    created: creates.length,
    updated: updates.length,
    unchanged: rows.length - creates.length - updates.length,
  };
}
