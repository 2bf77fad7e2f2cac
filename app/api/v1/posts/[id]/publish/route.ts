// POST /api/v1/posts/{id}/publish: a draft or scheduled post goes out now.
import { apiRoute, json } from "@/lib/api-v1/api-route";
import { loadPostResource, postIdFrom, postNotFound } from "@/lib/api-v1/posts/to-post-resource";
import { ApiProblem } from "@/lib/api-v1/problem";
import { isAppError } from "@/lib/errors";
import { publishNow } from "@/lib/services/posts/publish-now";

export const dynamic = "force-dynamic";

export const POST = apiRoute("POST /api/v1/posts/{id}/publish", async ({ auth, params }) => {
  const postId = postIdFrom(params);
  await publishNow({ workspaceId: auth.workspaceId, postId }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") throw postNotFound();
    if (isAppError(error) && error.code !== "VALIDATION") throw new ApiProblem("conflict", error.message);
    throw error;
  });
  return json(await loadPostResource(auth.workspaceId, postId), 202);
});
