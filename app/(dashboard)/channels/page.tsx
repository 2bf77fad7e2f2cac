import type { Metadata } from "next";
import { Share2 } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Channels" };

export default async function ChannelsPage() {
  await requireWorkspacePage();
  return (
    <>
      <PageHeader
        title="Channels"
        description="The LinkedIn pages and profiles this workspace publishes to."
      />
      <EmptyState
        icon={Share2}
        title="No channels connected"
        description="Channels are the LinkedIn organization pages you manage and your own profile. Once connected, they appear here with their health and token expiry."
      />
    </>
  );
}
