// POST and PATCH /api/v1/posts: an API request → savePost, the same service the composer uses, so
// an API post is scheduled, published, retried and shown exactly like one written in Cadence.
// Everything that can be refused without downloading (channels, time) is checked first; media are
// imported next, and removed again if the post is not saved in the end.
import { now as clockNow } from "@/lib/clock";
import { textToCommentary } from "@/lib/composer/text-to-commentary";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { PostIntent } from "@/lib/schemas/posts";
import { getPost } from "@/lib/services/posts/get-post";
import { savePost } from "@/lib/services/posts/save-post";
import type { ApiKeyIdentity } from "@/lib/services/api-keys/authenticate-api-key";
import type { ImportFetchOptions } from "@/lib/services/media/import-media-from-url";
import { ApiProblem, appErrorFields } from "../problem";
import type { CreatePostRequest, UpdatePostRequest } from "../schemas/post-request";
import { chooseChannels } from "./choose-channels";
import { ImportedAssets, importPostContent } from "./import-post-media";
import { postNotFound } from "./to-post-resource";

/** Allowed lateness of `scheduled_at`, for clocks that disagree a little. */
const PAST_TOLERANCE_MS = 60_000;

const FIELD_POINTERS: Record<string, string> = {
  scheduledAt: "/scheduled_at",
  channelIds: "/channels",
  body: "/post/body",
  content: "/media",
};

export async function createApiPost(
  auth: ApiKeyIdentity,
  request: CreatePostRequest,
  options: { fetch?: ImportFetchOptions } = {},
): Promise<{ postId: string }> {
  const intent: PostIntent = request.draft ? "draft" : request.scheduled_at ? "schedule" : "publish";
  checkTime(request.scheduled_at, intent);
  const channelIds = await chooseChannels(auth.workspaceId, request, { publishing: intent !== "draft" });
  const assets = new ImportedAssets(auth.workspaceId, options.fetch);
  try {
    const content = await importPostContent(request, assets);
    return await savePost({
      workspaceId: auth.workspaceId,
      userId: auth.createdById,
      channelIds,
      body: textToCommentary(request.post.body, request.post.mentions),
      content,
      intent,
      scheduledAt: request.scheduled_at,
      timeZone: request.time_zone ?? (await workspaceTimeZone(auth.workspaceId)),
    }).catch(toProblem);
  } catch (error) {
    await assets.discard();
    throw error;
  }
}

export async function updateApiPost(
  auth: ApiKeyIdentity,
  postId: string,
  request: UpdatePostRequest,
  options: { fetch?: ImportFetchOptions } = {},
): Promise<{ postId: string }> {
  const current = await getPost({ workspaceId: auth.workspaceId, postId }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") throw postNotFound();
    throw error;
  });
  if (current.publishedChannelIds.length)
    throw new ApiProblem(
      "conflict",
      "This post is already on LinkedIn, and LinkedIn keeps the published text and media. Delete it and post again instead.",
    );
  if (!current.editable)
    throw new ApiProblem(
      "conflict",
      "This post is being published right now. Wait for it to finish, then edit it.",
    );

  const { intent, scheduledAt } = timingFor(request, current);
  checkTime(request.scheduled_at, intent);
  const channelIds =
    request.profiles || request.channels
      ? await chooseChannels(auth.workspaceId, request, { publishing: intent !== "draft" })
      : current.channelIds;

  const assets = new ImportedAssets(auth.workspaceId, options.fetch);
  try {
    const content =
      request.media !== undefined || request.link !== undefined
        ? await importPostContent({ media: request.media, link: request.link ?? undefined }, assets)
        : current.content;
    return await savePost({
      workspaceId: auth.workspaceId,
      userId: auth.createdById,
      postId,
      channelIds,
      body: request.post ? textToCommentary(request.post.body, request.post.mentions) : current.body,
      content,
      intent,
      scheduledAt,
      timeZone: request.time_zone ?? current.timeZone ?? undefined,
    }).catch(toProblem);
  } catch (error) {
    await assets.discard();
    throw error;
  }
}

/**
 * Without timing fields a draft stays a draft (keeping its planned date), and anything else keeps
 * its time — or goes out now if that time has passed. `draft: false` turns a draft into a post.
 */
function timingFor(
  request: UpdatePostRequest,
  current: { status: string; scheduledAt: string | null },
): { intent: PostIntent; scheduledAt?: string } {
  if (request.draft === true)
    return { intent: "draft", scheduledAt: request.scheduled_at ?? current.scheduledAt ?? undefined };
  if (request.scheduled_at) return { intent: "schedule", scheduledAt: request.scheduled_at };
  if (current.status === "DRAFT" && request.draft !== false)
    return { intent: "draft", scheduledAt: current.scheduledAt ?? undefined };
  const at = current.scheduledAt;
  return at && new Date(at).getTime() > clockNow().getTime()
    ? { intent: "schedule", scheduledAt: at }
    : { intent: "publish" };
}

function checkTime(scheduledAt: string | undefined, intent: PostIntent) {
  if (!scheduledAt || intent === "draft") return;
  if (new Date(scheduledAt).getTime() < clockNow().getTime() - PAST_TOLERANCE_MS)
    throw new ApiProblem(
      "validation-failed",
      "/scheduled_at: That time has passed. Omit it to publish now.",
      {
        errors: [{ pointer: "/scheduled_at", detail: "That time has passed." }],
      },
    );
}

async function workspaceTimeZone(workspaceId: string): Promise<string> {
  const db = await getDb();
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { timeZone: true } });
  return workspace?.timeZone ?? "UTC";
}

/** savePost's refusals, with its field names turned into the API's. */
function toProblem(error: unknown): never {
  if (!isAppError(error)) throw error;
  const errors = appErrorFields(error.fieldErrors, FIELD_POINTERS);
  const type =
    error.code === "VALIDATION" ? "validation-failed" : error.code === "NOT_FOUND" ? "not-found" : "conflict";
  throw new ApiProblem(type, error.message, { errors });
}
