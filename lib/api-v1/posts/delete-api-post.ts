// DELETE /api/v1/posts/{id}: cancels what has not gone out (deletePost: a post that never reached
// LinkedIn is deleted, one that did is archived and keeps its statistics). With ?remote=true the
// LinkedIn copies are deleted first, each with its channel's own connection; if LinkedIn refuses
// any, Cadence changes nothing else and says which — the copies it did delete are recorded as
// such, so a retry only asks for the rest.
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { deletePost as deleteLinkedInPost, isPostUrn, LinkedInError } from "@/lib/linkedin";
import { getConnectionClient } from "@/lib/services/channels/get-connection-client";
import { deletePost } from "@/lib/services/posts/delete-post";
import { refreshPostStatus } from "@/lib/services/publishing/move-target";
import { isInFlight } from "@/lib/services/posts/get-post";
import { ApiProblem } from "../problem";
import type { DeletePostResult } from "../schemas/post-resource";
import { findApiPostOrThrow, postNotFound } from "./to-post-resource";

const REMOTE_DELETED_REASON = "Deleted from LinkedIn through the API.";

export async function deleteApiPost(
  workspaceId: string,
  postId: string,
  { remote }: { remote: boolean },
): Promise<DeletePostResult> {
  const db = await getDb();
  const post = await findApiPostOrThrow(workspaceId, postId, {
    targets: {
      select: {
        id: true,
        state: true,
        linkedInUrn: true,
        channel: { select: { name: true, authorUrn: true, connectionId: true } },
      },
    },
  });
  if (post.targets.some((target) => isInFlight(target.state)))
    throw new ApiProblem(
      "conflict",
      "This post is being published right now. Wait for it to finish, then delete it.",
    );

  const results: DeletePostResult["remote"] = [];
  if (remote) {
    for (const target of post.targets) {
      if (target.state !== "PUBLISHED" || !target.linkedInUrn) continue;
      const error = await deleteCopy(workspaceId, target.linkedInUrn, target.channel);
      if (!error)
        await db.$transaction(async (tx) => {
          await tx.postTarget.updateMany({
            where: { id: target.id, state: "PUBLISHED" },
            data: { state: "CANCELLED" },
          });
          await tx.targetEvent.create({
            data: {
              targetId: target.id,
              fromState: "PUBLISHED",
              toState: "CANCELLED",
              message: REMOTE_DELETED_REASON,
            },
          });
          await refreshPostStatus(tx, postId);
        });
      results.push({ target_id: target.id, linkedin_urn: target.linkedInUrn, deleted: !error, error });
    }
    const failed = results.filter((result) => !result.deleted);
    if (failed.length)
      throw new ApiProblem(
        "linkedin-unavailable",
        `LinkedIn did not delete ${failed.length} of ${results.length} copies; nothing else changed. Try again.`,
        {
          errors: failed.map((result) => ({
            pointer: `/targets/${result.target_id}`,
            detail: result.error ?? "",
          })),
        },
      );
  }

  const outcome = await deletePost({ workspaceId, postId }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") throw postNotFound();
    if (isAppError(error) && error.code === "CONFLICT")
      throw new ApiProblem(
        "conflict",
        results.length
          ? `${error.message} The ${results.length} LinkedIn ${results.length === 1 ? "copy was" : "copies were"} deleted already.`
          : error.message,
      );
    throw error;
  });
  return {
    id: postId,
    outcome: outcome.outcome === "DELETED" ? "deleted" : "archived",
    detail: remote && results.length ? "Deleted from LinkedIn and removed from Cadence." : outcome.message,
    remote: results,
  };
}

/** Null when the copy is gone from LinkedIn (or already was), else why not. */
async function deleteCopy(
  workspaceId: string,
  urn: string,
  channel: { name: string; authorUrn: string; connectionId: string | null },
): Promise<string | null> {
  if (!isPostUrn(urn)) return `Not a LinkedIn post URN: ${urn}.`;
  if (!channel.connectionId)
    return `${channel.name} is no longer connected; reconnect it to delete its copy.`;
  try {
    const { client } = await getConnectionClient({ workspaceId, connectionId: channel.connectionId });
    await deleteLinkedInPost(client, { urn, author: channel.authorUrn });
    return null;
  } catch (error) {
    if (error instanceof LinkedInError || isAppError(error)) return `${channel.name}: ${error.message}`;
    throw error;
  }
}
