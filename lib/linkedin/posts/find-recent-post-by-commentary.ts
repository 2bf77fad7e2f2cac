// Reconciliation after an unknown outcome (architecture.md: CREATING_POST → OUTCOME_UNKNOWN): did
// the create that timed out go through? Pages through the author's posts newest first, back to
// `since` (minus clock skew), and returns the one with the same commentary — compared as parsed
// documents, since LinkedIn returns hashtags in template form — and, when given, the same content.
// Only then may the caller create the post again.
import { commentaryDocumentSchema, type CommentaryDocument } from "../commentary/commentary-schema";
import { commentaryToPlainText } from "../commentary/count-commentary";
import { normalizeCommentary } from "../commentary/normalize-commentary";
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn, PersonUrn } from "../urns";
import { findPostsByAuthor } from "./find-posts-by-author";
import type { LinkedInPost, LinkedInPostContent } from "./map-post";
import type { PostContentInput } from "./post-input";

export interface FindRecentPostInput {
  author: PersonUrn | OrganizationUrn;
  commentary: CommentaryDocument;
  /** When the create was attempted. */
  since: Date;
  /** Also require the same content (media URNs, article URL, reshare parent). */
  content?: PostContentInput | null;
  /** Tolerated difference between Cadence's clock and LinkedIn's (default 5 minutes). */
  clockSkewMs?: number;
  /** Give up after this many posts (default 200). */
  maxPosts?: number;
  includeDrafts?: boolean;
  signal?: AbortSignal;
}

export async function findRecentPostByCommentary(
  client: LinkedInClient,
  input: FindRecentPostInput,
): Promise<LinkedInPost | null> {
  const oldest = input.since.getTime() - (input.clockSkewMs ?? 5 * 60_000);
  const maxPosts = input.maxPosts ?? 200;
  const wanted = commentaryDocumentSchema.parse(input.commentary);
  let start: number | null = 0;
  let seen = 0;
  while (start !== null && seen < maxPosts) {
    const page = await findPostsByAuthor(client, {
      author: input.author,
      start,
      count: Math.min(50, maxPosts - seen),
      sortBy: "CREATED",
      includeDrafts: input.includeDrafts,
      signal: input.signal,
    });
    for (const post of page.posts) {
      seen += 1;
      // Newest first: past `since`, nothing older can be the post.
      if (post.createdAt.getTime() < oldest) return null;
      if (post.author !== input.author) continue;
      if (!sameCommentary(post.commentary, wanted)) continue;
      if (input.content !== undefined && !sameContent(post.content, input.content ?? null)) continue;
      return post;
    }
    start = page.nextStart;
  }
  return null;
}

export function sameCommentary(a: CommentaryDocument, b: CommentaryDocument): boolean {
  const x = normalizeCommentary(a);
  const y = normalizeCommentary(b);
  return JSON.stringify(x) === JSON.stringify(y) || commentaryToPlainText(x) === commentaryToPlainText(y);
}

/** Same kind and the same LinkedIn entities; alt texts and titles do not identify a post. */
export function sameContent(actual: LinkedInPostContent | null, expected: PostContentInput | null): boolean {
  return contentKey(actual) === contentKey(expected);
}

function contentKey(content: LinkedInPostContent | null): string {
  if (!content) return "none";
  switch (content.kind) {
    case "image":
      return `image:${content.image}`;
    case "video":
      return `video:${content.video}`;
    case "document":
      return `document:${content.document}`;
    case "multiImage":
      return `multiImage:${content.images.map((i) => i.image).join(",")}`;
    case "article":
      return `article:${content.source}`;
    case "reshare":
      return `reshare:${content.parent}`;
    case "other":
      return `other:${content.type}`;
  }
}
