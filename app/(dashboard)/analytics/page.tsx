import type { Metadata } from "next";
import { Suspense } from "react";
import { AnalyticsSkeleton } from "@/components/analytics/analytics-skeleton";
import { AnalyticsView } from "@/components/analytics/analytics-view";
import { NoChannelsState } from "@/components/analytics/no-channels";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";
import { listChannels } from "@/lib/services/channels/list-channels";

export const metadata: Metadata = { title: "Analytics" };

// The figures are fetched by the browser (GET /api/analytics): the question needs the viewer's
// time zone, which only the browser knows. The server only checks there is something to show.
export default async function AnalyticsPage() {
  const { workspace, role } = await requireWorkspacePage();
  const channels = await listChannels({ workspaceId: workspace.id });
  if (channels.length === 0) {
    return (
      <>
        <PageHeader title="Analytics" description="Impressions, clicks and engagement from LinkedIn." />
        <NoChannelsState />
      </>
    );
  }
  return (
    <Suspense fallback={<AnalyticsSkeleton withFilters />}>
      <AnalyticsView workspaceId={workspace.id} canManage={role !== "VIEWER"} />
    </Suspense>
  );
}
