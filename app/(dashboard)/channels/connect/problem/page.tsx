import type { Metadata } from "next";
import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { requireWorkspacePage } from "@/lib/auth/session";
import { connectProblems, isConnectProblemReason } from "@/lib/services/linkedin-auth/connect-problem";

export const metadata: Metadata = { title: "LinkedIn not connected" };

export default async function ConnectProblemPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string; detail?: string }>;
}) {
  await requireWorkspacePage();
  const { reason, detail } = await searchParams;
  const problem = connectProblems[isConnectProblemReason(reason) ? reason : "linkedin_unavailable"];
  return (
    <div className="mx-auto max-w-xl rounded-xl border border-slate-200 bg-white p-8 shadow-sm" role="alert">
      <div className="flex size-12 items-center justify-center rounded-full bg-amber-50">
        <AlertTriangle className="size-6 text-amber-600" aria-hidden />
      </div>
      <h1 className="mt-4 text-xl font-semibold text-slate-900">{problem.title}</h1>
      <p className="mt-2 text-sm text-slate-600">{problem.body}</p>
      {detail && <p className="mt-3 rounded-lg bg-slate-50 p-3 text-sm text-slate-700">{detail}</p>}
      <div className="mt-6 flex gap-2">
        <a href="/api/linkedin/connect" className={buttonClasses()}>
          Try again
        </a>
        <Link href="/channels" className={buttonClasses({ variant: "secondary" })}>
          Back to channels
        </Link>
      </div>
    </div>
  );
}
