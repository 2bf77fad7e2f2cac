// The workspace's media library for pickers ("reuse an earlier upload"), newest first, paged.
// After an upload, invalidate queryKeys.media.all(workspaceId) to show it.
import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import type { MediaKindName, MediaListView } from "@/lib/schemas/media";

export function useMediaLibrary({
  workspaceId,
  kind,
  pageSize = 50,
}: {
  workspaceId: string;
  kind?: MediaKindName;
  pageSize?: number;
}) {
  return useInfiniteQuery({
    queryKey: queryKeys.media.library(workspaceId, kind),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (kind) params.set("kind", kind);
      if (pageParam) params.set("cursor", pageParam);
      return fetchJson<MediaListView>(`/api/media?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
