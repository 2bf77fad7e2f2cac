import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { isLinkedInError } from "@/lib/linkedin";
import { listConnectableChannels } from "@/lib/services/channels/list-connectable-channels";
import { PickChannelsForm } from "./pick-channels-form";

export const metadata: Metadata = { title: "Choose channels" };

export default async function PickChannelsPage({ params }: { params: Promise<{ connectionId: string }> }) {
  const { workspace } = await requireWorkspacePage();
  const { connectionId } = await params;
  let result;
  try {
    result = await listConnectableChannels({ workspaceId: workspace.id, connectionId });
  } catch (error) {
    if (isAppError(error)) redirect("/channels");
    if (isLinkedInError(error))
      redirect(
        `/channels/connect/problem?reason=linkedin_unavailable&detail=${encodeURIComponent(error.userMessage)}`,
      );
    throw error;
  }
  return (
    <>
      <PageHeader
        title="Choose what Cadence may post to"
        description={`Signed in to LinkedIn as ${result.connection.memberName}. Tick the Pages and profile to add as channels.`}
      />
      <PickChannelsForm connectionId={connectionId} channels={result.channels} />
    </>
  );
}
