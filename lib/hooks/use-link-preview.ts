// The composer's link card: `mutate(url)` POSTs /api/link-preview and answers the editable card.
// Cards are cached per URL (queryKeys.linkPreview.byUrl), so pasting the same link again answers at
// once; a stored thumbnail joins the media library, whose queries are then invalidated.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { LinkPreview } from "@/lib/services/link-preview/link-preview-schema";

/** How long a fetched card is reused for the same URL. */
const CARD_STALE_MS = 10 * 60_000;

export function useLinkPreview(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation<LinkPreview, Error, string>({
    mutationFn: (url) => {
      const link = url.trim();
      return queryClient.fetchQuery({
        queryKey: queryKeys.linkPreview.byUrl(workspaceId, link),
        queryFn: () => postLinkPreview(link),
        staleTime: CARD_STALE_MS,
      });
    },
    onSuccess: (card) => {
      if (card.image) void queryClient.invalidateQueries({ queryKey: queryKeys.media.all(workspaceId) });
    },
  });
}

/** lib/query/fetch-json's error handling for a POST: the route's sentence becomes the Error's message. */
async function postLinkPreview(url: string): Promise<LinkPreview> {
  const response = await fetch("/api/link-preview", {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify({ url }),
  });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `Request failed (${response.status})`);
  return body as LinkPreview;
}
