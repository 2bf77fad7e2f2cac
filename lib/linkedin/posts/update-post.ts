// POST /rest/posts/{enc(urn)} with X-RestLi-Method: PARTIAL_UPDATE (doc §7.4): `$set` of the
// commentary (serialized and length-checked like a new post) and the call-to-action fields.
// Retried on transient failures: setting the same values twice leaves the same post.
import { z } from "zod";
import type { CommentaryDocument } from "../commentary/commentary-schema";
import { serializeCommentary } from "../commentary/serialize-commentary";
import { assertNoProblemsOrThrow, type PreflightProblem } from "../errors/preflight-error";
import type { LinkedInClient } from "../http/linkedin-client";
import { encodeRestliKey } from "../restli/encode-restli";
import type { PostUrn } from "../urns";
import { postWriteScopes } from "./post-scopes";
import { commentaryProblems } from "./validate-post-input";

export interface UpdatePostInput {
  urn: PostUrn;
  commentary?: CommentaryDocument;
  /** Sponsored content (doc §7.4), e.g. LEARN_MORE. */
  contentCallToActionLabel?: string;
  contentLandingPage?: string;
  /** The post's author, when known: lets a 403 name the missing scope. */
  author?: string;
  signal?: AbortSignal;
}

export async function updatePost(client: LinkedInClient, input: UpdatePostInput): Promise<void> {
  const set: Record<string, string> = {};
  const problems: PreflightProblem[] = [];
  if (input.commentary !== undefined) {
    // An edit keeps the post's content, so whether empty text is allowed is LinkedIn's call.
    problems.push(...commentaryProblems(input.commentary, { requireText: false }));
    set.commentary = serializeCommentary(input.commentary);
  }
  if (input.contentCallToActionLabel !== undefined)
    set.contentCallToActionLabel = input.contentCallToActionLabel;
  if (input.contentLandingPage !== undefined) set.contentLandingPage = input.contentLandingPage;
  if (Object.keys(set).length === 0) problems.push({ field: "patch", message: "Nothing to change." });
  assertNoProblemsOrThrow(problems, "POST /rest/posts/{urn}");
  await client.request({
    api: "rest",
    method: "POST",
    path: `/posts/${encodeRestliKey(input.urn)}`,
    restliMethod: "PARTIAL_UPDATE",
    json: { patch: { $set: set } },
    schema: z.unknown(),
    idempotent: true,
    requiredScopes: postWriteScopes(input.author),
    signal: input.signal,
  });
}
