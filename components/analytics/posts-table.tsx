"use client";
// Every post of the period with its figures: sortable by any column (header buttons, announced
// through aria-sort), 25 a page, a click (or Enter on its text) opens the post's details, and the
// CSV holds every row in the order shown.
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight, ExternalLink } from "lucide-react";
import { useMemo, useState } from "react";
import { ChartCard } from "@/components/analytics/chart-card";
import { csvFileName, downloadCsv, toCsv } from "@/components/analytics/csv";
import { excerpt, formatInteger, formatPostDate, formatRate, MISSING } from "@/components/analytics/format";
import {
  DEFAULT_POST_SORT,
  METRIC_COLUMNS,
  nextSort,
  pageCount,
  pageOf,
  POSTS_CSV_COLUMNS,
  POSTS_PAGE_SIZE,
  sortPosts,
  type PostSort,
  type PostSortKey,
} from "@/components/analytics/post-table-model";
import { PostKindThumbnail } from "@/components/analytics/post-kind";
import type { AnalyticsPostRow } from "@/lib/analytics/analytics-types";
import { cn } from "@/lib/utils/cn";

const SORT_WORDS: Record<PostSortKey, string> = {
  text: "post text",
  publishedAt: "date",
  channelName: "channel",
  impressions: "impressions",
  uniqueImpressions: "unique impressions",
  clicks: "clicks",
  reactions: "reactions",
  comments: "comments",
  reposts: "reposts",
  engagementRate: "engagement rate",
};

