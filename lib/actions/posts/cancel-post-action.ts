"use server";
// Cancels a scheduled post's channels that have not gone out yet, from the Posts page.
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { cancelPost } from "@/lib/services/posts/cancel-post";

const cancelPostSchema = z.object({ postId: z.string().min(1).max(64) });

const run = workspaceAction("cancelPost", cancelPostSchema, async (input, { workspace, role }) => {
  assertCanManageOrThrow(role);
  return cancelPost({ workspaceId: workspace.id, postId: input.postId });
});

export async function cancelPostAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
