"use client";
// The posts of the visible range, fetched per range (each range is its own query, so going back
// to a month already seen is instant); the previous range stays on screen while the next loads.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import { fetchJson } from "@/lib/query/fetch-json";
import { liveRefetchInterval } from "@/lib/query/live-refetch";
import type { CalendarPost } from "@/lib/services/calendar/list-calendar-posts";

export type FetchRange = { from: string; to: string };

export function useCalendarPosts(workspaceId: string, range: FetchRange | null) {
  return useQuery({
    queryKey: queryKeys.calendar.range(workspaceId, range?.from ?? "", range?.to ?? ""),
    queryFn: () =>
      fetchJson<CalendarPost[]>(
        `/api/calendar?${new URLSearchParams({ from: range!.from, to: range!.to }).toString()}`,
      ),
    enabled: range !== null,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => liveRefetchInterval(query.state.data),
  });
}
