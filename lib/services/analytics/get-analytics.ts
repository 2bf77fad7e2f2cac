// The Analytics page's answer from synced statistics only (never a call to LinkedIn): KPIs with
// their change against the previous equal period, the series in day/week/month buckets, the posts
// published in the range, and the best-time heat-map. Four queries, whatever the range.
import { now as clockNow } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type {
  AnalyticsChannel,
  AnalyticsPostRow,
  AnalyticsQuery,
  AnalyticsResponse,
  Kpi,
  SeriesPoint,
} from "@/lib/analytics/analytics-types";
import { addCounters, change, engagementRate, ZERO_COUNTERS, type Counters } from "@/lib/analytics/figures";
import { buildHeatmap } from "@/lib/analytics/heatmap";
import {
  addDays,
  bucketsOf,
  bucketStart,
  DAY_MS,
  dayMs,
  dayOf,
  daysBetween,
  isWholeMonth,
  previousPeriod,
} from "@/lib/analytics/periods";
import { statisticsWindowStart } from "@/lib/linkedin/statistics/statistics-window";
import { browserMediaUrl, linkedInPostUrl } from "@/lib/linkedin/post-link";
import { mediaFileUrl } from "@/lib/services/media/media-views";

type DayFigures = Counters & { uniqueImpressions: number | null };

