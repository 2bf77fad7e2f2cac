import type { Metadata } from "next";
import { PenSquare } from "lucide-react";
import Link from "next/link";
import { Composer } from "@/components/composer/composer";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";
import { listChannels } from "@/lib/services/channels/list-channels";

export const metadata: Metadata = { title: "Compose" };

export default async function ComposePage() {
  const { workspace } = await requireWorkspacePage();
  const channels = (await listChannels({ workspaceId: workspace.id }))
    .filter((channel) => channel.status === "HEALTHY")
    .map(({ id, name, logoUrl, kind }) => ({ id, name, logoUrl, kind }));
  return (
    <>
      <PageHeader title="Compose" description="Write once, publish to several pages and profiles." />
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
        <Composer workspaceId={workspace.id} channels={channels} />
      )}
    </>
  );
}
