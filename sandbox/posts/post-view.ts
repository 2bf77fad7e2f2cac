// A stored post in LinkedIn's GET shape (doc §7.2): epoch-ms timestamps, lifecycleStateInfo,
// hashtags in `{hashtag|\#|tag}` form; sandbox-only bookkeeping is left out.
import type { SandboxPost } from "../state";
import { toWireCommentary } from "./little-text";

export function toWirePost(post: SandboxPost) {
  return {
    id: post.id,
    author: post.author,
    commentary: toWireCommentary(post.commentary),
    visibility: post.visibility,
    distribution: post.distribution,
    ...(post.content ? { content: post.content } : {}),
    ...(post.reshareContext ? { reshareContext: post.reshareContext } : {}),
    ...(post.contentCallToActionLabel === undefined
      ? {}
      : { contentCallToActionLabel: post.contentCallToActionLabel }),
    ...(post.contentLandingPage === undefined ? {} : { contentLandingPage: post.contentLandingPage }),
    lifecycleState: post.lifecycleState,
    lifecycleStateInfo: { isEditedByAuthor: post.isEditedByAuthor },
    isReshareDisabledByAuthor: post.isReshareDisabledByAuthor,
    createdAt: post.createdAt,
    ...(post.publishedAt === undefined ? {} : { publishedAt: post.publishedAt }),
    lastModifiedAt: post.lastModifiedAt,
  };
}