export async function getAnalytics(workspaceId: string, query: AnalyticsQuery): Promise<AnalyticsResponse> {
  const db = await getDb();
  const now = clockNow();
  const today = dayOf(now.getTime());
  const previous = previousPeriod(query.from, query.to);

  const channels = await db.channel.findMany({
    where: { workspaceId, status: { not: "DISCONNECTED" } },
    select: { id: true, name: true, kind: true, logoUrl: true, analyticsSync: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  const known = new Set(channels.map((c) => c.id));
  const unknown = query.channels.filter((id) => !known.has(id));
  if (unknown.length)
    throw new AppError("NOT_FOUND", "One of the chosen channels is not in this workspace.", {
      fieldErrors: { channels: ["Pick channels of this workspace."] },
    });
  const selected = query.channels.length ? query.channels : channels.map((c) => c.id);
  const selectedSet = new Set(selected);

  const rangeStart = new Date(dayMs(previous.from));
  const rangeEnd = new Date(dayMs(query.to) + DAY_MS);
  const heatmapFrom = new Date(statisticsWindowStart(now.getTime()));
  const [shareRows, followerRows, posts] = await Promise.all([
    db.shareStatistic.findMany({
      where: {
        channelId: { in: selected },
        OR: [
          { granularity: "DAY", periodStart: { gte: rangeStart, lt: rangeEnd } },
          { granularity: "LIFETIME" },
          {
            granularity: "MONTH",
            periodStart: { gte: new Date(rangeStart.getTime() - 31 * DAY_MS), lt: rangeEnd },
          },
        ],
      },
      select: {
        channelId: true,
        granularity: true,
        periodStart: true,
        impressionCount: true,
        uniqueImpressionsCount: true,
        clickCount: true,
        likeCount: true,
        commentCount: true,
        shareCount: true,
      },
    }),
    // Gains after the range are needed too: totals are walked back from the latest known total.
    db.followerStatistic.findMany({
      where: { channelId: { in: selected }, periodStart: { gte: rangeStart } },
      select: {
        channelId: true,
        granularity: true,
        periodStart: true,
        organicGain: true,
        paidGain: true,
        totalFollowers: true,
      },
      orderBy: { periodStart: "asc" },
    }),
    db.channelPost.findMany({
      where: {
        channelId: { in: selected },
        // The range and the previous period (table, unique impressions) and the last 12 months up
        // to now (heat-map), whichever reaches further.
        publishedAt: { gte: new Date(Math.min(heatmapFrom.getTime(), rangeStart.getTime())) },
      },
      orderBy: { publishedAt: "desc" },
      include: {
        target: {
          select: {
            postId: true,
            post: {
              select: {
                media: {
                  where: { role: { in: ["PRIMARY", "THUMBNAIL"] } },
                  orderBy: [{ role: "asc" }, { position: "asc" }],
                  select: { role: true, asset: { select: { id: true, kind: true } } },
                  take: 2,
                },
              },
            },
          },
        },
      },
    }),
  ]);

  // Day → summed figures across the selected channels.
  const days = new Map<string, DayFigures>();
  const monthUniques = new Map<string, number | null>();
  for (const row of shareRows) {
    const day = dayOf(row.periodStart.getTime());
    if (row.granularity === "LIFETIME") continue;
    if (row.granularity === "MONTH") {
      const prior = monthUniques.get(day);
      monthUniques.set(
        day,
        row.uniqueImpressionsCount === null || prior === null
          ? null
          : (prior ?? 0) + row.uniqueImpressionsCount,
      );
      continue;
    }
    const sum = days.get(day) ?? { ...ZERO_COUNTERS, uniqueImpressions: 0 };
    days.set(day, {
      ...addCounters(sum, {
        impressions: row.impressionCount,
        clicks: row.clickCount,
        reactions: row.likeCount,
        comments: row.commentCount,
        reposts: row.shareCount,
      }),
      uniqueImpressions:
        sum.uniqueImpressions === null || row.uniqueImpressionsCount === null
          ? null
          : sum.uniqueImpressions + row.uniqueImpressionsCount,
    });
  }
  const lifetime = shareRows.filter((row) => row.granularity === "LIFETIME");
  const twelveMonths: AnalyticsResponse["twelveMonths"] = lifetime.length
    ? {
        impressions: lifetime.reduce((total, row) => total + row.impressionCount, 0),
        uniqueImpressions: lifetime.some((row) => row.uniqueImpressionsCount === null)
          ? null
          : lifetime.reduce((total, row) => total + row.uniqueImpressionsCount!, 0),
      }
    : null;

  // Which days each channel has DAY figures for: a change is only shown against a previous period
  // every reporting channel fully covers (LinkedIn keeps 12 months, so a year ago is often partial).
  const daysByChannel = new Map<string, Set<string>>();
  for (const row of shareRows)
    if (row.granularity === "DAY") {
      const set = daysByChannel.get(row.channelId) ?? new Set<string>();
      set.add(dayOf(row.periodStart.getTime()));
      daysByChannel.set(row.channelId, set);
    }
  const fullyCovered = (from: string, to: string) => {
    const length = daysBetween(from, to);
    const reporting = [...daysByChannel.values()];
    return (
      reporting.length > 0 &&
      reporting.every((set) => {
        let count = 0;
        for (let day = from; day <= to; day = addDays(day, 1)) if (set.has(day)) count += 1;
        return count === length;
      })
    );
  };
  const sumDays = (from: string, to: string) => {
    let total = { ...ZERO_COUNTERS };
    let covered = 0;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const figures = days.get(day);
      if (figures) {
        total = addCounters(total, figures);
        covered += 1;
      }
    }
    return { total, covered };
  };

  const followersAt = followerTotals(followerRows);

  // Series
  const series: SeriesPoint[] = bucketsOf(query.from, query.to, query.granularity).map((bucket) => {
    const { total } = sumDays(bucket.start, bucket.end);
    const followers = followersAt(bucket.end);
    const before = followersAt(addDays(bucket.start, -1));
    const unique =
      query.granularity === "month" && isWholeMonth(bucket) ? (monthUniques.get(bucket.start) ?? null) : null;
    return {
      start: bucket.start,
      end: bucket.end,
      ...total,
      uniqueImpressions: unique,
      engagementRate: engagementRate(total),
      followers,
      followerGain: followers !== null && before !== null ? followers - before : null,
      partial: bucket.end >= today,
    };
  });

  // Posts in the range, and the heat-map's sample (the last 12 months).
  const rows: AnalyticsPostRow[] = [];
  const channelNames = new Map(channels.map((c) => [c.id, c.name]));
  const fromMs = dayMs(query.from);
  const heatmapSample: { publishedAt: Date; engagementRate: number | null; impressions: number | null }[] =
    [];
  for (const post of posts) {
    const rate = post.reported && post.impressionCount ? post.engagement : null;
    if (post.publishedAt >= heatmapFrom && post.statsCheckedAt)
      heatmapSample.push({
        publishedAt: post.publishedAt,
        engagementRate: rate,
        impressions: post.impressionCount,
      });
    if (post.publishedAt.getTime() < fromMs || post.publishedAt >= rangeEnd) continue;
    const media = post.target?.post.media ?? [];
    const picture =
      media.find((m) => m.role === "PRIMARY" && m.asset.kind === "IMAGE") ??
      media.find((m) => m.role === "THUMBNAIL" && m.asset.kind === "IMAGE");
    rows.push({
      id: post.id,
      channelId: post.channelId,
      channelName: channelNames.get(post.channelId) ?? "",
      urn: post.urn,
      url: linkedInPostUrl(post.urn),
      publishedAt: post.publishedAt.toISOString(),
      text: post.text,
      contentKind: post.contentKind as AnalyticsPostRow["contentKind"],
      thumbnailUrl: picture
        ? mediaFileUrl(picture.asset.id)
        : post.thumbnailUrl && (!post.thumbnailExpiresAt || post.thumbnailExpiresAt > now)
          ? browserMediaUrl(post.thumbnailUrl)
          : null,
      cadencePostId: post.target?.postId ?? null,
      impressions: post.impressionCount,
      uniqueImpressions: post.uniqueImpressionsCount,
      clicks: post.clickCount,
      reactions: post.likeCount,
      comments: post.commentCount,
      reposts: post.shareCount,
      engagementRate: rate,
      reported: post.reported,
      statsCheckedAt: post.statsCheckedAt?.toISOString() ?? null,
    });
  }

  const current = sumDays(query.from, query.to);
  const prior = sumDays(previous.from, previous.to);
  const postsIn = (from: string, to: string) =>
    posts.filter(
      (p) => p.publishedAt.getTime() >= dayMs(from) && p.publishedAt.getTime() < dayMs(to) + DAY_MS,
    );
  const uniqueFromPosts = (from: string, to: string) => {
    const list = postsIn(from, to).filter((p) => p.statsCheckedAt);
    return list.length ? list.reduce((sum, p) => sum + (p.uniqueImpressionsCount ?? 0), 0) : null;
  };
  const kpi = (
    key: Kpi["key"],
    label: string,
    value: number | null,
    before: number | null,
    note?: string,
  ): Kpi => ({
    key,
    label,
    value,
    previous: before,
    change: change(value, before),
    ...(note ? { note } : {}),
  });
  // A period that includes today is still growing: against a finished one, every change would
  // lean down. Changes are shown for finished periods only.
  const includesToday = query.to >= today;
  const hasPrevious = !includesToday && fullyCovered(previous.from, previous.to);
  const currentCounters = current.covered ? current.total : null;
  const priorCounters = hasPrevious ? prior.total : null;
  const followersNow = followersAt(query.to);
  const followersBefore = includesToday ? null : followersAt(previous.to);
  const postsInRange = postsIn(query.from, query.to).length;
  // Unique impressions come from posts' lifetime figures: this period's posts have had less time
  // to gather them than the previous period's, so a change would always lean down. None is shown.
  const uniqueKpi = {
    ...kpi(
      "uniqueImpressions",
      "Unique impressions",
      uniqueFromPosts(query.from, query.to),
      hasPrevious ? uniqueFromPosts(previous.from, previous.to) : null,
      `Summed over the ${postsInRange} posts published in this period: LinkedIn reports unique impressions per post and as a 12-month total, not per day. No change is shown, as newer posts have had less time to be seen.`,
    ),
    change: null,
  };
  const kpis: Kpi[] = [
    kpi(
      "impressions",
      "Impressions",
      currentCounters?.impressions ?? null,
      priorCounters?.impressions ?? null,
    ),
    uniqueKpi,
    kpi("clicks", "Clicks", currentCounters?.clicks ?? null, priorCounters?.clicks ?? null),
    kpi("reactions", "Reactions", currentCounters?.reactions ?? null, priorCounters?.reactions ?? null),
    kpi("comments", "Comments", currentCounters?.comments ?? null, priorCounters?.comments ?? null),
    kpi("reposts", "Reposts", currentCounters?.reposts ?? null, priorCounters?.reposts ?? null),
    kpi(
      "engagementRate",
      "Engagement rate",
      currentCounters ? engagementRate(currentCounters) : null,
      priorCounters ? engagementRate(priorCounters) : null,
      "(Clicks + reactions + comments + reposts) ÷ impressions.",
    ),
    {
      ...kpi("followers", "Followers", followersNow, followersBefore),
      gain: followersNow !== null && followersBefore !== null ? followersNow - followersBefore : null,
    },
  ];

  const views: AnalyticsChannel[] = channels.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    logoUrl: c.logoUrl,
    selected: selectedSet.has(c.id),
    sync: {
      status: c.analyticsSync?.status ?? "PENDING",
      reason: c.analyticsSync?.statusReason ?? null,
      lastSyncedAt: c.analyticsSync?.lastSyncedAt?.toISOString() ?? null,
      nextSyncAt: c.analyticsSync?.nextSyncAt?.toISOString() ?? null,
      startedAt: c.analyticsSync?.startedAt?.toISOString() ?? null,
    },
  }));

  const notes: string[] = [];
  const windowStart = dayOf(statisticsWindowStart(now.getTime()));
  if (query.from < windowStart && !days.has(query.from))
    notes.push(
      `LinkedIn keeps Page statistics for 12 months: nothing before ${windowStart} unless Cadence synced it earlier.`,
    );
  if (includesToday)
    notes.push(
      "Today's figures are still coming in: the last bucket is drawn dashed, and no changes against the previous period are shown until the day is over.",
    );
  if (query.granularity !== "day") {
    const first = series[0]!;
    const last = series.at(-1)!;
    const days = (point: SeriesPoint) => {
      const length = daysBetween(point.start, point.end);
      return `${length} day${length === 1 ? "" : "s"}`;
    };
    if (bucketStart(first.start, query.granularity) !== first.start)
      notes.push(
        `The first ${query.granularity} holds only ${days(first)} (from ${first.start}): the range starts mid-${query.granularity}.`,
      );
    const naturalEnd = bucketsOf(last.start, addDays(last.start, 40), query.granularity)[0]!.end;
    if (last !== first && !last.partial && naturalEnd !== last.end)
      notes.push(
        `The last ${query.granularity} holds only ${days(last)} (to ${last.end}): the range ends mid-${query.granularity}.`,
      );
  }

  if (!includesToday && !hasPrevious && current.covered)
    notes.push(
      `No changes are shown: Cadence has no complete figures for the previous period (${previous.from} – ${previous.to}) to compare with.`,
    );

  return {
    query,
    previous,
    channels: views,
    hasData: views.some((c) => c.selected && c.sync.lastSyncedAt !== null),
    kpis,
    series,
    posts: rows,
    heatmap: buildHeatmap(heatmapSample, query.tz),
    twelveMonths,
    notes,
  };
}

