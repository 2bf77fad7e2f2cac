import type { Metadata } from "next";
import { PenSquare } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Compose" };

export default async function ComposePage() {
  await requireWorkspacePage();
  return (
    <>
      <PageHeader title="Compose" description="Write once, publish to several pages and profiles." />
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
    </>
  );
}
