// GET /rest/organizationalEntityShareStatistics?q=organizationalEntity (doc §12.1–§12.5): lifetime
// aggregate, DAY/MONTH buckets, or per-post lifetime statistics via shares=List(…) and
// ugcPosts=List(…). Synthetic history (sandbox/stats) plus what sandbox posts accrued.
import type { RequestContext } from "../http/context";
import { badRequest, invalidParam } from "../http/errors";
import { json, type Reply } from "../http/reply";
import { findPost } from "../posts/post-store";
import { project } from "../restli/responses";
import {
  lifetimeShareStatistics,
  rollingTwelveMonths,
  timeBoundShareStatistics,
  toLifetimeShareStatisticsElement,
  toPostShareStatisticsElement,
  toTimeBoundShareStatisticsElement,
} from "../stats";
import { shareProfileFor } from "./org-profiles";
import { activePostCounts, addCounts, sandboxContribution } from "./sandbox-post-stats";
import { authorizeOrgStatistics, STATISTICS_PAGING } from "./statistics-access";
import { clipToWindow, readTimeIntervals } from "./time-intervals";

type PerPostParam = "shares" | "ugcPosts";
const URN_PREFIX: Record<PerPostParam, string> = { shares: "urn:li:share:", ugcPosts: "urn:li:ugcPost:" };

function perPostUrns(ctx: RequestContext, param: PerPostParam): string[] | undefined {
  const value = ctx.query[param];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw invalidParam(`Invalid value for parameter "${param}": expected List(...)`);
  return value.map((urn) => {
    if (typeof urn !== "string" || !/^urn:li:(share|ugcPost):\d{1,19}$/.test(urn))
      throw badRequest(
        `Invalid value in parameter "${param}": ${JSON.stringify(urn)} is not a post URN`,
        "INVALID_URN_ID",
      );
    return urn;
  });
}

export function getShareStatistics(ctx: RequestContext): Reply {
  const org = authorizeOrgStatistics(ctx);
  const now = ctx.now();
  const shares = perPostUrns(ctx, "shares");
  const ugcPosts = perPostUrns(ctx, "ugcPosts");
  const intervals = readTimeIntervals(ctx, ["DAY", "MONTH"]);
  const options = { now, profile: shareProfileFor(ctx.state, org) };

  let elements: unknown[];
  if (shares || ugcPosts) {
    if (intervals)
      throw invalidParam(
        "Per-post statistics (shares, ugcPosts) are lifetime only: they cannot be combined with timeIntervals",
      );
    elements = [];
    for (const [param, urns] of [
      ["shares", shares],
      ["ugcPosts", ugcPosts],
    ] as const) {
      for (const urn of urns ?? []) {
        // A URN in the wrong parameter, or a post of another author, is simply not found (§12.1, §15.15).
        if (!urn.startsWith(URN_PREFIX[param])) continue;
        const post = findPost(ctx.state, urn);
        if (!post || post.deletedAt !== undefined || post.author !== org) continue;
        const counts = activePostCounts(ctx.state, post, now);
        if (counts) elements.push(toPostShareStatisticsElement(org, urn, counts));
      }
    }
  } else if (intervals) {
    const granularity = intervals.granularity as "DAY" | "MONTH";
    elements = timeBoundShareStatistics(org, intervals.range, granularity, options).map((bucket) => {
      const clipped = clipToWindow(bucket.timeRange, now);
      const counts = addCounts(bucket.counts, sandboxContribution(ctx.state, org, clipped));
      return toTimeBoundShareStatisticsElement(org, { timeRange: bucket.timeRange, counts });
    });
  } else {
    const counts = addCounts(
      lifetimeShareStatistics(org, options),
      sandboxContribution(ctx.state, org, rollingTwelveMonths(now)),
    );
    elements = [toLifetimeShareStatisticsElement(org, counts)];
  }
  return json(200, project(ctx, { paging: STATISTICS_PAGING, elements }));
}
