// GET /rest/posts?q=author (doc §7.3): one page of an author's posts, newest first. `count` is
// capped at 100 (UNCONFIRMED maximum); drafts only with includeDrafts (`viewContext=AUTHOR`, also
// UNCONFIRMED, so it is sent only on request).
import type { LinkedInClient } from "../http/linkedin-client";
import type { OrganizationUrn, PersonUrn } from "../urns";
import { mapPost, type LinkedInPost } from "./map-post";
import { postReadScopes } from "./post-scopes";
import { postFinderSchema } from "./post-schemas";

export const POSTS_PAGE_MAX = 100;

export interface FindPostsByAuthorInput {
  author: PersonUrn | OrganizationUrn;
  start?: number;
  /** Default 50, at most 100. */
  count?: number;
  /** Default CREATED (what reconciliation needs); LinkedIn's own default is LAST_MODIFIED. */
  sortBy?: "CREATED" | "LAST_MODIFIED";
  includeDrafts?: boolean;
  signal?: AbortSignal;
}

export interface PostPage {
  posts: LinkedInPost[];
  start: number;
  /** Where the next page starts, or null after the last page. */
  nextStart: number | null;
  total: number | null;
}

export async function findPostsByAuthor(
  client: LinkedInClient,
  input: FindPostsByAuthorInput,
): Promise<PostPage> {
  const start = input.start ?? 0;
  const count = Math.max(1, Math.min(POSTS_PAGE_MAX, input.count ?? 50));
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: "/posts",
    restliMethod: "FINDER",
    query: {
      q: "author",
      author: input.author,
      sortBy: input.sortBy ?? "CREATED",
      viewContext: input.includeDrafts ? "AUTHOR" : undefined,
      start,
      count,
    },
    schema: postFinderSchema,
    requiredScopes: postReadScopes(input.author),
    signal: input.signal,
  });
  const received = data.elements.length;
  const total = data.paging?.total ?? null;
  const hasNextLink = data.paging?.links?.some((link) => link.rel === "next") ?? false;
  const more =
    received > 0 && (hasNextLink || (total !== null ? start + received < total : received >= count));
  return { posts: data.elements.map(mapPost), start, nextStart: more ? start + received : null, total };
}
