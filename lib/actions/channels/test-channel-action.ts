"use server";
// "Test connection" on a channel card.
import { workspaceAction } from "@/lib/actions/action-client";
import { channelIdSchema } from "@/lib/schemas/channels";
import { testChannel } from "@/lib/services/channels/test-channel";

const run = workspaceAction("testChannel", channelIdSchema, async ({ channelId }, { workspace }) =>
  testChannel({ workspaceId: workspace.id, channelId }),
);

export async function testChannelAction(input: Parameters<typeof run>[0]) {
  return run(input);
}
