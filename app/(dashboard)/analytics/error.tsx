"use client";
// Something in the page broke while rendering (not a refused request: those show in the page).
import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export default function AnalyticsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <PageHeader title="Analytics" description="Impressions, clicks and engagement from LinkedIn." />
      <EmptyState
        icon={TriangleAlert}
        title="The statistics could not be shown"
        description="Something went wrong while drawing this page. Try again; if it keeps happening, reload the page."
        action={<Button onClick={reset}>Try again</Button>}
      />
    </>
  );
}
