// Time ranges for time-bound statistics (doc §12.1, §12.4): LinkedIn serves only a rolling
// 12-month window, and buckets sit on 00:00 UTC boundaries (MONTH: the 1st). Both ends are aligned
// to those boundaries, as the doc recommends, so the start-inclusive/-exclusive conflict can only
// matter at the boundary instant.
//
// Older ranges are CLIPPED by default: a chart of "the last 18 months" shows the 12 LinkedIn has,
// and the result says it was clipped; `policy: "reject"` refuses instead (a preflight error).
// What LinkedIn itself answers to an older start is UNCONFIRMED, so it is never sent.
import { assertNoProblemsOrThrow } from "../errors/preflight-error";

export type Granularity = "DAY" | "WEEK" | "MONTH";
export type WindowPolicy = "clip" | "reject";

export interface ResolvedRange {
  /** Epoch ms, aligned and (with clip) inside the window; start ≥ end means nothing to ask. */
  start: number;
  end: number;
  clipped: boolean;
}

const DAY_MS = 86_400_000;
export const STATISTICS_WINDOW_MONTHS = 12;

const floorDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const ceilDay = (ms: number) => Math.ceil(ms / DAY_MS) * DAY_MS;

function floorMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function ceilMonth(ms: number): number {
  const floor = floorMonth(ms);
  if (floor === ms) return ms;
  const d = new Date(floor);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * 00:00 UTC of the day 12 calendar months before `nowMs`: the oldest instant LinkedIn serves. A
 * day that does not exist 12 months back (29 February) rolls forward, never earlier than LinkedIn.
 */
export function statisticsWindowStart(nowMs: number): number {
  const d = new Date(nowMs);
  return floorDay(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() - STATISTICS_WINDOW_MONTHS,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
    ),
  );
}

export function resolveStatisticsRange(input: {
  start: Date;
  end: Date;
  granularity: Granularity;
  policy?: WindowPolicy;
  nowMs: number;
  endpoint: string;
}): ResolvedRange {
  const month = input.granularity === "MONTH";
  const start = month ? floorMonth(input.start.getTime()) : floorDay(input.start.getTime());
  const end = month ? ceilMonth(input.end.getTime()) : ceilDay(input.end.getTime());
  assertNoProblemsOrThrow(
    start >= end ? [{ field: "end", message: "The statistics period must end after it starts." }] : [],
    input.endpoint,
  );
  const windowStart = statisticsWindowStart(input.nowMs);
  if (start >= windowStart) return { start, end, clipped: false };
  assertNoProblemsOrThrow(
    input.policy === "reject"
      ? [
          {
            field: "start",
            message: `LinkedIn keeps statistics for the last 12 months only (from ${new Date(windowStart).toISOString().slice(0, 10)}).`,
          },
        ]
      : [],
    input.endpoint,
  );
  return { start: windowStart, end, clipped: true };
}
