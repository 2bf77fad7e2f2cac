// GET /rest/posts/{enc(urn)} (doc §7.2). A deleted post answers 404 (410 is also reported): both
// arrive as LinkedInNotFoundError.
import type { LinkedInClient } from "../http/linkedin-client";
import { encodeRestliKey } from "../restli/encode-restli";
import type { PostUrn } from "../urns";
import { mapPost, type LinkedInPost } from "./map-post";
import { postReadScopes } from "./post-scopes";
import { postWireSchema } from "./post-schemas";

export async function getPost(
  client: LinkedInClient,
  urn: PostUrn,
  options: { signal?: AbortSignal } = {},
): Promise<LinkedInPost> {
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: `/posts/${encodeRestliKey(urn)}`,
    schema: postWireSchema,
    requiredScopes: postReadScopes(),
    signal: options.signal,
  });
  return mapPost(data);
}
