"use client";
// One post's figures beside the page (`?post=<id>`): its whole text, when and where it went out,
// every metric, its engagement rate against its channel's median over the posts in the table, and
// the ways to LinkedIn and back to the composer. A modal <dialog>: focus stays inside, Escape
// closes it, and focus returns to the row it was opened from.
import { ExternalLink, Pencil, X } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import {
  formatInstant,
  formatInteger,
  formatRate,
  formatRelativeShort,
  MISSING,
} from "@/components/analytics/format";
import { PostKindThumbnail, KIND_LABEL } from "@/components/analytics/post-kind";
import { channelMedianEngagement, METRIC_COLUMNS } from "@/components/analytics/post-table-model";
import { buttonClasses } from "@/components/ui/button";
import { useModalDialog } from "@/components/ui/use-modal-dialog";
import type { AnalyticsPostRow } from "@/lib/analytics/analytics-types";
import { cn } from "@/lib/utils/cn";

export function PostDetailDialog({
  post,
  posts,
  timeZone,
  canEdit,
  now,
  onClose,
}: {
  post: AnalyticsPostRow | null;
  /** The rows of the table, for the channel's median. */
  posts: AnalyticsPostRow[];
  timeZone: string | undefined;
  canEdit: boolean;
  now: number;
  onClose: () => void;
}) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useModalDialog(post !== null, closeRef);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="analytics-post-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-lg border-l border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/30"
      data-testid="analytics-post-detail"
    >
      {post && (
        <DetailContent
          post={post}
          posts={posts}
          timeZone={timeZone}
          canEdit={canEdit}
          now={now}
          onClose={onClose}
          closeRef={closeRef}
        />
      )}
    </dialog>
  );
}

function DetailContent({
  post,
  posts,
  timeZone,
  canEdit,
  now,
  onClose,
  closeRef,
}: {
  post: AnalyticsPostRow;
  posts: AnalyticsPostRow[];
  timeZone: string | undefined;
  canEdit: boolean;
  now: number;
  onClose: () => void;
  closeRef: React.RefObject<HTMLButtonElement | null>;
}) {
  const channelMedian = channelMedianEngagement(posts, post.channelId);
  return (
    <div className="flex h-full flex-col">
      <header className="flex items-start gap-3 border-b border-slate-200 px-6 py-5">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            {KIND_LABEL[post.contentKind]} · {post.channelName}
          </p>
          <h2 id="analytics-post-title" className="mt-1 text-lg font-semibold tracking-tight text-slate-900">
            <time dateTime={post.publishedAt}>{formatInstant(post.publishedAt, timeZone)}</time>
          </h2>
          {timeZone && <p className="mt-0.5 text-xs text-slate-500">{timeZone}</p>}
        </div>
        <button
          ref={closeRef}
          type="button"
          onClick={onClose}
          aria-label="Close details"
          className="focus-visible:ring-brand-500 -mt-1 -mr-2 rounded-lg p-2 text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:ring-2 focus-visible:outline-none"
        >
          <X className="size-5" aria-hidden />
        </button>
      </header>

      <div className="flex-1 space-y-6 overflow-y-auto px-6 py-5">
        <section aria-labelledby="analytics-post-text">
          <h3 id="analytics-post-text" className="text-xs font-medium tracking-wide text-slate-500 uppercase">
            Post
          </h3>
          <div className="mt-2 flex gap-3">
            <PostKindThumbnail post={post} size="lg" />
            <p
              className="min-w-0 flex-1 text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-800"
              data-testid="analytics-post-text"
            >
              {post.text || <span className="text-slate-400">(no text)</span>}
            </p>
          </div>
        </section>

        <section aria-labelledby="analytics-post-figures">
          <h3
            id="analytics-post-figures"
            className="text-xs font-medium tracking-wide text-slate-500 uppercase"
          >
            Figures
          </h3>
          {!post.reported && (
            <p className="mt-2 rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-600">
              {post.impressions === null
                ? "LinkedIn gives no statistics for this post to Cadence."
                : "LinkedIn reports no activity for this post yet."}
            </p>
          )}
          <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
            {METRIC_COLUMNS.map((column) => {
              const value = post[column.key];
              return (
                <div
                  key={column.key}
                  className="rounded-lg border border-slate-200 px-3 py-2"
                  data-testid={`post-metric-${column.key}`}
                  data-value={value ?? undefined}
                >
                  <dt className="text-xs text-slate-500">{column.label}</dt>
                  <dd
                    className={cn(
                      "mt-0.5 text-base font-semibold tabular-nums",
                      value === null ? "text-slate-400" : "text-slate-900",
                    )}
                  >
                    {value === null
                      ? MISSING
                      : column.key === "engagementRate"
                        ? formatRate(value, 2)
                        : formatInteger(value)}
                  </dd>
                </div>
              );
            })}
          </dl>
          <EngagementComparison post={post} median={channelMedian.median} count={channelMedian.posts} />
          {post.statsCheckedAt && (
            <p className="mt-2 text-xs text-slate-500">
              Figures checked{" "}
              <time dateTime={post.statsCheckedAt} title={formatInstant(post.statsCheckedAt, timeZone)}>
                {formatRelativeShort(post.statsCheckedAt, now)}
              </time>
              .
            </p>
          )}
        </section>
      </div>

      <footer className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 px-6 py-4">
        <a
          href={post.url}
          target="_blank"
          rel="noreferrer"
          className={buttonClasses({ variant: "secondary" })}
          data-testid="analytics-post-linkedin"
        >
          <ExternalLink className="size-4" aria-hidden />
          Open on LinkedIn
        </a>
        {post.cadencePostId && canEdit && (
          <Link
            href={`/compose?post=${encodeURIComponent(post.cadencePostId)}`}
            className={buttonClasses()}
            data-testid="analytics-post-edit"
          >
            <Pencil className="size-4" aria-hidden />
            Edit in Cadence
          </Link>
        )}
      </footer>
    </div>
  );
}

function EngagementComparison({
  post,
  median,
  count,
}: {
  post: AnalyticsPostRow;
  median: number | null;
  count: number;
}) {
  if (post.engagementRate === null || median === null || count < 2) {
    return (
      <p className="mt-3 text-xs text-slate-500" data-testid="analytics-post-median">
        {post.engagementRate === null
          ? "No engagement rate to compare."
          : `Not enough posts of ${post.channelName} in this period to compare with.`}
      </p>
    );
  }
  const ratio = median > 0 ? post.engagementRate / median : null;
  const above = post.engagementRate > median;
  const same = Math.abs(post.engagementRate - median) < 0.00005;
  return (
    <p
      className="mt-3 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700"
      data-testid="analytics-post-median"
    >
      Engagement rate{" "}
      <strong
        className={cn("font-semibold", same ? "text-slate-900" : above ? "text-emerald-700" : "text-red-700")}
      >
        {formatRate(post.engagementRate, 2)}
      </strong>{" "}
      {same ? "equals" : above ? "is above" : "is below"} the median of {post.channelName}&apos;s {count}{" "}
      posts in this table ({formatRate(median, 2)})
      {ratio !== null && !same && <> — {ratio.toFixed(ratio >= 10 ? 0 : 1)}× the median</>}.
    </p>
  );
}
