// Duplicate-post detection (doc §13.5): the same author posting the same commentary and content
// again within a window (default 24 h of sandbox time) gets 422 naming the first post's URN.
import { createHash } from "node:crypto";
import { linkedinError } from "../http/errors";
import type { SandboxPost, SandboxState } from "../state";
import { livePosts } from "./post-store";

type Keyed = Pick<SandboxPost, "author" | "commentary" | "content" | "reshareContext">;

/** Stable JSON: object keys sorted, so `{a,b}` and `{b,a}` hash alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function duplicateKey(post: Keyed): string {
  return createHash("sha256")
    .update(
      canonical([post.author, post.commentary, post.content ?? null, post.reshareContext?.parent ?? null]),
    )
    .digest("hex");
}

/** The earliest live post within the window with the same key, if any. Failed publishes never count. */
export function findDuplicate(state: SandboxState, candidate: Keyed): SandboxPost | undefined {
  const windowMs = state.config.posts.duplicateWindowMs;
  if (windowMs <= 0) return undefined;
  const since = state.clock.now() - windowMs;
  const key = duplicateKey(candidate);
  return livePosts(state)
    .filter(
      (p) =>
        p.author === candidate.author &&
        p.createdAt > since &&
        p.lifecycleState !== "PUBLISH_FAILED" &&
        p.pendingPublish?.outcome !== "PUBLISH_FAILED",
    )
    .sort((a, b) => a.createdAt - b.createdAt)
    .find((p) => duplicateKey(p) === key);
}

/** 422 with the body of §13.5: `Content is a duplicate of urn:li:share:…`. */
export const duplicateError = (urn: string) =>
  linkedinError(422, `Content is a duplicate of ${urn}`, { code: "DUPLICATE_POST" });
