import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { postListKey, readPostFilters } from "@/components/posts/post-filters";
import { requireWorkspacePage } from "@/lib/auth/session";
import { queryKeys } from "@/lib/query-keys";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { listChannels } from "@/lib/services/channels/list-channels";
import { listPosts, statesFor } from "@/lib/services/posts/list-posts";
import { toJson } from "@/lib/utils/json";
import { PostsView } from "./posts-view";

export const metadata: Metadata = { title: "Posts" };

export default async function PostsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace, role } = await requireWorkspacePage();
  const filters = readPostFilters(await searchParams);
  const queryClient = getServerQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({
      queryKey: postListKey(workspace.id, filters),
      queryFn: async () =>
        toJson(
          await listPosts({
            workspaceId: workspace.id,
            states: filters.state ? statesFor(filters.state) : undefined,
            channelId: filters.channel ?? undefined,
          }),
        ),
    }),
    // The channel filter's choices.
    queryClient.prefetchQuery({
      queryKey: queryKeys.channels.all(workspace.id),
      queryFn: async () => toJson(await listChannels({ workspaceId: workspace.id })),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PostsView
        workspaceId={workspace.id}
        timeZone={workspace.timeZone}
        canManage={role !== "VIEWER"}
        filters={filters}
      />
    </HydrationBoundary>
  );
}
