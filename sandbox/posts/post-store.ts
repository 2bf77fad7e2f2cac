// Lookups over state.posts shared by the posts handlers, the feed page and statistics. Reads go
// through settlePost(), which applies a due PUBLISH_REQUESTED → PUBLISHED/PUBLISH_FAILED step
// (sandbox clock), so status never depends on a timer. Lookups by URN also find the generated
// history posts (sandbox/history); livePosts() is stored posts only (duplicates, aggregates).
import { findHistoryPost } from "../history/history-posts";
import type { SandboxPost, SandboxState } from "../state";

/** Post URNs the sandbox accepts wherever a post is named (§7.2): share, ugcPost, groupPost. */
export const POST_URN = /^urn:li:(share|ugcPost|groupPost):(\d{1,19})$/;

export function isPostUrn(value: string): boolean {
  return POST_URN.test(value);
}

export function settlePost(post: SandboxPost, now: number): SandboxPost {
  const pending = post.pendingPublish;
  if (pending && now >= pending.at) {
    post.lifecycleState = pending.outcome;
    if (pending.outcome === "PUBLISHED") post.publishedAt = pending.at;
    else post.publishFailureReason = pending.reason;
    delete post.pendingPublish;
  }
  return post;
}

/** Settles every post (state view, home page, statistics). */
export function settleAllPosts(state: SandboxState): void {
  const now = state.clock.now();
  for (const post of Object.values(state.posts)) settlePost(post, now);
}

/**
 * The post, settled; undefined when unknown. Deleted posts are returned (check `deletedAt`).
 * A history post comes back as a copy: after changing it, call recordHistoryChange().
 */
export function findPost(state: SandboxState, urn: string): SandboxPost | undefined {
  const post = Object.hasOwn(state.posts, urn) ? state.posts[urn] : undefined;
  return post ? settlePost(post, state.clock.now()) : findHistoryPost(state, urn);
}

/** Live (not deleted) stored posts, settled: API-created only, never the generated history. */
export function livePosts(state: SandboxState): SandboxPost[] {
  const now = state.clock.now();
  return Object.values(state.posts)
    .filter((p) => p.deletedAt === undefined)
    .map((p) => settlePost(p, now));
}

/** The content kind of a post, for URN choice, views and the home page. */
export type PostKind = "text" | "image" | "video" | "document" | "multiImage" | "article" | "reshare";

export function postKind(post: Pick<SandboxPost, "content" | "reshareContext">): PostKind {
  const content = post.content ?? {};
  if ("multiImage" in content) return "multiImage";
  if ("article" in content) return "article";
  const media = content.media as { id?: string } | undefined;
  if (media?.id?.startsWith("urn:li:video:")) return "video";
  if (media?.id?.startsWith("urn:li:document:")) return "document";
  if (media?.id) return "image";
  return post.reshareContext ? "reshare" : "text";
}
