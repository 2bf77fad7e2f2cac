import { AnalyticsSkeleton } from "@/components/analytics/analytics-skeleton";
import { PageHeader } from "@/components/ui/page-header";

export default function AnalyticsLoading() {
  return (
    <>
      <PageHeader title="Analytics" description="Impressions, clicks and engagement from LinkedIn." />
      <AnalyticsSkeleton withFilters />
    </>
  );
}
