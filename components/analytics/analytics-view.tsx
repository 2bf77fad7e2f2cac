"use client";
// The Analytics page: filters (in the URL), where each channel's sync stands, the period's key
// figures, four charts, the best time to post, and every post with its figures. The previous
// answer stays on screen while the next loads, with a thin bar to say so.
import { Loader2, RefreshCw, ShieldAlert } from "lucide-react";
import { useRef } from "react";
import { AnalyticsCharts } from "@/components/analytics/analytics-charts";
import { AnalyticsFilterBar } from "@/components/analytics/analytics-filter-bar";
import {
  analyticsRequest,
  DEFAULT_FILTERS,
  resolveRange,
  utcToday,
} from "@/components/analytics/analytics-filters";
import { AnalyticsNotes } from "@/components/analytics/analytics-notes";
import { AnalyticsSkeleton } from "@/components/analytics/analytics-skeleton";
import { BestTimeHeatmap } from "@/components/analytics/best-time-heatmap";
import { SERIES_CSV_COLUMNS, type ChartName } from "@/components/analytics/chart-data";
import { csvFileName, downloadCsv, toCsv } from "@/components/analytics/csv";
import { KpiCards } from "@/components/analytics/kpi-cards";
import { NoChannelsState } from "@/components/analytics/no-channels";
import { PostDetailDialog } from "@/components/analytics/post-detail-dialog";
import { PostsTable } from "@/components/analytics/posts-table";
import { canSync, isRunning, SyncStatusBar } from "@/components/analytics/sync-status-bar";
import { useAnalytics, useAnalyticsSync } from "@/components/analytics/use-analytics";
import { RequestError } from "@/lib/query/fetch-json";
import { useAnalyticsUrl } from "@/components/analytics/use-analytics-url";
import { useNow } from "@/components/analytics/use-now";
import { useBrowserTimeZone } from "@/components/calendar/use-browser-time-zone";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { AnalyticsChannel, AnalyticsResponse } from "@/lib/analytics/analytics-types";
import { cn } from "@/lib/utils/cn";

/** How long to poll every 3 s after "Refresh now", even before a channel reports SYNCING. */
const POLL_AFTER_REFRESH_MS = 60_000;

export function AnalyticsView({ workspaceId, canManage }: { workspaceId: string; canManage: boolean }) {
  const { filters, postId, setFilters, openPost, closePost } = useAnalyticsUrl();
  const timeZone = useBrowserTimeZone();
  const now = useNow();
  const today = utcToday(new Date(now));
  const range = resolveRange(filters, today);
  const request = timeZone ? analyticsRequest(filters, today, timeZone) : null;
  const pollUntil = useRef(0);
  const query = useAnalytics(workspaceId, request, pollUntil);
  const sync = useAnalyticsSync(workspaceId);
  const data = query.data;

  const header = (
    <PageHeader title="Analytics" description="Impressions, clicks and engagement from LinkedIn." />
  );
  if (data && data.channels.length === 0) {
    return (
      <>
        {header}
        <NoChannelsState />
      </>
    );
  }

  const refresh = () => {
    pollUntil.current = Date.now() + POLL_AFTER_REFRESH_MS;
    sync.mutate(filters.channels);
  };

  return (
    <>
      {header}
      <div className="space-y-4">
        <AnalyticsFilterBar
          filters={filters}
          range={range}
          today={today}
          channels={data?.channels}
          onChange={setFilters}
        />
        <div
          className="relative h-0.5 overflow-hidden rounded-full"
          aria-hidden={!(query.isFetching && data)}
        >
          {query.isFetching && data && (
            <div
              role="progressbar"
              aria-label="Updating statistics"
              className="bg-brand-500 absolute inset-0 animate-pulse"
              data-testid="analytics-refetching"
            />
          )}
        </div>
        {query.error && (
          <QueryErrorAlert
            error={query.error}
            stale={Boolean(data)}
            onRetry={() => query.refetch()}
            onReset={() => setFilters(DEFAULT_FILTERS)}
          />
        )}
        {data ? (
          <AnalyticsContent
            data={data}
            stale={query.isPlaceholderData}
            now={now}
            timeZone={timeZone ?? undefined}
            refreshing={sync.isPending}
            onRefresh={refresh}
            onOpenPost={openPost}
          />
        ) : query.error ? null : (
          <AnalyticsSkeleton />
        )}
      </div>
      <PostDetailDialog
        post={(postId && data?.posts.find((post) => post.id === postId)) || null}
        posts={data?.posts ?? []}
        timeZone={timeZone ?? undefined}
        canEdit={canManage}
        now={now}
        onClose={closePost}
      />
    </>
  );
}

