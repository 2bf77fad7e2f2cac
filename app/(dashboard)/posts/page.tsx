import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { requireWorkspacePage } from "@/lib/auth/session";
import { queryKeys } from "@/lib/query-keys";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { listPosts } from "@/lib/services/posts/list-posts";
import { toJson } from "@/lib/utils/json";
import { PostsView } from "./posts-view";

export const metadata: Metadata = { title: "Posts" };

export default async function PostsPage() {
  const { workspace, role } = await requireWorkspacePage();
  const queryClient = getServerQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.posts.all(workspace.id),
    queryFn: async () => toJson(await listPosts({ workspaceId: workspace.id })),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PostsView workspaceId={workspace.id} timeZone={workspace.timeZone} canManage={role !== "VIEWER"} />
    </HydrationBoundary>
  );
}
