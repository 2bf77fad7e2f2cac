"use client";
// Organization suggestions for the composer's @ type-ahead. The query is debounced so a LinkedIn
// lookup is not spent on every keystroke, and the previous list stays up while the next loads.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import { MENTION_QUERY_MAX_LENGTH, type MentionSearchResult } from "@/lib/services/mentions/mention-schemas";

export const MENTION_SEARCH_DEBOUNCE_MS = 200;

/** `value`, once it has stopped changing for `delayMs`. */
function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export function useMentionSearch({
  workspaceId,
  query,
  enabled = true,
}: {
  workspaceId: string;
  /** What follows the `@`; blank disables the search. */
  query: string;
  enabled?: boolean;
}) {
  const trimmed = query.trim().slice(0, MENTION_QUERY_MAX_LENGTH);
  const debouncedQuery = useDebouncedValue(trimmed, MENTION_SEARCH_DEBOUNCE_MS);
  const result = useQuery({
    queryKey: queryKeys.mentions.search(workspaceId, debouncedQuery),
    queryFn: () =>
      fetchJson<MentionSearchResult>(`/api/mentions?${new URLSearchParams({ q: debouncedQuery })}`),
    enabled: enabled && debouncedQuery.length > 0,
    placeholderData: keepPreviousData,
    // Suggestions change rarely; the server also caches LinkedIn's answers.
    staleTime: 60_000,
    retry: false,
  });
  return {
    /** The answer for `debouncedQuery`, or the previous one (placeholder) while it loads. */
    data: result.data,
    error: result.error,
    debouncedQuery,
    /** The shown data belongs to an earlier query. */
    isPlaceholderData: result.isPlaceholderData,
    /** The input changed and its answer is not there yet (debouncing or fetching). */
    isSearching: enabled && trimmed.length > 0 && (trimmed !== debouncedQuery || result.isFetching),
  };
}
