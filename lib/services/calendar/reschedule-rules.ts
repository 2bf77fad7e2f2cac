// When a post may move to another time: not while a worker holds one of its channels (LinkedIn's
// answer may be on its way), and not once it is on LinkedIn everywhere it was meant to go.
// Shared by the reschedule service (which refuses) and the calendar (which stops the drag).
import type { PostStatus, TargetState } from "@/lib/generated/prisma/enums";
import { isInFlight } from "@/lib/services/posts/get-post";

export function rescheduleRefusal(status: PostStatus, states: readonly TargetState[]): string | null {
  if (states.some(isInFlight))
    return "This post is being published right now. Wait for it to finish, then move it.";
  if (status === "PUBLISHED" || (states.length > 0 && states.every((state) => state === "PUBLISHED")))
    return "This post is already on LinkedIn, so its time can't change.";
  return null;
}

export function canReschedule(status: PostStatus, states: readonly TargetState[]): boolean {
  return rescheduleRefusal(status, states) === null;
}
