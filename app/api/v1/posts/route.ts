// POST /api/v1/posts: one request to publish (or schedule, or keep as a draft) on LinkedIn.
// GET /api/v1/posts: the workspace's posts, newest first, a page at a time.
import { apiRoute, json } from "@/lib/api-v1/api-route";
import { readIdempotencyKey, requestFingerprint, withIdempotency } from "@/lib/api-v1/idempotency";
import { listApiPosts, parseListQuery } from "@/lib/api-v1/posts/list-api-posts";
import { createApiPost } from "@/lib/api-v1/posts/save-api-post";
import { loadPostResource } from "@/lib/api-v1/posts/to-post-resource";
import { readJsonBody } from "@/lib/api-v1/read-json-body";
import { createPostRequestSchema } from "@/lib/api-v1/schemas/post-request";

export const dynamic = "force-dynamic";

export const POST = apiRoute("POST /api/v1/posts", async ({ request, auth }) => {
  const key = readIdempotencyKey(request);
  const body = await readJsonBody(request, createPostRequestSchema);
  const answer = await withIdempotency(
    { workspaceId: auth.workspaceId, key, fingerprint: requestFingerprint("POST", "/api/v1/posts", body) },
    {
      create: async () => (await createApiPost(auth, body)).postId,
      answer: async (postId) => ({ status: 202, body: await loadPostResource(auth.workspaceId, postId) }),
    },
  );
  const location = `/api/v1/posts/${(answer.body as { id: string }).id}`;
  return json(answer.body, answer.status, {
    Location: location,
    ...(answer.replayed ? { "Idempotent-Replayed": "true" } : {}),
  });
});

export const GET = apiRoute("GET /api/v1/posts", async ({ request, auth }) =>
  json(await listApiPosts(auth.workspaceId, parseListQuery(new URL(request.url)))),
);
