"use server";
// Deletes a post from the Posts page, or archives it when some channels already published it.
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { deletePost } from "@/lib/services/posts/delete-post";

const deletePostSchema = z.object({ postId: z.string().min(1).max(64) });

const run = workspaceAction("deletePost", deletePostSchema, async (input, { workspace, role }) => {
  assertCanManageOrThrow(role);
  return deletePost({ workspaceId: workspace.id, postId: input.postId });
});

export async function deletePostAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
