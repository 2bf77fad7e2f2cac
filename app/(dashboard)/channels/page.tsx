import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { requireWorkspacePage } from "@/lib/auth/session";
import { getLinkedInApp } from "@/lib/services/linkedin-auth/linkedin-apps";
import { queryKeys } from "@/lib/query-keys";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { listChannels } from "@/lib/services/channels/list-channels";
import { toJson } from "@/lib/utils/json";
import { ChannelsView } from "./channels-view";

export const metadata: Metadata = { title: "Channels" };

export default async function ChannelsPage() {
  const { workspace, role } = await requireWorkspacePage();
  const queryClient = getServerQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.channels.all(workspace.id),
    queryFn: async () => toJson(await listChannels({ workspaceId: workspace.id })),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ChannelsView
        workspaceId={workspace.id}
        canManage={role !== "VIEWER"}
        hasMemberApp={getLinkedInApp("members") !== null}
      />
    </HydrationBoundary>
  );
}
