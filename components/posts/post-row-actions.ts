// Which of the row actions a post offers, from its status and its targets' states, with the
// reason when one is there but cannot be used right now. Mirrors what the services accept.
import { joinNames } from "@/components/posts/join-names";

type Row = {
  status: string;
  /** False while a channel is being published. */
  editable: boolean;
  targets: { state: string; channel: { name: string; status: string } }[];
};

export type RowAction = { disabledReason?: string } | null;

/** What cancelling stops (lib/services/posts/cancel-post.ts). */
export const CANCELLABLE = new Set(["SCHEDULED", "RETRY_WAIT", "PAUSED", "DRAFT"]);
/** A post is "scheduled" (and offers Cancel) while one of its channels is still to go out. */
const SCHEDULED = new Set(["SCHEDULED", "RETRY_WAIT", "PAUSED"]);
/** The chosen channels of a draft or scheduled post (lib/services/posts/publish-now.ts). */
const PUBLISHABLE = new Set(["DRAFT", "SCHEDULED", "CANCELLED"]);

export const BEING_PUBLISHED_REASON = "Being published right now; try again once that finishes.";

export function rowActions(post: Row): { retry: RowAction; publishNow: RowAction; cancel: RowAction } {
  const failed = post.targets.filter((target) => target.state === "FAILED" || target.state === "PAUSED");
  const waiting = failed.filter((target) => target.state === "PAUSED" && target.channel.status !== "HEALTHY");
  const busy = post.editable ? {} : { disabledReason: BEING_PUBLISHED_REASON };
  return {
    retry: !failed.length
      ? null
      : waiting.length === failed.length
        ? { disabledReason: `Reconnect ${joinNames(waiting.map((target) => target.channel.name))} first.` }
        : {},
    publishNow:
      (post.status === "DRAFT" || post.status === "SCHEDULED") &&
      post.targets.some((target) => PUBLISHABLE.has(target.state))
        ? busy
        : null,
    cancel: post.targets.some((target) => SCHEDULED.has(target.state)) ? busy : null,
  };
}
