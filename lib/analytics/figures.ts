// Adding up LinkedIn's counters. Engagement rate is recomputed from the sums — (clicks + reactions
// + comments + reposts) / impressions, LinkedIn's own definition (doc §12.2) — never averaged
// from daily rates, which would weigh a quiet Sunday like a launch day.
export interface Counters {
  impressions: number;
  clicks: number;
  reactions: number;
  comments: number;
  reposts: number;
}

export const ZERO_COUNTERS: Counters = { impressions: 0, clicks: 0, reactions: 0, comments: 0, reposts: 0 };

export function addCounters(a: Counters, b: Counters): Counters {
  return {
    impressions: a.impressions + b.impressions,
    clicks: a.clicks + b.clicks,
    reactions: a.reactions + b.reactions,
    comments: a.comments + b.comments,
    reposts: a.reposts + b.reposts,
  };
}

export function engagementRate(c: Counters): number | null {
  return c.impressions > 0 ? (c.clicks + c.reactions + c.comments + c.reposts) / c.impressions : null;
}

/** (value − previous) / previous; null when either is missing or previous is 0. */
export function change(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return (value - previous) / Math.abs(previous);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
