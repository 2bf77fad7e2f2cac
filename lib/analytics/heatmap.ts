// Best time to post: the channel's own posts by weekday and hour of publication in the viewer's
// zone, each slot scored by the median engagement rate of its posts (a median, so one viral post
// does not paint a slot). The sample size is part of the answer: a slot with one post is a hint.
import type { Heatmap, HeatmapCell } from "./analytics-types";
import { median } from "./figures";

const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export function buildHeatmap(
  posts: { publishedAt: Date; engagementRate: number | null; impressions: number | null }[],
  timeZone: string,
): Heatmap {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "numeric",
    hourCycle: "h23",
  });
  const slots = new Map<number, { rates: number[]; impressions: number[]; posts: number }>();
  for (const post of posts) {
    const parts = format.formatToParts(post.publishedAt);
    const weekday = WEEKDAYS[parts.find((p) => p.type === "weekday")!.value]!;
    const hour = Number(parts.find((p) => p.type === "hour")!.value) % 24;
    const key = weekday * 24 + hour;
    const slot = slots.get(key) ?? { rates: [], impressions: [], posts: 0 };
    slot.posts += 1;
    if (post.engagementRate !== null) slot.rates.push(post.engagementRate);
    if (post.impressions !== null) slot.impressions.push(post.impressions);
    slots.set(key, slot);
  }
  const cells: HeatmapCell[] = [];
  for (let weekday = 0; weekday < 7; weekday++)
    for (let hour = 0; hour < 24; hour++) {
      const slot = slots.get(weekday * 24 + hour);
      cells.push({
        weekday,
        hour,
        posts: slot?.posts ?? 0,
        medianEngagementRate: slot ? median(slot.rates) : null,
        medianImpressions: slot ? median(slot.impressions) : null,
      });
    }
  return { timeZone, sampleSize: posts.length, cells };
}
