// What one sync of a channel asks LinkedIn for. A full sync (the first one, then once a day) takes
// the whole rolling 12-month window and every post; an hourly sync only what can still change:
// the last few days (LinkedIn settles a day's figures late), this month, new posts, and the
// statistics of posts young enough to still gather impressions.
import { statisticsWindowStart } from "@/lib/linkedin/statistics/statistics-window";

export const DAY_MS = 86_400_000;
/** Finished days LinkedIn may still revise: re-read on every hourly sync. */
export const RECENT_DAYS = 3;
/** A post keeps gathering impressions for about a month (most in the first 48 hours). */
export const ACCRUING_POST_AGE_MS = 30 * DAY_MS;
/** A full sync is due once this long has passed since the last one. */
export const FULL_SYNC_INTERVAL_MS = 23 * 3_600_000;
/** Hourly syncs, spread over the hour by channel so they don't all hit LinkedIn at once. */
export const SYNC_INTERVAL_MS = 3_600_000;

export interface SyncPlan {
  full: boolean;
  /** DAY buckets (share statistics and follower gains) from here to now. */
  daysFrom: Date;
  /** MONTH buckets from here (the 1st of a month) to now. */
  monthsFrom: Date;
  /** Posts published before this are not listed (older than LinkedIn's statistics window). */
  postsFrom: Date;
  /** Statistics are refreshed for posts published after this (and inside the window), and for posts never asked about. */
  postStatsFrom: Date;
}

const floorDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const floorMonth = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};

const nextMonth = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
};

export function planSync(input: { nowMs: number; lastFullSyncAt: Date | null; force?: boolean }): SyncPlan {
  const windowStart = statisticsWindowStart(input.nowMs);
  const full =
    input.force === true ||
    !input.lastFullSyncAt ||
    input.nowMs - input.lastFullSyncAt.getTime() >= FULL_SYNC_INTERVAL_MS;
  // MONTH buckets only for whole months inside the window: the month LinkedIn's window starts in
  // would come back as a partial figure under the 1st, shrinking every day.
  const firstWholeMonth = floorMonth(windowStart) === windowStart ? windowStart : nextMonth(windowStart);
  if (full) {
    return {
      full,
      daysFrom: new Date(windowStart),
      monthsFrom: new Date(firstWholeMonth),
      postsFrom: new Date(windowStart),
      postStatsFrom: new Date(windowStart),
    };
  }
  const daysFrom = Math.max(windowStart, floorDay(input.nowMs) - RECENT_DAYS * DAY_MS);
  return {
    full,
    daysFrom: new Date(daysFrom),
    monthsFrom: new Date(Math.max(firstWholeMonth, floorMonth(daysFrom))),
    postsFrom: new Date(windowStart),
    postStatsFrom: new Date(input.nowMs - ACCRUING_POST_AGE_MS),
  };
}
