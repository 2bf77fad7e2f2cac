// The Analytics page before any channel is connected.
import { BarChart3 } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export function NoChannelsState() {
  return (
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
  );
}
