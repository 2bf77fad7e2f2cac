"use server";
// Moves a post to another time from the calendar (drag and drop, and its undo).
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { reschedulePost } from "@/lib/services/posts/reschedule-post";

const reschedulePostSchema = z.object({
  postId: z.string().min(1).max(64),
  /** An instant with its offset, e.g. 2026-12-03T09:30:00+01:00 or …Z. */
  scheduledAt: z.iso.datetime({ offset: true }),
});

const run = workspaceAction("reschedulePost", reschedulePostSchema, async (input, { workspace, role }) => {
  assertCanManageOrThrow(role);
  return reschedulePost({
    workspaceId: workspace.id,
    postId: input.postId,
    scheduledAt: new Date(input.scheduledAt),
  });
});

export async function reschedulePostAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
