// POST /rest/posts (doc §7.1): every content kind, validated against LinkedIn's limits first.
// NEVER retried here (`idempotent: false`): LinkedIn has no idempotency key, so after a timeout
// the post may or may not exist and only the caller can reconcile (findRecentPostByCommentary).
// A 422 duplicate arrives as LinkedInDuplicateError carrying the existing URN (doc §13.5,
// pitfall §15.13): record it as published instead of posting again.
import { z } from "zod";
import { LinkedInUnexpectedResponseError } from "../errors/linkedin-errors";
import { assertNoProblemsOrThrow } from "../errors/preflight-error";
import type { LinkedInClient } from "../http/linkedin-client";
import { isPostUrn, type PostUrn } from "../urns";
import { buildPostBody } from "./build-post-body";
import type { CreatePostInput } from "./post-input";
import { postWriteScopes } from "./post-scopes";
import { validatePostInput } from "./validate-post-input";

export interface CreatedPost {
  urn: PostUrn;
  /** The little text sent, for logs and reconciliation. */
  commentaryLittleText: string;
}

export async function createPost(
  client: LinkedInClient,
  input: CreatePostInput,
  options: { signal?: AbortSignal } = {},
): Promise<CreatedPost> {
  assertNoProblemsOrThrow(validatePostInput(input), "POST /rest/posts");
  const body = buildPostBody(input);
  const response = await client.request({
    api: "rest",
    method: "POST",
    path: "/posts",
    restliMethod: "CREATE",
    json: body,
    // 201 with an empty body; the URN is in x-restli-id (doc §2.2).
    schema: z.unknown(),
    idempotent: false,
    requiredScopes: postWriteScopes(input.author),
    signal: options.signal,
  });
  const urn = response.restliId;
  if (!urn || !isPostUrn(urn)) {
    throw new LinkedInUnexpectedResponseError(`x-restli-id is ${urn === null ? "missing" : `"${urn}"`}`, {
      status: response.status,
      endpoint: "POST /rest/posts",
    });
  }
  return { urn, commentaryLittleText: body.commentary };
}
