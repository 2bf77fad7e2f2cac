"use client";
// Says what cancelling does before it happens: the channels it has not reached yet are stopped,
// the ones already on LinkedIn keep their copy, and a post that reached none is a draft again.
import { joinNames } from "@/components/posts/join-names";
import { CANCELLABLE } from "@/components/posts/post-row-actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

type Target = { state: string; channel: { name: string } };

export function CancelPostDialog({
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
  const names = (wanted: (state: string) => boolean) =>
    targets.filter((target) => wanted(target.state)).map((target) => target.channel.name);
  const pending = names((state) => CANCELLABLE.has(state));
  const published = names((state) => state === "PUBLISHED");
  return (
    <ConfirmDialog
      open={open}
      title="Cancel this post?"
      confirmLabel="Cancel post"
      cancelLabel="Keep it"
      loading={loading}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>It will not be published to {joinNames(pending)}.</p>
      {published.length > 0 ? (
        <p>It stays on LinkedIn on {joinNames(published)}: Cadence does not delete posts from LinkedIn.</p>
      ) : (
        <p>The post stays in Cadence as a draft, to edit and schedule again later.</p>
      )}
    </ConfirmDialog>
  );
}
