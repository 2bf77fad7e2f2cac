"use client";
// One post on the Posts page: thumbnail, text, time, each channel's state and the row menu.
import { Copy, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { DeletePostDialog } from "@/components/posts/delete-post-dialog";
import { PostMenu, type PostMenuItem } from "@/components/posts/post-menu";
import { PostThumbnail } from "@/components/posts/post-thumbnail";
import { usePostActions } from "@/components/posts/use-post-actions";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { commentaryToText } from "@/lib/composer/text-to-commentary";
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
  const { duplicate, remove } = usePostActions(workspaceId, post.id);
  const [confirming, setConfirming] = useState(false);
  const text = commentaryToText(post.body);

  const items: PostMenuItem[] = [
    {
      label: "Edit",
      icon: Pencil,
      href: `/compose?post=${post.id}`,
      disabledReason: post.editable ? undefined : NOT_EDITABLE_REASON,
    },
    { label: "Duplicate", icon: Copy, onSelect: () => duplicate.mutate() },
    { label: "Delete", icon: Trash2, tone: "danger", onSelect: () => setConfirming(true) },
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
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="Channels">
          {post.targets.map((target) => (
            <li key={target.id} className="flex items-center gap-1.5 text-xs text-slate-700">
              {target.channel.name}
              <Badge tone={stateTone[target.state] ?? "neutral"}>{label(target.state)}</Badge>
            </li>
          ))}
        </ul>
      </div>
      {canManage && (
        <div className="-mt-1 -mr-2 shrink-0">
          <PostMenu label="Post actions" items={items} busy={duplicate.isPending || remove.isPending} />
          <DeletePostDialog
            open={confirming}
            targets={post.targets}
            loading={remove.isPending}
            onConfirm={() => remove.mutate(undefined, { onSettled: () => setConfirming(false) })}
            onCancel={() => setConfirming(false)}
          />
        </div>
      )}
    </li>
  );
}
