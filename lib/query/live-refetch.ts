// How often a view of posts refreshes itself: every few seconds while something is due soon or on
// its way to LinkedIn (so "scheduled" visibly turns "published"), otherwise once a minute.
const ACTIVE_STATUSES = ["SCHEDULED", "PUBLISHING"];
const SOON_MS = 10 * 60_000;

export function liveRefetchInterval(
  posts: readonly { status: string; scheduledAt: string | null }[] | undefined,
  nowMs: number = Date.now(),
): number {
  const busy = (posts ?? []).some(
    (post) =>
      post.status === "PUBLISHING" ||
      (ACTIVE_STATUSES.includes(post.status) &&
        post.scheduledAt !== null &&
        new Date(post.scheduledAt).getTime() - nowMs < SOON_MS),
  );
  return busy ? 3_000 : 60_000;
}
