import type { Metadata } from "next";
import { CalendarDays } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Calendar" };

export default async function CalendarPage() {
  await requireWorkspacePage();
  return (
    <>
      <PageHeader title="Calendar" description="Everything scheduled across your pages and profiles." />
      <EmptyState
        icon={CalendarDays}
        title="Nothing scheduled yet"
        description="Connect a LinkedIn page or profile, then write a post and pick a time. It will appear here."
        action={
          <Link href="/channels" className={buttonClasses()}>
            Connect LinkedIn
          </Link>
        }
      />
    </>
  );
}
