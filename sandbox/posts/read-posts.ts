// GET /rest/posts/{urn}, GET /rest/posts?ids=List(...) and GET /rest/posts?q=author (doc §7.2, §7.3).
import type { RequestContext } from "../http/context";
import { historyPostsOf } from "../history/history-posts";
import { badRequest, invalidParam, linkedinError, notFound, type ApiError } from "../http/errors";
import { json, type Reply } from "../http/reply";
import {
  batchResponse,
  finderResponse,
  listParam,
  optionalStringParam,
  project,
  readPaging,
  stringParam,
  stringPathKey,
} from "../restli/responses";
import type { SandboxPost, SandboxState } from "../state";
import { canReadPost, ORGANIZATION_URN, PERSON_URN, readDenial } from "./post-access";
import { findPost, isPostUrn, livePosts } from "./post-store";
import { toWirePost } from "./post-view";

export const POSTS_MAX_COUNT = 100;
export const SORT_ORDERS = ["LAST_MODIFIED", "CREATED"] as const;

export function postUrnKey(ctx: RequestContext): string {
  const urn = stringPathKey(ctx, "id");
  if (!isPostUrn(urn))
    throw badRequest(
      `Invalid post URN "${urn}": expected urn:li:share:{id} or urn:li:ugcPost:{id}`,
      "INVALID_URN_ID",
    );
  return urn;
}

function goneError(state: SandboxState, urn: string): ApiError {
  return state.config.posts.deletedStatus === 410
    ? linkedinError(410, `Post ${urn} has been deleted`, { code: "GONE" })
    : notFound(`Post ${urn} does not exist`);
}

/** The live post or the 404 (410) a client gets for it. */
export function requireLivePost(state: SandboxState, urn: string): SandboxPost {
  const post = findPost(state, urn);
  if (!post) throw notFound(`Post ${urn} does not exist`);
  if (post.deletedAt !== undefined) throw goneError(state, urn);
  return post;
}

export function getPost(ctx: RequestContext): Reply {
  const post = requireLivePost(ctx.state, postUrnKey(ctx));
  const denial = canReadPost(ctx, post);
  if (denial) throw denial;
  return json(200, project(ctx, toWirePost(post)));
}

/** GET /rest/posts: BATCH_GET (`ids`) or FINDER `q=author`. */
export function getPosts(ctx: RequestContext): Reply {
  const q = optionalStringParam(ctx, "q");
  if (q === "author") return findByAuthor(ctx);
  if (q !== undefined) throw invalidParam(`Unknown finder "q=${q}"; the posts resource supports q=author`);
  if (ctx.query.ids !== undefined) return batchGetPosts(ctx);
  throw invalidParam('Missing required parameter "q" (FINDER q=author) or "ids" (BATCH_GET)');
}

function batchGetPosts(ctx: RequestContext): Reply {
  const ids = listParam(ctx, "ids").map((id) => {
    if (typeof id !== "string" || !isPostUrn(id))
      throw badRequest(`Invalid post URN in "ids": ${JSON.stringify(id)}`, "INVALID_URN_ID");
    return id;
  });
  const body = batchResponse(ids, (urn) => {
    try {
      const post = requireLivePost(ctx.state, urn);
      const denial = canReadPost(ctx, post);
      return denial ? { error: denial } : { entity: toWirePost(post) };
    } catch (error) {
      return { error: error as ApiError };
    }
  });
  return json(200, project(ctx, body));
}

function findByAuthor(ctx: RequestContext): Reply {
  const author = stringParam(ctx, "author");
  if (!PERSON_URN.test(author) && !ORGANIZATION_URN.test(author))
    throw badRequest(
      `Invalid value for parameter "author": "${author}" is not a person or organization URN`,
      "INVALID_URN_ID",
    );
  const sortBy = optionalStringParam(ctx, "sortBy") ?? "LAST_MODIFIED";
  if (!(SORT_ORDERS as readonly string[]).includes(sortBy))
    throw invalidParam(`Invalid value for parameter "sortBy": must be one of ${SORT_ORDERS.join(", ")}`);
  const viewContext = optionalStringParam(ctx, "viewContext");
  if (viewContext !== undefined && viewContext !== "AUTHOR" && viewContext !== "READER")
    throw invalidParam(`Invalid value for parameter "viewContext": must be AUTHOR or READER`);
  const denial = readDenial(ctx, author);
  if (denial) throw denial;
  const paging = readPaging(ctx, 10, POSTS_MAX_COUNT);
  const key = sortBy === "CREATED" ? "createdAt" : "lastModifiedAt";
  // API-created posts plus the Page's generated history (published, live), in one order.
  const posts = [
    ...livePosts(ctx.state).filter(
      (p) => p.author === author && (viewContext === "AUTHOR" || p.lifecycleState !== "DRAFT"),
    ),
    ...historyPostsOf(ctx.state, author),
  ].sort((a, b) => b[key] - a[key] || (BigInt(idNumber(b)) > BigInt(idNumber(a)) ? 1 : -1));
  const page = finderResponse(ctx, posts, paging);
  // Only the page is rendered: a Page's history is a few hundred posts.
  return json(200, project(ctx, { ...page, elements: page.elements.map(toWirePost) }));
}

const idNumber = (post: SandboxPost) => post.id.slice(post.id.lastIndexOf(":") + 1);
