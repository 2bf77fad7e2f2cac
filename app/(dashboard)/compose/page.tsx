import type { Metadata } from "next";
import { PenSquare } from "lucide-react";
import Link from "next/link";
import { Composer } from "@/components/composer/composer";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";
import type { ComposerDraft } from "@/lib/composer/composer-draft";
import { commentaryToDraft } from "@/lib/composer/text-to-commentary";
import { isAppError } from "@/lib/errors";
import { listChannels } from "@/lib/services/channels/list-channels";
import { type EditablePost, getPost } from "@/lib/services/posts/get-post";
import { utcToZonedWallTime } from "@/lib/utils/zoned-time";

export const metadata: Metadata = { title: "Compose" };

function toDraft(post: EditablePost): ComposerDraft {
  const timeZone = post.timeZone ?? "UTC";
  return {
    postId: post.id,
    ...commentaryToDraft(post.body),
    channelIds: post.channelIds,
    wallTime: post.scheduledAt ? utcToZonedWallTime(new Date(post.scheduledAt), timeZone) : "",
    timeZone,
    content: post.content,
    assets: post.assets,
  };
}

export default async function ComposePage({ searchParams }: { searchParams: Promise<{ post?: string }> }) {
  const { workspace } = await requireWorkspacePage();
  const { post: postId } = await searchParams;
  const channels = (await listChannels({ workspaceId: workspace.id }))
    .filter((channel) => channel.status === "HEALTHY")
    .map(({ id, name, logoUrl, kind }) => ({ id, name, logoUrl, kind }));

  let editing: EditablePost | null = null;
  let problem: string | null = null;
  if (postId) {
    try {
      editing = await getPost({ workspaceId: workspace.id, postId });
    } catch (error) {
      if (!isAppError(error)) throw error;
      problem = error.message;
    }
  }

  const header = (
    <PageHeader
      title={editing ? "Edit post" : "Compose"}
      description={
        editing
          ? "Changes apply to every channel not yet published."
          : "Write once, publish to several pages and profiles."
      }
    />
  );
  if (problem)
    return (
      <>
        {header}
        <Alert tone="error">{problem}</Alert>
      </>
    );
  if (editing && !editing.editable)
    return (
      <>
        {header}
        <Alert tone="info">
          This post is being published right now. Open it again in a minute to edit it.
        </Alert>
      </>
    );
  return (
    <>
      {header}
      {channels.length === 0 ? (
        <EmptyState
          icon={PenSquare}
          title="Connect a channel to start writing"
          description="Posts go to LinkedIn organization pages and member profiles. Connect at least one to compose."
          action={
            <Link href="/channels" className={buttonClasses()}>
              Connect LinkedIn
            </Link>
          }
        />
      ) : (
        <Composer
          key={editing?.id ?? "new"}
          workspaceId={workspace.id}
          channels={channels}
          initial={editing ? toDraft(editing) : undefined}
          publishedChannelNames={
            editing
              ? editing.targets.filter((t) => t.state === "PUBLISHED").map((t) => t.channelName)
              : undefined
          }
        />
      )}
    </>
  );
}
