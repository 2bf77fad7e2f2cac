"use client";
// Duplicate and delete from the Posts page: each refreshes the workspace's post list and says
// what happened in a toast.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { deletePostAction } from "@/lib/actions/posts/delete-post-action";
import { duplicatePostAction } from "@/lib/actions/posts/duplicate-post-action";
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
  // The posts key is a prefix of every post's detail key: both are refreshed.
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.posts.all(workspaceId) });

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
  const remove = useMutation({
    mutationFn: () => unwrap(deletePostAction({ postId })),
    onSuccess: ({ message }) => {
      toast.success(message);
      return refresh();
    },
    onError: (error) => {
      toast.error(error.message);
      return refresh();
    },
  });
  return { duplicate, remove };
}
