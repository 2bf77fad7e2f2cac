// How a post reads on the calendar: one tone (its colour) and one label, from its status and its
// channels' states. A channel being published wins, then what happened, then what is planned.
import type { PostStatus, TargetState } from "@/lib/generated/prisma/enums";

export type CalendarTone =
  | "published"
  | "scheduled"
  | "failed"
  | "partial"
  | "retrying"
  | "paused"
  | "draft"
  | "cancelled"
  | "publishing";

const IN_FLIGHT: readonly TargetState[] = [
  "CLAIMED",
  "UPLOADING_MEDIA",
  "WAITING_FOR_MEDIA",
  "CREATING_POST",
  "OUTCOME_UNKNOWN",
];

export const TONE_LABEL: Record<CalendarTone, string> = {
  published: "Published",
  scheduled: "Scheduled",
  failed: "Failed",
  partial: "Partly published",
  retrying: "Retrying",
  paused: "Paused",
  draft: "Draft",
  cancelled: "Cancelled",
  publishing: "Publishing",
};

export function calendarTone(status: PostStatus, states: readonly TargetState[]): CalendarTone {
  // The status summarises the targets; it only decides for a post without any.
  if (states.length === 0) return toneOfStatus(status);
  if (states.some((state) => IN_FLIGHT.includes(state))) return "publishing";
  const published = states.filter((state) => state === "PUBLISHED").length;
  const live = states.filter((state) => state !== "CANCELLED");
  if (live.length === 0) return "cancelled";
  if (published === live.length) return "published";
  if (published > 0) return "partial";
  if (live.includes("RETRY_WAIT")) return "retrying";
  if (live.includes("FAILED")) return "failed";
  if (live.includes("PAUSED")) return "paused";
  if (live.every((state) => state === "DRAFT")) return "draft";
  return "scheduled";
}

function toneOfStatus(status: PostStatus): CalendarTone {
  switch (status) {
    case "PUBLISHED":
      return "published";
    case "PARTIALLY_PUBLISHED":
      return "partial";
    case "FAILED":
      return "failed";
    case "PUBLISHING":
      return "publishing";
    case "SCHEDULED":
      return "scheduled";
    default:
      return "draft";
  }
}

/** A channel's state as a badge reads. */
export function targetStateLabel(state: TargetState): string {
  switch (state) {
    case "RETRY_WAIT":
      return "Retrying";
    case "OUTCOME_UNKNOWN":
      return "Checking";
    case "CLAIMED":
    case "UPLOADING_MEDIA":
    case "WAITING_FOR_MEDIA":
    case "CREATING_POST":
      return "Publishing";
    default:
      return state.charAt(0) + state.slice(1).toLowerCase();
  }
}

export function targetStateTone(state: TargetState): "neutral" | "success" | "warning" | "danger" | "brand" {
  if (state === "PUBLISHED") return "success";
  if (state === "FAILED") return "danger";
  if (state === "SCHEDULED") return "brand";
  if (state === "RETRY_WAIT" || state === "PAUSED" || state === "OUTCOME_UNKNOWN") return "warning";
  if (IN_FLIGHT.includes(state)) return "brand";
  return "neutral";
}
