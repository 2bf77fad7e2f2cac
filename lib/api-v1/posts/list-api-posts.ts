// GET /api/v1/posts: newest first, keyset paging with an opaque cursor (the last post's creation
// time and id), so pages neither skip nor repeat posts while new ones are being made.
import { z } from "zod";
import { commaListSchema } from "@/lib/schemas/comma-list";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PostStatus } from "@/lib/generated/prisma/enums";
import { instantSchema } from "@/lib/schemas/posts";
import { ApiProblem, validationProblem } from "../problem";
import { isResourceId, resourceIdSchema } from "../resource-id";
import type { PostResource } from "../schemas/post-resource";
import { postResourceSelect, toPostResource } from "./to-post-resource";

const statuses = Object.values(PostStatus)
  .filter((status) => status !== "ARCHIVED")
  .map((status) => status.toLowerCase()) as [string, ...string[]];

export const listPostsQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: "limit is a whole number from 1 to 100." })
    .int("limit is a whole number from 1 to 100.")
    .min(1, "limit is a whole number from 1 to 100.")
    .max(100, "limit is a whole number from 1 to 100.")
    .default(25),
  cursor: z.string().max(200).optional().meta({ description: "next_cursor of the previous page." }),
  status: commaListSchema
    .pipe(z.array(z.enum(statuses, { error: `status is one or more of ${statuses.join(", ")}.` })))
    .optional()
    .meta({ description: `Comma-separated: ${statuses.join(", ")}.` }),
  channel_id: resourceIdSchema.optional(),
  scheduled_after: instantSchema.optional(),
  scheduled_before: instantSchema.optional(),
});

export type ListPostsQuery = z.output<typeof listPostsQuerySchema>;

export function parseListQuery(url: URL): ListPostsQuery {
  const raw = Object.fromEntries(url.searchParams.entries());
  const parsed = listPostsQuerySchema.safeParse(raw);
  if (!parsed.success) {
    // Query parameters are named as they are written, not as JSON Pointers.
    const problem = validationProblem(parsed.error);
    const errors = problem.errors?.map((field) => ({ ...field, pointer: field.pointer.split("/")[1] ?? "" }));
    const first = errors?.[0];
    throw new ApiProblem(
      "validation-failed",
      errors?.length === 1 && first ? `${first.pointer}: ${first.detail}` : problem.message,
      { errors },
    );
  }
  return parsed.data;
}

function encodeCursor(post: { createdAt: Date; id: string }): string {
  return Buffer.from(`${post.createdAt.toISOString()}|${post.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [time, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(time ?? "");
  if (!id || !isResourceId(id) || !instantSchema.safeParse(time).success)
    throw new ApiProblem(
      "validation-failed",
      "cursor: Not a cursor from this API; pass next_cursor as it came.",
      {
        errors: [{ pointer: "cursor", detail: "Not a cursor from this API." }],
      },
    );
  return { createdAt, id };
}

export async function listApiPosts(
  workspaceId: string,
  query: ListPostsQuery,
): Promise<{ data: PostResource[]; next_cursor: string | null }> {
  const db = await getDb();
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const where: Prisma.PostWhereInput = {
    workspaceId,
    status: query.status
      ? { in: query.status.map((status) => status.toUpperCase() as PostStatus) }
      : { not: "ARCHIVED" },
    ...(query.channel_id ? { targets: { some: { channelId: query.channel_id } } } : {}),
    ...(query.scheduled_after || query.scheduled_before
      ? {
          scheduledAt: {
            ...(query.scheduled_after ? { gte: new Date(query.scheduled_after) } : {}),
            ...(query.scheduled_before ? { lt: new Date(query.scheduled_before) } : {}),
          },
        }
      : {}),
    ...(after
      ? {
          OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
        }
      : {}),
  };
  const rows = await db.post.findMany({
    where,
    select: postResourceSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toPostResource),
    next_cursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
