"use server";
// Disconnects a channel: keeps its history, pauses its scheduled posts.
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { channelIdSchema } from "@/lib/schemas/channels";
import { disconnectChannel } from "@/lib/services/channels/disconnect-channel";

const run = workspaceAction(
  "disconnectChannel",
  channelIdSchema,
  async ({ channelId }, { workspace, role }) => {
    assertCanManageOrThrow(role);
    return disconnectChannel({ workspaceId: workspace.id, channelId });
  },
);

export async function disconnectChannelAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
