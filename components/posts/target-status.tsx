// One channel of a post on the Posts page: its state, a link to the post once it is on LinkedIn,
// and, when it did not go out, why (in Cadence's words and LinkedIn's) and what to do about it.
import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { describeRetry } from "@/components/posts/retry-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { explainFailure } from "@/lib/publishing/failure-codes";
import type { PostListItem } from "@/lib/services/posts/list-posts";
import { cn } from "@/lib/utils/cn";
import type { Jsonify } from "@/lib/utils/json";

export type ListedTarget = Jsonify<PostListItem>["targets"][number];

const stateTone: Record<string, BadgeTone> = {
  DRAFT: "neutral",
  SCHEDULED: "brand",
  CLAIMED: "brand",
  UPLOADING_MEDIA: "brand",
  WAITING_FOR_MEDIA: "brand",
  CREATING_POST: "brand",
  PUBLISHED: "success",
  FAILED: "danger",
  PAUSED: "warning",
  RETRY_WAIT: "warning",
  OUTCOME_UNKNOWN: "warning",
};

const stateLabel: Record<string, string> = {
  CLAIMED: "Publishing",
  UPLOADING_MEDIA: "Uploading media",
  WAITING_FOR_MEDIA: "Processing media",
  CREATING_POST: "Publishing",
  RETRY_WAIT: "Waiting to retry",
};

export const targetLabel = (state: string) =>
  stateLabel[state] ?? state.charAt(0) + state.slice(1).toLowerCase().replaceAll("_", " ");

/** States that come with an explanation and something to do. */
const EXPLAINED = new Set(["FAILED", "PAUSED", "RETRY_WAIT"]);

const linkClasses = "font-medium text-brand-700 underline-offset-2 hover:underline";

export function TargetStatus({ target, editHref }: { target: ListedTarget; editHref: string | null }) {
  const explained = EXPLAINED.has(target.state);
  const failure = explainFailure(target.lastErrorCode);
  return (
    <li className={cn("text-xs text-slate-700", explained && "w-full")}>
      <span className="flex flex-wrap items-center gap-1.5">
        {target.channel.name}
        <Badge tone={stateTone[target.state] ?? "neutral"}>{targetLabel(target.state)}</Badge>
        {target.url && (
          <a
            href={target.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Open on LinkedIn (${target.channel.name})`}
            className={cn(linkClasses, "inline-flex items-center gap-1")}
          >
            Open on LinkedIn
            <ExternalLink className="size-3" aria-hidden />
          </a>
        )}
        {target.state === "OUTCOME_UNKNOWN" && (
          <span className="text-slate-500">Cadence is checking whether LinkedIn published it.</span>
        )}
      </span>
      {explained && (
        <div
          className={cn(
            "mt-1.5 space-y-0.5 rounded-md px-3 py-2",
            target.state === "FAILED" ? "bg-red-50" : "bg-amber-50",
          )}
          data-testid="target-problem"
        >
          <p className="font-medium text-slate-900">{failure.title}</p>
          {target.lastError && <p className="text-slate-500">{target.lastError}</p>}
          <p>{failure.fix}</p>
          {target.state === "RETRY_WAIT" && target.nextAttemptAt && (
            // The distance to the retry is worked out again in the browser: a second apart is fine.
            <p suppressHydrationWarning>Cadence {describeRetry(target.nextAttemptAt)}.</p>
          )}
          {failure.action === "reconnect" && (
            <p>
              <Link href="/channels" aria-label={`Reconnect ${target.channel.name}`} className={linkClasses}>
                Reconnect
              </Link>
            </p>
          )}
          {(failure.action === "edit" || failure.action === "replace-media") && editHref && (
            <p>
              <Link href={editHref} className={linkClasses}>
                Edit
              </Link>
            </p>
          )}
        </div>
      )}
    </li>
  );
}
