"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { FileText, PenSquare } from "lucide-react";
import Link from "next/link";
import { PostRow } from "@/components/posts/post-row";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { queryKeys } from "@/lib/query-keys";
import { fetchJson } from "@/lib/query/fetch-json";
import type { PostListItem } from "@/lib/services/posts/list-posts";
import type { Jsonify } from "@/lib/utils/json";

export function PostsView({
  workspaceId,
  timeZone,
  canManage,
}: {
  workspaceId: string;
  timeZone: string;
  canManage: boolean;
}) {
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