export function PostsTable({
  posts,
  range,
  timeZone,
  now,
  onOpen,
}: {
  posts: AnalyticsPostRow[];
  range: { from: string; to: string };
  timeZone: string | undefined;
  now: number;
  onOpen: (id: string) => void;
}) {
  const currentYear = new Intl.DateTimeFormat("en", { year: "numeric", timeZone }).format(now);
  const [sort, setSort] = useState<PostSort>(DEFAULT_POST_SORT);
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => sortPosts(posts, sort), [posts, sort]);
  const pages = pageCount(sorted.length);
  const current = Math.min(page, pages);
  const visible = pageOf(sorted, current);
  const first = sorted.length ? (current - 1) * POSTS_PAGE_SIZE + 1 : 0;
  const last = Math.min(sorted.length, current * POSTS_PAGE_SIZE);

  const sortBy = (key: PostSortKey) => {
    setSort((currentSort) => nextSort(currentSort, key));
    setPage(1);
  };

  const header = (
    key: PostSortKey,
    label: string,
    options: { title?: string; numeric?: boolean; className?: string } = {},
  ) => {
    const active = sort.key === key;
    const Icon = active ? (sort.direction === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
        className={cn(
          "px-3 py-2 font-medium whitespace-nowrap",
          options.numeric && "text-right",
          options.className,
        )}
      >
        <button
          type="button"
          onClick={() => sortBy(key)}
          title={options.title}
          className={cn(
            "focus-visible:ring-brand-500 -mx-1 inline-flex items-center gap-0.5 rounded px-1 py-0.5 hover:text-slate-900 focus-visible:ring-2 focus-visible:outline-none",
            options.numeric && "flex-row-reverse",
            active ? "text-slate-900" : "text-slate-600",
          )}
          data-testid={`sort-${key}`}
        >
          {label}
          <Icon className={cn("size-3 shrink-0", active ? "text-slate-700" : "text-slate-400")} aria-hidden />
          <span className="sr-only">, sort by {SORT_WORDS[key]}</span>
        </button>
      </th>
    );
  };

  return (
    <ChartCard
      title="Posts"
      description={
        posts.length
          ? `${formatInteger(posts.length)} post${posts.length === 1 ? "" : "s"} published in the period. Select one for its details.`
          : undefined
      }
      exportName="posts"
      onExport={() =>
        downloadCsv(csvFileName("posts", range.from, range.to), toCsv(POSTS_CSV_COLUMNS, sorted))
      }
      empty={posts.length ? null : "No posts published in this period"}
      testId="analytics-posts"
    >
      <div className="-mx-4 overflow-x-auto sm:-mx-5">
        <table className="w-full min-w-[56rem] text-sm" data-testid="analytics-posts-table">
          <caption className="sr-only">
            Posts of the period, sorted by {SORT_WORDS[sort.key]},{" "}
            {sort.direction === "asc" ? "ascending" : "descending"}. Page {current} of {pages}.
          </caption>
          <thead className="border-y border-slate-200 bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              {header("text", "Post", { className: "min-w-48 pl-4 sm:pl-5" })}
              {header("publishedAt", "Date")}
              {header("channelName", "Channel")}
              {METRIC_COLUMNS.map((column) =>
                header(column.key, column.short, { numeric: true, title: column.label }),
              )}
              <th scope="col" className="py-2 pr-2 pl-0.5 sm:pr-3">
                <span className="sr-only">Link</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {visible.map((post) => (
              <PostRow
                key={post.id}
                post={post}
                timeZone={timeZone}
                currentYear={currentYear}
                onOpen={onOpen}
              />
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > POSTS_PAGE_SIZE && (
        <nav
          aria-label="Posts pages"
          className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600"
        >
          <p aria-live="polite" data-testid="analytics-posts-range">
            {first}–{last} of {sorted.length}
          </p>
          <div className="flex items-center gap-1">
            <PageButton onClick={() => setPage(current - 1)} disabled={current <= 1} label="Previous page">
              <ChevronLeft className="size-4" aria-hidden />
            </PageButton>
            <span className="px-2 tabular-nums">
              Page {current} of {pages}
            </span>
            <PageButton onClick={() => setPage(current + 1)} disabled={current >= pages} label="Next page">
              <ChevronRight className="size-4" aria-hidden />
            </PageButton>
          </div>
        </nav>
      )}
    </ChartCard>
  );
}

function PageButton({
  onClick,
  disabled,
  label,
  children,
}: {
  onClick: () => void;
  disabled: boolean;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      title={label}
      className="focus-visible:ring-brand-500 inline-flex size-8 items-center justify-center rounded-lg border border-slate-300 bg-white text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:text-slate-300"
    >
      {children}
    </button>
  );
}

function PostRow({
  post,
  timeZone,
  currentYear,
  onOpen,
}: {
  post: AnalyticsPostRow;
  timeZone: string | undefined;
  currentYear: string;
  onOpen: (id: string) => void;
}) {
  const published = new Date(post.publishedAt);
  // The year only when it is not this one: the column stays narrow enough for 1280 px screens.
  const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone }).format(published);
  const day = new Intl.DateTimeFormat("en", {
    month: "short",
    day: "numeric",
    year: year === currentYear ? undefined : "numeric",
    timeZone,
  }).format(published);
  const time = new Intl.DateTimeFormat("en", { timeStyle: "short", timeZone }).format(published);
  return (
    <tr
      className="cursor-pointer align-top hover:bg-slate-50"
      onClick={(event) => {
        // Focus goes back to this row's text button when the details close.
        event.currentTarget.querySelector<HTMLButtonElement>("button[aria-haspopup]")?.focus();
        onOpen(post.id);
      }}
      data-testid="analytics-post-row"
      data-post-id={post.id}
    >
      <td className="py-2.5 pr-2 pl-4 sm:pl-5">
        <div className="flex min-w-0 gap-3">
          <PostKindThumbnail post={post} />
          <div className="min-w-0 flex-1">
            <button
              type="button"
              onClick={(event) => {
                event.stopPropagation();
                onOpen(post.id);
              }}
              aria-haspopup="dialog"
              className="focus-visible:ring-brand-500 line-clamp-2 rounded text-left text-slate-800 hover:text-slate-950 focus-visible:ring-2 focus-visible:outline-none"
              title="Show details"
            >
              {excerpt(post.text, 200) || <span className="text-slate-400">(no text)</span>}
            </button>
            {!post.reported && (
              <p className="mt-0.5 text-xs text-slate-500" data-testid="no-activity-hint">
                {post.impressions === null ? "No statistics from LinkedIn" : "No activity yet"}
              </p>
            )}
          </div>
        </div>
      </td>
      <td className="px-2 py-2.5 whitespace-nowrap text-slate-700">
        <time dateTime={post.publishedAt} title={formatPostDate(post.publishedAt, timeZone)}>
          {day}
          <span className="block text-xs text-slate-500">{time}</span>
        </time>
      </td>
      <td className="max-w-28 truncate px-2 py-2.5 text-slate-700" title={post.channelName}>
        {post.channelName}
      </td>
      {METRIC_COLUMNS.map((column) => {
        const value = post[column.key];
        return (
          <td
            key={column.key}
            className={cn(
              "px-1.5 py-2.5 text-right whitespace-nowrap tabular-nums",
              value === null ? "text-slate-400" : "text-slate-800",
            )}
            data-metric={column.key}
            data-value={value ?? undefined}
          >
            {value === null
              ? MISSING
              : column.key === "engagementRate"
                ? formatRate(value)
                : formatInteger(value)}
          </td>
        );
      })}
      <td className="py-2 pr-2 pl-0.5 text-right sm:pr-3">
        <a
          href={post.url}
          target="_blank"
          rel="noreferrer"
          onClick={(event) => event.stopPropagation()}
          className="text-brand-700 hover:bg-brand-50 focus-visible:ring-brand-500 inline-flex size-8 items-center justify-center rounded-lg focus-visible:ring-2 focus-visible:outline-none"
          title="Open on LinkedIn"
          data-testid="open-on-linkedin"
        >
          <ExternalLink className="size-4" aria-hidden />
          <span className="sr-only">Open on LinkedIn</span>
        </a>
      </td>
    </tr>
  );
}
