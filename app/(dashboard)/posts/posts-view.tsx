"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { CircleCheck, FileText, ListFilter, PenSquare } from "lucide-react";
import Link from "next/link";
import { PostFilterBar } from "@/components/posts/post-filter-bar";
import {
  postFiltersQuery,
  postListKey,
  STATE_FILTERS,
  type PostFilters,
} from "@/components/posts/post-filters";
import { PostRow } from "@/components/posts/post-row";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { queryKeys } from "@/lib/query-keys";
import { fetchJson } from "@/lib/query/fetch-json";
import { liveRefetchInterval } from "@/lib/query/live-refetch";
import type { ChannelListItem } from "@/lib/services/channels/list-channels";
import type { PostListItem } from "@/lib/services/posts/list-posts";
import type { Jsonify } from "@/lib/utils/json";

export function PostsView({
  workspaceId,
  timeZone,
  canManage,
  filters,
}: {
  workspaceId: string;
  timeZone: string;
  canManage: boolean;
  filters: PostFilters;
}) {
  const { data: posts } = useSuspenseQuery({
    queryKey: postListKey(workspaceId, filters),
    queryFn: () => fetchJson<Jsonify<PostListItem>[]>(`/api/posts${postFiltersQuery(filters)}`),
    refetchInterval: (query) => liveRefetchInterval(query.state.data),
  });
  const { data: channels } = useSuspenseQuery({
    queryKey: queryKeys.channels.all(workspaceId),
    queryFn: () => fetchJson<Jsonify<ChannelListItem>[]>("/api/channels"),
  });
  const filtered = filters.state !== null || filters.channel !== null;
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
        actions={posts.length || filtered ? write : null}
      />
      {(posts.length > 0 || filtered) && <PostFilterBar filters={filters} channels={channels} />}
      {posts.length === 0 ? (
        filtered ? (
          <FilteredEmptyState
            filters={filters}
            channelName={channels.find((c) => c.id === filters.channel)?.name}
          />
        ) : (
          <EmptyState
            icon={FileText}
            title="No posts yet"
            description="Drafts, scheduled posts and everything you've published will be listed here."
            action={write}
          />
        )
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm"
          aria-label="Posts"
        >
          {posts.map((post) => (
            <PostRow
              key={post.id}
              post={post}
              workspaceId={workspaceId}
              timeZone={timeZone}
              canManage={canManage}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function FilteredEmptyState({ filters, channelName }: { filters: PostFilters; channelName?: string }) {
  const filter = STATE_FILTERS.find((item) => item.value === filters.state);
  const onChannel = channelName ? ` on ${channelName}` : filters.channel ? " on this channel" : "";
  const title = filters.state ? filter!.empty.replace(/\.$/, `${onChannel}.`) : `No posts${onChannel}.`;
  return (
    <EmptyState
      icon={filters.state === "needs-attention" ? CircleCheck : ListFilter}
      title={title}
      description={
        filters.state === "needs-attention"
          ? "Posts that failed, are paused or are waiting to retry on a channel show up here."
          : "Try another filter, or show every post."
      }
      action={
        <Link href="/posts" className={buttonClasses({ variant: "secondary" })}>
          Show all posts
        </Link>
      }
    />
  );
}
