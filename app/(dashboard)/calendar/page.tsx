import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { CalendarDays } from "lucide-react";
import Link from "next/link";
import { fetchRangeFor, monthGridFor, todayIn } from "@/components/calendar/calendar-range";
import { CalendarView } from "@/components/calendar/calendar-view";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { queryKeys } from "@/lib/query-keys";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { getCalendarSetup } from "@/lib/services/calendar/get-calendar-setup";
import { listCalendarPosts } from "@/lib/services/calendar/list-calendar-posts";

export const metadata: Metadata = { title: "Calendar" };

const description = "Everything scheduled across your pages and profiles.";

export default async function CalendarPage() {
  const { workspace, role } = await requireWorkspacePage();
  const setup = await getCalendarSetup({ workspaceId: workspace.id });
  if (setup.isEmpty) {
    return (
      <>
        <PageHeader title="Calendar" description={description} />
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

  // The browser opens on this month's grid; its zone is a guess here (the workspace's), and a
  // wrong guess only costs the client one fetch of its own.
  const grid = monthGridFor(todayIn(workspace.timeZone, now()));
  const range = fetchRangeFor(grid.startDate, grid.endDate);
  const queryClient = getServerQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.calendar.range(workspace.id, range.from, range.to),
    queryFn: () =>
      listCalendarPosts({ workspaceId: workspace.id, from: new Date(range.from), to: new Date(range.to) }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CalendarView workspaceId={workspace.id} canManage={role !== "VIEWER"} description={description} />
    </HydrationBoundary>
  );
}
