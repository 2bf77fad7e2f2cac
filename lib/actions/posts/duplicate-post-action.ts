"use server";
// Copies a post into a new draft for the same channels, from the Posts page.
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { duplicatePost } from "@/lib/services/posts/duplicate-post";

const duplicatePostSchema = z.object({ postId: z.string().min(1).max(64) });

const run = workspaceAction(
  "duplicatePost",
  duplicatePostSchema,
  async (input, { workspace, user, role }) => {
    assertCanManageOrThrow(role);
    return duplicatePost({ workspaceId: workspace.id, userId: user.id, postId: input.postId });
  },
);

export async function duplicatePostAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
