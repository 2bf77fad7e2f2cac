// Posts published through the sandbox accrue impressions, clicks and reactions over sandbox time
// (stats/post-stats.ts). They are reported per post (§12.5) and added to their organization's
// aggregate and time-bound buckets, where a bucket gets exactly what accrued inside it, so DAY
// buckets still add up to MONTH buckets and to the lifetime total. Mentions of an organization in
// published commentary count as shareMentionsCount on the day they were published.
import { mentionedUrns } from "../posts/little-text";
import { livePosts } from "../posts/post-store";
import {
  hasActivity,
  postShareCounts,
  type OrganizationShareCounts,
  type ShareCounts,
  type TimeRange,
} from "../stats";
import type { SandboxPost, SandboxState } from "../state";
import { postReachFor } from "./org-profiles";

const ZERO: ShareCounts = {
  impressionCount: 0,
  uniqueImpressionsCount: 0,
  clickCount: 0,
  likeCount: 0,
  commentCount: 0,
  shareCount: 0,
};
const FIELDS = Object.keys(ZERO) as (keyof ShareCounts)[];

/** Published, live posts (the ones LinkedIn would count). */
export function publishedPosts(state: SandboxState): SandboxPost[] {
  return livePosts(state).filter((p) => p.lifecycleState === "PUBLISHED" && p.publishedAt !== undefined);
}

/** A post's counters as of `at`. */
export function postCountsAt(state: SandboxState, post: SandboxPost, at: number): ShareCounts {
  if (post.publishedAt === undefined || at <= post.publishedAt) return { ...ZERO };
  return postShareCounts({
    postUrn: post.id,
    publishedAt: post.publishedAt,
    now: at,
    reach: postReachFor(state, post.author),
  });
}

/** §12.1: a post with no impressions or actions is left out of the response. */
export function activePostCounts(
  state: SandboxState,
  post: SandboxPost,
  now: number,
): ShareCounts | undefined {
  const counts = postCountsAt(state, post, now);
  return hasActivity(counts) ? counts : undefined;
}

/** What the organization's own posts accrued, and how often it was mentioned, within `range` (already clipped to ≤ now). */
export function sandboxContribution(
  state: SandboxState,
  orgUrn: string,
  range: TimeRange,
): OrganizationShareCounts {
  const total: OrganizationShareCounts = { ...ZERO, shareMentionsCount: 0, commentMentionsCount: 0 };
  if (range.start >= range.end) return total;
  for (const post of publishedPosts(state)) {
    if (post.author === orgUrn) {
      const before = postCountsAt(state, post, range.start);
      const after = postCountsAt(state, post, range.end);
      for (const field of FIELDS) total[field] += after[field] - before[field];
    }
    const at = post.publishedAt ?? 0;
    if (
      at >= range.start &&
      at < range.end &&
      post.author !== orgUrn &&
      mentionedUrns(post.commentary).includes(orgUrn)
    )
      total.shareMentionsCount += 1;
  }
  return total;
}

export function addCounts(
  base: OrganizationShareCounts,
  extra: OrganizationShareCounts,
): OrganizationShareCounts {
  return {
    impressionCount: base.impressionCount + extra.impressionCount,
    uniqueImpressionsCount: base.uniqueImpressionsCount + extra.uniqueImpressionsCount,
    clickCount: base.clickCount + extra.clickCount,
    likeCount: base.likeCount + extra.likeCount,
    commentCount: base.commentCount + extra.commentCount,
    shareCount: base.shareCount + extra.shareCount,
    shareMentionsCount: base.shareMentionsCount + extra.shareMentionsCount,
    commentMentionsCount: base.commentMentionsCount + extra.commentMentionsCount,
  };
}
