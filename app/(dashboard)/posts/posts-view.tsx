"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { FileText, PenSquare } from "lucide-react";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { commentaryToText } from "@/lib/composer/text-to-commentary";
import { queryKeys } from "@/lib/query-keys";
import { fetchJson } from "@/lib/query/fetch-json";
import type { PostListItem } from "@/lib/services/posts/list-posts";
import { formatDateTime } from "@/lib/utils/format-time";
import type { Jsonify } from "@/lib/utils/json";

const stateTone: Record<string, BadgeTone> = {
  DRAFT: "neutral",
  SCHEDULED: "brand",
  PUBLISHED: "success",
  FAILED: "danger",
  PAUSED: "warning",
  RETRY_WAIT: "warning",
  OUTCOME_UNKNOWN: "warning",
};

const label = (state: string) => state.charAt(0) + state.slice(1).toLowerCase().replaceAll("_", " ");

export function PostsView({ workspaceId, timeZone }: { workspaceId: string; timeZone: string }) {
  const { data: posts } = useSuspenseQuery({
    queryKey: queryKeys.posts.all(workspaceId),
    queryFn: () => fetchJson<Jsonify<PostListItem>[]>("/api/posts"),
  });
  const write = (
    <Link href="/compose" className={buttonClasses()}>
      <PenSquare className="size-4" aria-hidden />
      Write a post
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Posts"
        description="Drafts, scheduled and published posts with their status on each channel."
        actions={posts.length ? write : null}
      />
      {posts.length === 0 ? (
        <EmptyState
          icon={FileText}
          title="No posts yet"
          description="Drafts, scheduled posts and everything you've published will be listed here."
          action={write}
        />
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm"
          aria-label="Posts"
        >
          {posts.map((post) => (
            <li key={post.id} className="px-5 py-4" data-testid="post-row">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <p className="line-clamp-2 min-w-0 flex-1 text-sm whitespace-pre-wrap text-slate-900">
                  {commentaryToText(post.body) || "(no text)"}
                </p>
                <span className="text-xs whitespace-nowrap text-slate-500">
                  {post.scheduledAt
                    ? `${formatDateTime(post.scheduledAt, timeZone)} (${timeZone})`
                    : "Not scheduled"}
                </span>
              </div>
              <ul className="mt-2 flex flex-wrap gap-2" aria-label="Channels">
                {post.targets.map((target) => (
                  <li key={target.id} className="flex items-center gap-1.5 text-xs text-slate-700">
                    {target.channel.name}
                    <Badge tone={stateTone[target.state] ?? "neutral"}>{label(target.state)}</Badge>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
