"use server";
// "Mark all as read" in the notification centre.
import { z } from "zod";
import { workspaceAction } from "@/lib/actions/action-client";
import { markNotificationsRead } from "@/lib/services/notifications/mark-notifications-read";

const run = workspaceAction("markNotificationsRead", z.object({}), async (_input, { workspace, user }) =>
  markNotificationsRead({ workspaceId: workspace.id, userId: user.id }),
);

export async function markNotificationsReadAction() {
  return run({});
}
