"use client";
// The Analytics page's data: GET /api/analytics for the filters in the URL (the previous answer
// stays on screen while the next one loads), polled every 3 s while a selected channel's sync is
// running, and POST /api/analytics/sync for "Refresh now".
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RefObject } from "react";
import { toast } from "sonner";
import {
  analyticsApiUrl,
  analyticsKey,
  analyticsRootKey,
  type AnalyticsRequest,
} from "@/components/analytics/analytics-filters";
import type { AnalyticsResponse, AnalyticsSyncState } from "@/lib/analytics/analytics-types";

/** A refused or failed request, with the route's message and any per-field messages. */
export class AnalyticsRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AnalyticsRequestError";
  }
}

type ErrorBody = {
  // Both shapes: the app's `{ error: { message, fieldErrors } }` and a plain `{ error, fields }`.
  error?: string | { message?: string; fieldErrors?: Record<string, string[]> };
  fields?: Record<string, string[]>;
} | null;

export function readError(status: number, body: ErrorBody): AnalyticsRequestError {
  const error = body?.error;
  const message =
    (typeof error === "string" ? error : error?.message) ??
    (status === 401 ? "Your session has ended. Sign in again." : `Request failed (${status})`);
  const fields = (typeof error === "object" && error?.fieldErrors) || body?.fields;
  return new AnalyticsRequestError(message, status, fields ?? undefined);
}

async function send<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { Accept: "application/json", ...(init?.body ? { "Content-Type": "application/json" } : {}) },
  });
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) throw readError(response.status, body as ErrorBody);
  return body as T;
}

export const fetchAnalytics = (request: AnalyticsRequest) =>
  send<AnalyticsResponse>(analyticsApiUrl(request));

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
    queryKey: request ? analyticsKey(workspaceId, request) : [...analyticsRootKey(workspaceId), "waiting"],
    queryFn: () => fetchAnalytics(request!),
    // The browser's zone is only known after hydration: nothing is asked before.
    enabled: request !== null,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => analyticsRefetchInterval(query.state.data, pollUntil?.current),
    // A refused question (400) will be refused again.
    retry: (failures, error) =>
      !(error instanceof AnalyticsRequestError && error.status >= 400 && error.status < 500) && failures < 1,
  });
}

export function useAnalyticsSync(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channels: string[]) =>
      send<{ queued: number }>("/api/analytics/sync", { method: "POST", body: JSON.stringify({ channels }) }),
    onSuccess: ({ queued }) => {
      toast.success(
        queued === 0
          ? "Nothing to refresh: these channels are already syncing or have no statistics."
          : `Refreshing ${queued === 1 ? "1 channel" : `${queued} channels`}. New figures appear in a minute or two.`,
      );
      return queryClient.invalidateQueries({ queryKey: analyticsRootKey(workspaceId) });
    },
    onError: (error) => toast.error(error.message),
  });
}
