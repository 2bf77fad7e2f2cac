// DELETE /rest/posts/{enc(urn)} (doc §7.5): 204, then the post reads 404 (or 410). Retried on
// transient failures, and a post that is already gone counts as deleted, so a repeat after a lost
// answer is harmless.
import { z } from "zod";
import { LinkedInNotFoundError } from "../errors/linkedin-errors";
import type { LinkedInClient } from "../http/linkedin-client";
import { encodeRestliKey } from "../restli/encode-restli";
import type { PostUrn } from "../urns";
import { postWriteScopes } from "./post-scopes";

export async function deletePost(
  client: LinkedInClient,
  input: { urn: PostUrn; author?: string; signal?: AbortSignal },
): Promise<"deleted" | "already_gone"> {
  try {
    await client.request({
      api: "rest",
      method: "DELETE",
      path: `/posts/${encodeRestliKey(input.urn)}`,
      restliMethod: "DELETE",
      schema: z.unknown(),
      idempotent: true,
      requiredScopes: postWriteScopes(input.author),
      signal: input.signal,
    });
    return "deleted";
  } catch (error) {
    if (error instanceof LinkedInNotFoundError) return "already_gone";
    throw error;
  }
}
