import type { Metadata } from "next";
import { BarChart3 } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage() {
  await requireWorkspacePage();
  return (
    <>
      <PageHeader title="Analytics" description="Impressions, clicks and engagement from LinkedIn." />
      <EmptyState
        icon={BarChart3}
        title="No statistics yet"
        description="Statistics appear once an organization page you administer is connected. LinkedIn shares them with page administrators."
        action={
          <Link href="/channels" className={buttonClasses()}>
            Connect a page
          </Link>
        }
      />
    </>
  );
}
