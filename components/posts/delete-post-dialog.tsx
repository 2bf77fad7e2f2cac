"use client";
// Says exactly what deleting does before it happens: a post that never reached LinkedIn is
// deleted; one already published somewhere only leaves Cadence, its LinkedIn copies stay.
import { joinNames } from "@/components/posts/join-names";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Target = { state: string; channel: { name: string } };

const list = joinNames;

export function DeletePostDialog({
  open,
  targets,
  loading,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  targets: Target[];
  loading: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const published = targets.filter((target) => target.state === "PUBLISHED").map((t) => t.channel.name);
  const pending = targets
    .filter((target) => target.state !== "PUBLISHED" && target.state !== "DRAFT")
    .map((t) => t.channel.name);
  if (published.length)
    return (
      <ConfirmDialog
        open={open}
        title="Remove this post from Cadence?"
        confirmLabel="Remove from Cadence"
        loading={loading}
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p>
          It is already on LinkedIn on {list(published)}. Cadence does not delete posts from LinkedIn: those
          copies stay there.
        </p>
        {pending.length > 0 && <p>It will not be published to {list(pending)}.</p>}
        <p>The post leaves this list.</p>
      </ConfirmDialog>
    );
  return (
    <ConfirmDialog
      open={open}
      title="Delete this post?"
      confirmLabel="Delete post"
      loading={loading}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        The post is deleted from Cadence
        {pending.length ? ` and will not be published to ${list(pending)}` : ""}. Images, videos and documents
        it uses stay in your media library.
      </p>
      <p>This cannot be undone.</p>
    </ConfirmDialog>
  );
}
