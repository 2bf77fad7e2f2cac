"use server";
// Adds the ticked Pages/profile of a fresh LinkedIn connection as channels.
import { workspaceAction } from "@/lib/actions/action-client";
import { assertCanManageOrThrow } from "@/lib/auth/roles";
import { addChannelsSchema } from "@/lib/schemas/channels";
import { addChannels } from "@/lib/services/channels/add-channels";

const run = workspaceAction("addChannels", addChannelsSchema, async (input, { workspace, role }) => {
  assertCanManageOrThrow(role);
  return addChannels({ workspaceId: workspace.id, ...input });
});

export async function addChannelsAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
