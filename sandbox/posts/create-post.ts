// POST /rest/posts (doc §7.1, checklist 16–21): 201, empty body, the new URN in x-restli-id.
import type { RequestContext } from "../http/context";
import type { Reply } from "../http/reply";
import { newActivityId } from "../ids";
import { takeFault } from "../faults/faults";
import { createdReply } from "../restli/responses";
import type { SandboxPost, SandboxState } from "../state";
import { duplicateError, findDuplicate } from "./duplicates";
import { authorizeAuthor } from "./post-access";
import { postKind } from "./post-store";
import { readAuthor, validatePostInput, type PostInput } from "./validate-post";

/** `urn:li:ugcPost:` for video and multiImage posts, `urn:li:share:` otherwise (config posts.urnType). */
export function urnTypeFor(
  state: SandboxState,
  input: Pick<PostInput, "content" | "reshareContext">,
): "share" | "ugcPost" {
  const mode = state.config.posts.urnType;
  if (mode !== "auto") return mode;
  const kind = postKind(input);
  return kind === "video" || kind === "multiImage" ? "ugcPost" : "share";
}

export function createPost(ctx: RequestContext): Reply {
  const { state } = ctx;
  authorizeAuthor(ctx, readAuthor(ctx.body));
  const input = validatePostInput(state, ctx.body);

  const duplicate = findDuplicate(state, input);
  if (duplicate) throw duplicateError(duplicate.id);

  const now = ctx.now();
  const id = `urn:li:${urnTypeFor(state, input)}:${newActivityId(state)}`;
  const auth = ctx.auth;
  const post: SandboxPost = {
    id,
    ...input,
    isEditedByAuthor: false,
    createdAt: now,
    lastModifiedAt: now,
    createdBy: { clientId: auth?.clientId ?? "", memberId: auth?.member?.id ?? "" },
  };

  if (input.lifecycleState === "PUBLISHED") {
    const fault = takeFault(state, "PUBLISH_FAILED", id);
    const outcome = fault ? "PUBLISH_FAILED" : "PUBLISHED";
    const reason = fault ? (fault.reason ?? "Publishing failed (injected PUBLISH_FAILED fault)") : undefined;
    const delay = state.config.posts.publishDelayMs;
    if (delay > 0) {
      post.lifecycleState = "PUBLISH_REQUESTED";
      post.pendingPublish = { at: now + delay, outcome, ...(reason ? { reason } : {}) };
    } else if (outcome === "PUBLISHED") {
      post.publishedAt = now;
    } else {
      post.lifecycleState = "PUBLISH_FAILED";
      post.publishFailureReason = reason;
    }
  }

  state.posts[id] = post;
  return createdReply(id);
}
