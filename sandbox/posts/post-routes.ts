// Posts API routes under api.linkedin.com/rest (doc §7).
import type { Router } from "../http/router";
import { createPost } from "./create-post";
import { getPost, getPosts } from "./read-posts";
import { deletePost, partialUpdatePost } from "./update-post";

export function registerPostRoutes(router: Router): void {
  router.register({
    method: "POST",
    path: "/rest/posts",
    handler: createPost,
    description: "Create a post: 201, empty body, x-restli-id (share or ugcPost URN)",
  });
  router.register({
    method: "GET",
    path: "/rest/posts",
    handler: getPosts,
    description:
      "FINDER q=author (sortBy, viewContext, start, count; organizations include their history posts) and BATCH_GET ids=List(...)",
  });
  router.register({
    method: "GET",
    path: "/rest/posts/{id}",
    handler: getPost,
    description: "Get a post by URN",
  });
  router.register({
    method: "POST",
    path: "/rest/posts/{id}",
    handler: partialUpdatePost,
    requireRestliMethod: ["PARTIAL_UPDATE"],
    description: 'PARTIAL_UPDATE {"patch":{"$set":{"commentary":…}}} → 204',
  });
  router.register({
    method: "DELETE",
    path: "/rest/posts/{id}",
    handler: deletePost,
    description: "Delete a post → 204 (later GET → 404)",
  });
}
