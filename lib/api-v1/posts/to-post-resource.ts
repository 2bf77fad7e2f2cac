// Post rows → the /api/v1 Post resource. One select for every endpoint that answers posts, so a
// list item and GET /posts/{id} are the same shape. ARCHIVED posts were removed from Cadence and
// are never answered.
import { commentaryToText } from "@/lib/composer/text-to-commentary";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { linkedInPostUrl } from "@/lib/linkedin/post-link";
import { explainFailure } from "@/lib/publishing/failure-codes";
import { postContentSchema } from "@/lib/schemas/post-content";
import { ApiProblem } from "../problem";
import { isResourceId } from "../resource-id";
import type { PostResource, TargetResource } from "../schemas/post-resource";

export const postResourceSelect = {
  id: true,
  status: true,
  contentKind: true,
  body: true,
  content: true,
  scheduledAt: true,
  timeZone: true,
  createdAt: true,
  updatedAt: true,
  media: {
    select: {
      role: true,
      position: true,
      altText: true,
      title: true,
      asset: { select: { id: true, kind: true, fileName: true, mimeType: true, sizeBytes: true } },
    },
    orderBy: [{ role: "asc" }, { position: "asc" }],
  },
  targets: {
    select: {
      id: true,
      state: true,
      attempts: true,
      nextAttemptAt: true,
      publishedAt: true,
      linkedInUrn: true,
      lastError: true,
      lastErrorCode: true,
      channel: { select: { id: true, name: true, kind: true } },
    },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.PostSelect;

export type PostResourceRow = Prisma.PostGetPayload<{ select: typeof postResourceSelect }>;

const WAITING_STATES = new Set(["RETRY_WAIT", "PAUSED", "FAILED", "OUTCOME_UNKNOWN"]);

function toTargetResource(target: PostResourceRow["targets"][number]): TargetResource {
  const hasError = Boolean(target.lastError) && WAITING_STATES.has(target.state);
  const explained = explainFailure(target.lastErrorCode);
  return {
    id: target.id,
    channel: { id: target.channel.id, name: target.channel.name, kind: target.channel.kind.toLowerCase() },
    state: target.state.toLowerCase(),
    attempts: target.attempts,
    next_attempt_at: target.nextAttemptAt?.toISOString() ?? null,
    published_at: target.publishedAt?.toISOString() ?? null,
    linkedin_urn: target.linkedInUrn,
    linkedin_url: target.linkedInUrn ? linkedInPostUrl(target.linkedInUrn) : null,
    error: hasError
      ? {
          code: target.lastErrorCode ?? "UNKNOWN",
          title: explained.title,
          message: target.lastError ?? "",
          fix: explained.fix,
        }
      : null,
  };
}

export function toPostResource(row: PostResourceRow): PostResource {
  const content = postContentSchema.safeParse(row.content ?? { kind: "TEXT" });
  const article = content.success && content.data.kind === "ARTICLE" ? content.data : null;
  return {
    id: row.id,
    status: row.status.toLowerCase(),
    kind: row.contentKind.toLowerCase(),
    post: { body: commentaryToText(row.body as CommentaryDocument) },
    media: row.media
      .filter((item) => !(article && item.role === "THUMBNAIL"))
      .map((item) => ({
        id: item.asset.id,
        role: item.role.toLowerCase() as "primary" | "thumbnail" | "captions",
        kind: item.asset.kind.toLowerCase(),
        file_name: item.asset.fileName,
        mime_type: item.asset.mimeType,
        size_bytes: Number(item.asset.sizeBytes),
        alt_text: item.altText,
        title: item.title,
      })),
    link: article
      ? {
          url: article.url,
          title: article.title,
          description: article.description,
          thumbnail_media_id: article.thumbnailAssetId ?? null,
        }
      : null,
    scheduled_at: row.scheduledAt?.toISOString() ?? null,
    time_zone: row.timeZone,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    targets: row.targets.map(toTargetResource),
  };
}

export const postNotFound = () =>
  new ApiProblem("not-found", "There is no post with this id in the API key's workspace.");

/** The {id} of a post path; anything not shaped like an id is simply not found. */
export function postIdFrom(params: Record<string, string>): string {
  const id = params.id ?? "";
  if (!isResourceId(id)) throw postNotFound();
  return id;
}

/** One of the workspace's posts, as the API sees them (archived ones were removed), or a 404. */
export async function findApiPostOrThrow<Select extends Prisma.PostSelect>(
  workspaceId: string,
  postId: string,
  select: Select,
): Promise<Prisma.PostGetPayload<{ select: Select }>> {
  const db = await getDb();
  const row = await db.post.findFirst({
    where: { id: postId, workspaceId, status: { not: "ARCHIVED" } },
    select,
  });
  if (!row) throw postNotFound();
  return row as Prisma.PostGetPayload<{ select: Select }>;
}

export async function loadPostResource(workspaceId: string, postId: string): Promise<PostResource> {
  return toPostResource(await findApiPostOrThrow(workspaceId, postId, postResourceSelect));
}
