// POST /rest/posts/{urn} with X-RestLi-Method: PARTIAL_UPDATE (doc §7.4) and DELETE /rest/posts/{urn}
// (§7.5): both 204, author only. Generated history posts can be edited and deleted too: the change
// is kept in a small overlay (history/history-overlay.ts) since the post itself is not stored.
import type { RequestContext } from "../http/context";
import { badRequest } from "../http/errors";
import { recordHistoryChange } from "../history/history-overlay";
import { empty, type Reply } from "../http/reply";
import { invalidField } from "./post-content";
import { authorizeAuthor } from "./post-access";
import { postUrnKey, requireLivePost } from "./read-posts";
import { acceptCommentary } from "./validate-post";

/** Fields a PARTIAL_UPDATE may `$set` (LinkedIn's example shows commentary and contentCallToActionLabel). */
export const UPDATABLE_FIELDS = ["commentary", "contentCallToActionLabel", "contentLandingPage"] as const;
/** Fields a PARTIAL_UPDATE may `$unset`. */
const UNSETTABLE_FIELDS = ["contentCallToActionLabel", "contentLandingPage"] as const;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

export function partialUpdatePost(ctx: RequestContext): Reply {
  const post = requireLivePost(ctx.state, postUrnKey(ctx));
  authorizeAuthor(ctx, post.author);

  const body = ctx.body;
  if (!isRecord(body) || !isRecord(body.patch))
    throw badRequest('A PARTIAL_UPDATE body must be {"patch":{"$set":{…}}}');
  const { $set = {}, $unset = [], ...other } = body.patch;
  const unknownOps = Object.keys(other);
  if (unknownOps.length > 0)
    throw badRequest(`Unsupported patch operation(s): ${unknownOps.join(", ")}; use $set or $unset`);
  if (!isRecord($set)) throw badRequest('"$set" must be an object');
  if (!Array.isArray($unset) || $unset.some((f) => typeof f !== "string"))
    throw badRequest('"$unset" must be an array of field names');

  for (const field of Object.keys($set)) {
    if (!(UPDATABLE_FIELDS as readonly string[]).includes(field))
      throw invalidField(
        field,
        `cannot be changed with PARTIAL_UPDATE (updatable: ${UPDATABLE_FIELDS.join(", ")})`,
      );
    if (typeof $set[field] !== "string") throw invalidField(field, "must be a string");
  }
  for (const field of $unset as string[]) {
    if (!(UNSETTABLE_FIELDS as readonly string[]).includes(field))
      throw invalidField(field, `cannot be removed with PARTIAL_UPDATE`);
  }
  if (Object.keys($set).length === 0 && ($unset as string[]).length === 0)
    throw badRequest("The patch changes nothing: $set and $unset are empty");

  if (typeof $set.commentary === "string") post.commentary = acceptCommentary(ctx.state, $set.commentary);
  if (typeof $set.contentCallToActionLabel === "string")
    post.contentCallToActionLabel = $set.contentCallToActionLabel;
  if (typeof $set.contentLandingPage === "string") post.contentLandingPage = $set.contentLandingPage;
  for (const field of $unset as (typeof UNSETTABLE_FIELDS)[number][]) delete post[field];
  post.isEditedByAuthor = true;
  post.lastModifiedAt = ctx.now();
  recordHistoryChange(ctx.state, post);
  return empty(204);
}

export function deletePost(ctx: RequestContext): Reply {
  const post = requireLivePost(ctx.state, postUrnKey(ctx));
  authorizeAuthor(ctx, post.author);
  post.deletedAt = ctx.now();
  post.lastModifiedAt = ctx.now();
  recordHistoryChange(ctx.state, post);
  return empty(204);
}
