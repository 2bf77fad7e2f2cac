"use server";
// Retries a post's failed (and paused, once reconnected) channels from the Posts page.
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { retryTargets } from "@/lib/services/posts/retry-targets";

const id = z.string().min(1).max(64);
const retryTargetsSchema = z.object({ postId: id, targetIds: z.array(id).min(1).max(50).optional() });

const run = workspaceAction("retryTargets", retryTargetsSchema, async (input, { workspace, role }) => {
  assertCanManageOrThrow(role);
  return retryTargets({ workspaceId: workspace.id, postId: input.postId, targetIds: input.targetIds });
});

export async function retryTargetsAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