/**
 * Total followers at the end of a day, summed over channels: each channel's latest observed total
 * minus the gains LinkedIn reported after that day (and plus those before, when the day is later
 * than the observation). null when no channel has an observed total.
 */
function followerTotals(
  rows: {
    channelId: string;
    granularity: string;
    periodStart: Date;
    organicGain: number;
    paidGain: number;
    totalFollowers: number | null;
  }[],
): (day: string) => number | null {
  const byChannel = new Map<string, { total: number; at: string; gains: Map<string, number> }>();
  for (const row of rows) {
    const entry = byChannel.get(row.channelId) ?? { total: NaN, at: "", gains: new Map<string, number>() };
    const day = dayOf(row.periodStart.getTime());
    if (row.granularity === "LIFETIME" && row.totalFollowers !== null && day >= entry.at) {
      entry.total = row.totalFollowers;
      entry.at = day;
    } else if (row.granularity === "DAY") entry.gains.set(day, row.organicGain + row.paidGain);
    byChannel.set(row.channelId, entry);
  }
  const channels = [...byChannel.values()]
    .filter((entry) => !Number.isNaN(entry.total))
    .map((entry) => {
      // Running sums of the gains, oldest first: "gained up to and including a day" is a binary search.
      const days = [...entry.gains.keys()].sort();
      let running = 0;
      const sums = days.map((day) => (running += entry.gains.get(day)!));
      const through = (day: string) => {
        let low = 0;
        let high = days.length;
        while (low < high) {
          const mid = (low + high) >> 1;
          if (days[mid]! <= day) low = mid + 1;
          else high = mid;
        }
        return low === 0 ? 0 : sums[low - 1]!;
      };
      return { entry, through, firstGain: days[0] ?? entry.at };
    });
  return (day: string) => {
    if (channels.length === 0) return null;
    let sum = 0;
    for (const { entry, through, firstGain } of channels) {
      // Before LinkedIn's first reported gain the walk back has nothing to stand on.
      if (day < addDays(firstGain, -1)) return null;
      sum += entry.total - (through(entry.at) - through(day));
    }
    return sum;
  };
}
