"use client";
// The Analytics page's data: GET /api/analytics for the filters in the URL (the previous answer
// stays on screen while the next one loads), polled every 3 s while a selected channel's sync is
// running, and POST /api/analytics/sync for "Refresh now".
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RefObject } from "react";
import { toast } from "sonner";
import { analyticsApiUrl, type AnalyticsRequest } from "@/components/analytics/analytics-filters";
import type { AnalyticsResponse, AnalyticsSyncState } from "@/lib/analytics/analytics-types";
import { fetchJson, RequestError } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query-keys";

export const fetchAnalytics = (request: AnalyticsRequest) =>
  fetchJson<AnalyticsResponse>(analyticsApiUrl(request));

const RUNNING: AnalyticsSyncState[] = ["PENDING", "SYNCING"];

/** Some selected channel is being synced now. */
export function isSyncRunning(data: AnalyticsResponse | undefined): boolean {
  return Boolean(data?.channels.some((channel) => channel.selected && RUNNING.includes(channel.sync.status)));
}

/**
 * Every 3 s while a sync runs (figures and states change) or shortly after one was asked for,
 * else every 5 minutes (the "last synced" times stay current).
 */
export function analyticsRefetchInterval(
  data: AnalyticsResponse | undefined,
  pollUntil = 0,
  nowMs: number = Date.now(),
): number {
  return isSyncRunning(data) || nowMs < pollUntil ? 3_000 : 5 * 60_000;
}

export function useAnalytics(
  workspaceId: string,
  request: AnalyticsRequest | null,
  /** Poll fast until this time (ms), e.g. right after "Refresh now". */
  pollUntil?: RefObject<number>,
) {
  return useQuery({
    queryKey: request
      ? queryKeys.analytics.question(workspaceId, request)
      : [...queryKeys.analytics.all(workspaceId), "waiting"],
    queryFn: () => fetchAnalytics(request!),
    // The browser's zone is only known after hydration: nothing is asked before.
    enabled: request !== null,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => analyticsRefetchInterval(query.state.data, pollUntil?.current),
    // A refused question (400) will be refused again.
    retry: (failures, error) => !(error instanceof RequestError && error.refused) && failures < 1,
  });
}

export function useAnalyticsSync(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channels: string[]) =>
      fetchJson<{ queued: number }>("/api/analytics/sync", { method: "POST", body: { channels } }),
    onSuccess: ({ queued }) => {
      toast.success(
        queued === 0
          ? "Nothing to refresh: these channels are already syncing or have no statistics."
          : `Refreshing ${queued === 1 ? "1 channel" : `${queued} channels`}. New figures appear in a minute or two.`,
      );
      return queryClient.invalidateQueries({ queryKey: queryKeys.analytics.all(workspaceId) });
    },
    onError: (error) => toast.error(error.message),
  });
}
