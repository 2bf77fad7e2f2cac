"use server";
// Saves a draft or schedules a post from the composer.
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { savePostSchema } from "@/lib/schemas/posts";
import { savePost } from "@/lib/services/posts/save-post";

const run = workspaceAction("savePost", savePostSchema, async (input, { workspace, user, role }) => {
  assertCanManageOrThrow(role);
  return savePost({ ...input, workspaceId: workspace.id, userId: user.id });
});

export async function savePostAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
