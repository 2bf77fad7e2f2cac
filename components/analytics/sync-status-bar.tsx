"use client";
// Where each selected channel's statistics stand: when they were last synced, a sync running,
// or why there are none (LinkedIn's rules, a permission, a rate limit, a failure) — and the
// "Refresh now" button.
import { Building2, Loader2, RefreshCw, User } from "lucide-react";
import Link from "next/link";
import { formatInstant, formatRelativeShort } from "@/components/analytics/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AnalyticsChannel, AnalyticsSyncState } from "@/lib/analytics/analytics-types";

const STATUS: Record<AnalyticsSyncState, { label: string; tone: BadgeTone }> = {
  OK: { label: "Up to date", tone: "success" },
  PENDING: { label: "Sync queued", tone: "brand" },
  SYNCING: { label: "Syncing", tone: "brand" },
  NO_PERMISSION: { label: "No access to statistics", tone: "warning" },
  NOT_AVAILABLE: { label: "No statistics for profiles", tone: "neutral" },
  RATE_LIMITED: { label: "Paused by LinkedIn", tone: "warning" },
  FAILED: { label: "Sync failed", tone: "danger" },
};

const FIRST_SYNC = { label: "First sync running", tone: "brand" as const };

/** A sync can be asked for: LinkedIn gives this channel statistics at all. */
export function canSync(channel: AnalyticsChannel): boolean {
  return channel.sync.status !== "NOT_AVAILABLE" && channel.sync.status !== "NO_PERMISSION";
}

export const isRunning = (channel: AnalyticsChannel) =>
  channel.sync.status === "PENDING" || channel.sync.status === "SYNCING";

export function SyncStatusBar({
  channels,
  now,
  refreshing,
  onRefresh,
}: {
  /** The selected channels. */
  channels: AnalyticsChannel[];
  now: number;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const running = channels.some(isRunning);
  const syncable = channels.some(canSync);
  return (
    <section
      aria-label="Statistics sync"
      className="flex flex-wrap items-start justify-between gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm"
    >
      <ul className="min-w-0 flex-1 space-y-2" aria-live="polite">
        {channels.map((channel) => (
          <ChannelSyncLine key={channel.id} channel={channel} now={now} />
        ))}
      </ul>
      <Button
        variant="secondary"
        size="sm"
        onClick={onRefresh}
        loading={refreshing}
        disabled={running || !syncable}
        title={
          running
            ? "A sync is running; the page updates by itself."
            : !syncable
              ? "LinkedIn gives no statistics for these channels."
              : "Fetch the latest figures from LinkedIn now."
        }
        data-testid="analytics-refresh"
      >
        {!refreshing && <RefreshCw className={running ? "size-4 animate-spin" : "size-4"} aria-hidden />}
        {running ? "Syncing…" : "Refresh now"}
      </Button>
    </section>
  );
}

function ChannelSyncLine({ channel, now }: { channel: AnalyticsChannel; now: number }) {
  const { status, reason, lastSyncedAt, nextSyncAt } = channel.sync;
  // A first sync is one with nothing synced yet; "Refresh now" on a Page with history is not.
  const firstSync = (status === "PENDING" || status === "SYNCING") && !lastSyncedAt;
  const badge = firstSync ? FIRST_SYNC : STATUS[status];
  const Icon = channel.kind === "ORGANIZATION" ? Building2 : User;
  return (
    <li className="text-sm" data-testid="sync-status" data-channel-id={channel.id} data-status={status}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Icon className="size-4 shrink-0 text-slate-500" aria-hidden />
        <span className="font-medium text-slate-900">{channel.name}</span>
        <Badge tone={badge.tone}>
          {(status === "PENDING" || status === "SYNCING") && (
            <Loader2 className="size-3 animate-spin" aria-hidden />
          )}
          {badge.label}
        </Badge>
        {lastSyncedAt && (
          <span className="text-slate-500">
            Last synced{" "}
            <time dateTime={lastSyncedAt} title={formatInstant(lastSyncedAt)}>
              {formatRelativeShort(lastSyncedAt, now)}
            </time>
          </span>
        )}
      </div>
      <SyncExplanation
        status={status}
        firstSync={firstSync}
        reason={reason}
        nextSyncAt={nextSyncAt}
        now={now}
      />
    </li>
  );
}

function SyncExplanation({
  status,
  firstSync,
  reason,
  nextSyncAt,
  now,
}: {
  status: AnalyticsSyncState;
  firstSync: boolean;
  reason: string | null;
  nextSyncAt: string | null;
  now: number;
}) {
  const text = "mt-0.5 pl-6 text-xs text-slate-600";
  const nextTry = nextSyncAt && (
    <>
      {" "}
      Next try{" "}
      <time dateTime={nextSyncAt} title={formatInstant(nextSyncAt)} className="font-medium text-slate-800">
        {formatRelativeShort(nextSyncAt, now)}
      </time>{" "}
      ({formatInstant(nextSyncAt)}).
    </>
  );
  switch (status) {
    case "OK":
      // Up to date, but a part LinkedIn refused (posts, pictures) is said beside it.
      return reason ? <p className={text}>{reason}</p> : null;
    case "PENDING":
    case "SYNCING":
      return firstSync ? (
        <p className={text}>History appears within a minute or two; this page updates by itself.</p>
      ) : null;
    case "NO_PERMISSION":
      return (
        <div className={text}>
          {reason && <p className="text-slate-800">{reason}</p>}
          <p>
            LinkedIn shares Page statistics only with the Page&apos;s administrators (the ADMINISTRATOR role),
            through the <code className="rounded bg-slate-100 px-1">rw_organization_admin</code> permission.{" "}
            {!reason &&
              "Ask an administrator of this Page to connect it, or reconnect it with that permission. "}
            <Link href="/channels" className="text-brand-700 font-medium underline underline-offset-2">
              Go to Channels
            </Link>
          </p>
        </div>
      );
    case "NOT_AVAILABLE":
      return (
        <p className={text}>
          LinkedIn does not offer statistics for personal profiles to this kind of app, so its posts are
          listed without figures.
        </p>
      );
    case "RATE_LIMITED":
      return (
        <p className={text}>
          {reason ?? "LinkedIn asked Cadence to slow down for a while."}
          {nextTry ?? " Cadence tries again later by itself."}
        </p>
      );
    case "FAILED":
      return (
        <p className="mt-0.5 pl-6 text-xs text-red-700">
          {reason ?? "The last sync did not finish."}
          {nextTry && <span className="text-slate-600">{nextTry}</span>}
        </p>
      );
  }
}
