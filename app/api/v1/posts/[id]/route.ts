// One post: GET it with each channel's state, PATCH it while it has not been published, DELETE it
// (cancel; ?remote=true also deletes the LinkedIn copies).
import { apiRoute, json } from "@/lib/api-v1/api-route";
import { deleteApiPost } from "@/lib/api-v1/posts/delete-api-post";
import { updateApiPost } from "@/lib/api-v1/posts/save-api-post";
import { loadPostResource, postIdFrom } from "@/lib/api-v1/posts/to-post-resource";
import { ApiProblem } from "@/lib/api-v1/problem";
import { readJsonBody } from "@/lib/api-v1/read-json-body";
import { updatePostRequestSchema } from "@/lib/api-v1/schemas/post-request";

export const dynamic = "force-dynamic";

export const GET = apiRoute("GET /api/v1/posts/{id}", async ({ auth, params }) =>
  json(await loadPostResource(auth.workspaceId, postIdFrom(params))),
);

export const PATCH = apiRoute("PATCH /api/v1/posts/{id}", async ({ request, auth, params }) => {
  const postId = postIdFrom(params);
  const body = await readJsonBody(request, updatePostRequestSchema);
  await updateApiPost(auth, postId, body);
  return json(await loadPostResource(auth.workspaceId, postId));
});

export const DELETE = apiRoute("DELETE /api/v1/posts/{id}", async ({ request, auth, params }) => {
  const postId = postIdFrom(params);
  const remote = new URL(request.url).searchParams.get("remote");
  if (remote !== null && remote !== "true" && remote !== "false")
    throw new ApiProblem("validation-failed", "remote: Use remote=true or remote=false.", {
      errors: [{ pointer: "remote", detail: "true or false." }],
    });
  return json(await deleteApiPost(auth.workspaceId, postId, { remote: remote === "true" }));
});
