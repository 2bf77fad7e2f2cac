import type { Metadata } from "next";
import { FileText } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Posts" };

export default async function PostsPage() {
  await requireWorkspacePage();
  return (
    <>
      <PageHeader
        title="Posts"
        description="Drafts, scheduled and published posts with their status on each channel."
      />
      <EmptyState
        icon={FileText}
        title="No posts yet"
        description="Drafts, scheduled posts and everything you've published will be listed here."
        action={
          <Link href="/compose" className={buttonClasses()}>
            Write a post
          </Link>
        }
      />
    </>
  );
}
