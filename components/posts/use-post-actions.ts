"use client";
// The Posts page's row actions (duplicate, delete, retry, publish now, cancel): each refreshes the
// workspace's post lists and says what happened in a toast. A refusal refreshes too, since it
// usually means the post changed in the meantime (a worker picked it up, someone edited it).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { cancelPostAction } from "@/lib/actions/posts/cancel-post-action";
import { deletePostAction } from "@/lib/actions/posts/delete-post-action";
import { duplicatePostAction } from "@/lib/actions/posts/duplicate-post-action";
import { publishNowAction } from "@/lib/actions/posts/publish-now-action";
import { retryTargetsAction } from "@/lib/actions/posts/retry-targets-action";
import { queryKeys } from "@/lib/query-keys";

/** Unwraps an action result so React Query sees a failure as an error. */
async function unwrap<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const outcome = await result;
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.data;
}

export function usePostActions(workspaceId: string, postId: string) {
  const queryClient = useQueryClient();
  const router = useRouter();
  // The posts key is a prefix of every post's detail key and of every filtered list: all are
  // refreshed, and so is the calendar, which shows the same posts' times and states.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.posts.all(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.calendar.all(workspaceId) }),
    ]);

  const duplicate = useMutation({
    mutationFn: () => unwrap(duplicatePostAction({ postId })),
    onSuccess: ({ postId: copyId }) => {
      toast.success("Duplicated as a draft.", {
        action: { label: "Edit", onClick: () => router.push(`/compose?post=${copyId}`) },
      });
      return refresh();
    },
    onError: (error) => toast.error(error.message),
  });
  const failed = (error: Error) => {
    toast.error(error.message);
    return refresh();
  };
  const remove = useMutation({
    mutationFn: () => unwrap(deletePostAction({ postId })),
    onSuccess: ({ message }) => {
      toast.success(message);
      return refresh();
    },
    onError: failed,
  });
  const retry = useMutation({
    mutationFn: () => unwrap(retryTargetsAction({ postId })),
    onSuccess: ({ retried }) => {
      toast.success(retried === 1 ? "Retrying 1 channel." : `Retrying ${retried} channels.`);
      return refresh();
    },
    onError: failed,
  });
  const publishNow = useMutation({
    mutationFn: () => unwrap(publishNowAction({ postId })),
    onSuccess: () => {
      toast.success("Publishing now.");
      return refresh();
    },
    onError: failed,
  });
  const cancel = useMutation({
    mutationFn: () => unwrap(cancelPostAction({ postId })),
    onSuccess: ({ published }) => {
      toast.success(
        published
          ? "Cancelled. The copies already on LinkedIn stay there."
          : "Cancelled. The post is a draft again.",
      );
      return refresh();
    },
    onError: failed,
  });
  const busy = [duplicate, remove, retry, publishNow, cancel].some((mutation) => mutation.isPending);
  return { duplicate, remove, retry, publishNow, cancel, busy };
}
