"use client";
// Moving a post from the calendar: the action, then a toast with the new time and an Undo that
// moves it back (unless the old time has passed by then). A refusal puts the event back and
// shows the server's reason. Both refresh the calendar and the Posts page.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { formatSlot } from "@/components/calendar/calendar-time";
import { reschedulePostAction } from "@/lib/actions/posts/reschedule-post-action";
import { queryKeys } from "@/lib/query-keys";

export function useReschedule(workspaceId: string, timeZone: string) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(0);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.calendar.all(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.posts.all(workspaceId) }),
    ]);
  const slot = (value: string | Date) => `${formatSlot(value, timeZone)} (${timeZone})`;

  async function call(postId: string, scheduledAt: string) {
    setPending((count) => count + 1);
    try {
      return await reschedulePostAction({ postId, scheduledAt });
    } catch {
      return {
        ok: false as const,
        error: "Cadence could not be reached. Check your connection and try again.",
      };
    } finally {
      setPending((count) => count - 1);
    }
  }

  async function undo(postId: string, previousScheduledAt: string) {
    if (new Date(previousScheduledAt).getTime() <= Date.now()) {
      toast.error(`Can't undo: the old time, ${slot(previousScheduledAt)}, has already passed.`);
      return;
    }
    const result = await call(postId, previousScheduledAt);
    if (result.ok) toast.success(`Moved back to ${slot(previousScheduledAt)}`);
    else toast.error(result.error);
    await refresh();
  }

  /** Moves the post; `revert` puts the dragged event back when the server refuses. */
  async function move(postId: string, scheduledAt: Date, revert: () => void) {
    const result = await call(postId, scheduledAt.toISOString());
    if (!result.ok) {
      revert();
      toast.error(result.error);
      await refresh();
      return;
    }
    const { previousScheduledAt } = result.data;
    toast(`Moved to ${slot(result.data.scheduledAt)}`, {
      action: previousScheduledAt
        ? { label: "Undo", onClick: () => void undo(postId, previousScheduledAt) }
        : undefined,
    });
    await refresh();
  }

  return { move, isMoving: pending > 0 };
}