function AnalyticsContent({
  data,
  stale,
  now,
  timeZone,
  refreshing,
  onRefresh,
  onOpenPost,
}: {
  data: AnalyticsResponse;
  stale: boolean;
  now: number;
  timeZone: string | undefined;
  refreshing: boolean;
  onRefresh: () => void;
  onOpenPost: (id: string) => void;
}) {
  const selected = data.channels.filter((channel) => channel.selected);
  const range = { from: data.query.from, to: data.query.to };
  const exportSeries = (name: ChartName) =>
    downloadCsv(csvFileName(name, range.from, range.to), toCsv(SERIES_CSV_COLUMNS[name], data.series));

  return (
    <div
      className={cn("space-y-4 transition-opacity", stale && "opacity-70")}
      aria-busy={stale || undefined}
      data-testid="analytics-content"
    >
      <SyncStatusBar channels={selected} now={now} refreshing={refreshing} onRefresh={onRefresh} />
      <AnalyticsNotes notes={data.notes} />
      {data.hasData ? (
        <>
          <KpiCards kpis={data.kpis} previous={data.previous} />
          <AnalyticsCharts
            series={data.series}
            granularity={data.query.granularity}
            twelveMonthUniques={data.twelveMonths?.uniqueImpressions ?? null}
            onExport={exportSeries}
          />
          <BestTimeHeatmap heatmap={data.heatmap} range={range} />
        </>
      ) : (
        <NoDataState channels={selected} />
      )}
      {(data.hasData || data.posts.length > 0) && (
        <PostsTable posts={data.posts} range={range} timeZone={timeZone} now={now} onOpen={onOpenPost} />
      )}
    </div>
  );
}

function QueryErrorAlert({
  error,
  stale,
  onRetry,
  onReset,
}: {
  error: Error;
  stale: boolean;
  onRetry: () => void;
  onReset: () => void;
}) {
  const refused = error instanceof RequestError && error.refused;
  const details =
    error instanceof RequestError && error.fieldErrors
      ? Object.values(error.fieldErrors)
          .flat()
          .filter((message) => message !== error.message)
      : [];
  return (
    <Alert tone="error">
      <p data-testid="analytics-error">
        {stale ? "Couldn't update the statistics: " : "Couldn't load the statistics: "}
        {error.message}
      </p>
      {details.length > 0 && (
        <ul className="mt-1 list-disc pl-4">
          {details.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={refused ? onReset : onRetry}
        className="mt-1 font-medium underline underline-offset-2"
      >
        {refused ? "Show the last 28 days of every channel" : "Try again"}
      </button>
    </Alert>
  );
}

function NoDataState({ channels }: { channels: AnalyticsChannel[] }) {
  if (channels.some(isRunning)) {
    return (
      <div data-testid="analytics-no-data" data-reason="syncing">
        <EmptyState
          icon={Loader2}
          title="First sync in progress…"
          description="Cadence is fetching up to 12 months of statistics from LinkedIn. History appears within a minute or two; this page updates by itself."
        />
      </div>
    );
  }
  if (!channels.some(canSync)) {
    return (
      <div data-testid="analytics-no-data" data-reason="unavailable">
        <EmptyState
          icon={ShieldAlert}
          title="No statistics for these channels"
          description="LinkedIn does not share statistics for the selected channels with Cadence; the reasons are above. Organization pages you administer have them."
        />
      </div>
    );
  }
  return (
    <div data-testid="analytics-no-data" data-reason="not-synced">
      <EmptyState
        icon={RefreshCw}
        title="No statistics yet"
        description="They appear after the first sync with LinkedIn. Use “Refresh now” above to start it."
      />
    </div>
  );
}
