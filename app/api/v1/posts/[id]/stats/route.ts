// GET /api/v1/posts/{id}/stats: each channel's figures from Cadence's statistics copy.
import { apiRoute, json } from "@/lib/api-v1/api-route";
import { getApiPostStats } from "@/lib/api-v1/posts/get-api-post-stats";
import { postIdFrom } from "@/lib/api-v1/posts/to-post-resource";

export const dynamic = "force-dynamic";

export const GET = apiRoute("GET /api/v1/posts/{id}/stats", async ({ auth, params }) => {
  const postId = postIdFrom(params);
  return json(await getApiPostStats(auth.workspaceId, postId));
});
