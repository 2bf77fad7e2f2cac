// The `timeIntervals` parameter of the statistics finders (doc §6.2, §12.1):
// `(timeRange:(start:…,end:…),timeGranularityType:DAY)` in Rest.li 2.0, or the dotted protocol-1.0
// form `timeIntervals.timeGranularityType=DAY&timeIntervals.timeRange.start=…`. Ranges before the
// rolling 12-month window are clipped or rejected (config statistics.windowMode).
import type { RequestContext } from "../http/context";
import { invalidParam } from "../http/errors";
import type { RestliValue } from "../restli/parse";
import { rollingTwelveMonths, type Granularity, type TimeRange } from "../stats";

export interface TimeIntervals {
  /** As requested (end defaults to now). */
  range: TimeRange;
  granularity: Granularity;
}

const bad = (problem: string) => invalidParam(`Invalid value for parameter "timeIntervals": ${problem}`);

function field(value: RestliValue | undefined, key: string): RestliValue | undefined {
  return value !== undefined && typeof value === "object" && !Array.isArray(value) ? value[key] : undefined;
}

function epochMs(value: RestliValue | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^\d{1,15}$/.test(value))
    throw bad(`timeRange.${name} must be epoch milliseconds`);
  return Number(value);
}

/** The request's timeIntervals, or undefined when absent (lifetime statistics). */
export function readTimeIntervals(
  ctx: RequestContext,
  granularities: readonly Granularity[],
): TimeIntervals | undefined {
  const q = ctx.query;
  const dotted = Object.keys(q).some((k) => k.startsWith("timeIntervals."));
  const record = q.timeIntervals;
  if (record === undefined && !dotted) return undefined;
  if (record !== undefined && (typeof record !== "object" || Array.isArray(record)))
    throw bad("expected (timeRange:(start:…,end:…),timeGranularityType:DAY)");

  const granularity = dotted ? q["timeIntervals.timeGranularityType"] : field(record, "timeGranularityType");
  const timeRange = field(record, "timeRange");
  const start = epochMs(dotted ? q["timeIntervals.timeRange.start"] : field(timeRange, "start"), "start");
  const end =
    epochMs(dotted ? q["timeIntervals.timeRange.end"] : field(timeRange, "end"), "end") ?? ctx.now();

  if (typeof granularity !== "string" || !(granularities as readonly string[]).includes(granularity))
    throw bad(`timeGranularityType must be one of ${granularities.join(", ")}`);
  if (start === undefined) throw bad("timeRange.start is required");
  if (start >= end) throw bad("timeRange.start must be before timeRange.end");

  const window = rollingTwelveMonths(ctx.now());
  if (start < window.start && ctx.state.config.statistics.windowMode === "reject") {
    throw bad(
      `timeRange.start ${start} is outside the rolling 12-month window; statistics are available from ${window.start} (${new Date(window.start).toISOString()})`,
    );
  }
  return { range: { start, end }, granularity: granularity as Granularity };
}

/** The part of `range` inside the rolling 12-month window ending now (empty ranges have start ≥ end). */
export function clipToWindow(range: TimeRange, now: number): TimeRange {
  const window = rollingTwelveMonths(now);
  return { start: Math.max(range.start, window.start), end: Math.min(range.end, window.end) };
}
