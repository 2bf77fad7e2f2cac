"use client";
// One post on the Posts page: thumbnail, text, time, each channel's state (with why it did not go
// out and what to do) and the row's actions: retry what failed, publish now, cancel, and the menu.
import { Ban, Copy, Pencil, RotateCcw, Send, Trash2 } from "lucide-react";
import { useState } from "react";
import { CancelPostDialog } from "@/components/posts/cancel-post-dialog";
import { DeletePostDialog } from "@/components/posts/delete-post-dialog";
import { PostMenu, type PostMenuItem } from "@/components/posts/post-menu";
import { rowActions } from "@/components/posts/post-row-actions";
import { PostThumbnail } from "@/components/posts/post-thumbnail";
import { TargetStatus } from "@/components/posts/target-status";
import { usePostActions } from "@/components/posts/use-post-actions";
import { Button } from "@/components/ui/button";
import { commentaryToText } from "@/lib/composer/text-to-commentary";
import type { PostListItem } from "@/lib/services/posts/list-posts";
import { formatDateTime } from "@/lib/utils/format-time";
import type { Jsonify } from "@/lib/utils/json";

export const NOT_EDITABLE_REASON = "Being published right now; edit it once that finishes.";

export function PostRow({
  post,
  workspaceId,
  timeZone,
  canManage,
}: {
  post: Jsonify<PostListItem>;
  workspaceId: string;
  timeZone: string;
  canManage: boolean;
}) {
  const actions = usePostActions(workspaceId, post.id);
  const [confirming, setConfirming] = useState<"delete" | "cancel" | null>(null);
  const text = commentaryToText(post.body);
  const editHref = `/compose?post=${post.id}`;
  const available = rowActions(post);

  const items: PostMenuItem[] = [
    {
      label: "Edit",
      icon: Pencil,
      href: editHref,
      disabledReason: post.editable ? undefined : NOT_EDITABLE_REASON,
    },
    ...(available.publishNow
      ? [
          {
            label: "Publish now",
            icon: Send,
            onSelect: () => actions.publishNow.mutate(),
            ...available.publishNow,
          },
        ]
      : []),
    ...(available.retry
      ? [
          {
            label: "Retry failed",
            icon: RotateCcw,
            onSelect: () => actions.retry.mutate(),
            ...available.retry,
          },
        ]
      : []),
    { label: "Duplicate", icon: Copy, onSelect: () => actions.duplicate.mutate() },
    ...(available.cancel
      ? [{ label: "Cancel", icon: Ban, onSelect: () => setConfirming("cancel"), ...available.cancel }]
      : []),
    { label: "Delete", icon: Trash2, tone: "danger", onSelect: () => setConfirming("delete") },
  ];

  return (
    <li className="flex gap-4 px-5 py-4" data-testid="post-row">
      <PostThumbnail
        thumbnailUrl={post.thumbnailUrl}
        contentKind={post.contentKind}
        mediaCount={post.mediaCount}
      />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <p className="line-clamp-2 min-w-0 flex-1 text-sm whitespace-pre-wrap text-slate-900">
            {text || "(no text)"}
          </p>
          <span className="text-xs whitespace-nowrap text-slate-500">
            {post.scheduledAt
              ? `${formatDateTime(post.scheduledAt, timeZone)} (${timeZone})`
              : "Not scheduled"}
          </span>
        </div>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2" aria-label="Channels">
          {post.targets.map((target) => (
            <TargetStatus
              key={target.id}
              target={target}
              editHref={canManage && post.editable ? editHref : null}
            />
          ))}
        </ul>
        {canManage && available.retry && !available.retry.disabledReason && (
          <Button
            variant="secondary"
            size="sm"
            className="mt-3"
            loading={actions.retry.isPending}
            onClick={() => actions.retry.mutate()}
          >
            {!actions.retry.isPending && <RotateCcw className="size-4" aria-hidden />}
            Retry failed
          </Button>
        )}
      </div>
      {canManage && (
        <div className="-mt-1 -mr-2 shrink-0">
          <PostMenu label="Post actions" items={items} busy={actions.busy} />
          <DeletePostDialog
            open={confirming === "delete"}
            targets={post.targets}
            loading={actions.remove.isPending}
            onConfirm={() => actions.remove.mutate(undefined, { onSettled: () => setConfirming(null) })}
            onCancel={() => setConfirming(null)}
          />
          <CancelPostDialog
            open={confirming === "cancel"}
            targets={post.targets}
            loading={actions.cancel.isPending}
            onConfirm={() => actions.cancel.mutate(undefined, { onSettled: () => setConfirming(null) })}
            onCancel={() => setConfirming(null)}
          />
        </div>
      )}
    </li>
  );
}
