"use server";
// Publishes a draft or scheduled post right away, from the Posts page.
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { publishNow } from "@/lib/services/posts/publish-now";

const publishNowSchema = z.object({ postId: z.string().min(1).max(64) });

const run = workspaceAction("publishNow", publishNowSchema, async (input, { workspace, role }) => {
  assertCanManageOrThrow(role);
  const { targets } = await publishNow({ workspaceId: workspace.id, postId: input.postId });
  return { targets };
});

export async function publishNowAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
