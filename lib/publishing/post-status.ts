// A post's status summarises its targets, which succeed or fail independently: "partially
// published" is a real state, and a post is "publishing" while any channel is still on its way.
import type { PostStatus, TargetState } from "@/lib/generated/prisma/enums";

const IN_PROGRESS: TargetState[] = [
  "CLAIMED",
  "UPLOADING_MEDIA",
  "WAITING_FOR_MEDIA",
  "CREATING_POST",
  "OUTCOME_UNKNOWN",
];

export function summarizePostStatus(states: readonly TargetState[]): PostStatus {
  const live = states.filter((state) => state !== "CANCELLED");
  if (live.length === 0) return "DRAFT";
  const count = (wanted: TargetState[]) => live.filter((state) => wanted.includes(state)).length;
  const published = count(["PUBLISHED"]);
  const failed = count(["FAILED"]);
  if (count(IN_PROGRESS) > 0 || count(["RETRY_WAIT"]) > 0) return "PUBLISHING";
  if (count(["SCHEDULED", "PAUSED"]) > 0) return published > 0 ? "PARTIALLY_PUBLISHED" : "SCHEDULED";
  if (published === live.length) return "PUBLISHED";
  if (published > 0) return "PARTIALLY_PUBLISHED";
  if (failed > 0) return "FAILED";
  return "DRAFT";
}
