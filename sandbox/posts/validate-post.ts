// Validation of a create body (doc §7.1, checklist 17): author, visibility, distribution,
// lifecycleState, commentary (≤ 3,000 characters), content and reshareContext. Failures are 400s
// naming the field; author ownership is checked separately (post-access.ts).
import { badRequest } from "../http/errors";
import type { PostLifecycleState, SandboxPost, SandboxState } from "../state";
import { invalidField, validateContent, validateReshareContext } from "./post-content";
import { ORGANIZATION_URN, PERSON_URN } from "./post-access";
import { truncateLittleText } from "./little-text";

export const VISIBILITIES = ["PUBLIC", "CONNECTIONS", "LOGGED_IN", "CONTAINER"] as const;
export const FEED_DISTRIBUTIONS = ["MAIN_FEED", "NONE"] as const;
export const CREATE_LIFECYCLE_STATES = ["PUBLISHED", "DRAFT"] as const;

export type PostInput = Pick<
  SandboxPost,
  | "author"
  | "commentary"
  | "visibility"
  | "distribution"
  | "content"
  | "reshareContext"
  | "isReshareDisabledByAuthor"
> & { lifecycleState: Extract<PostLifecycleState, "PUBLISHED" | "DRAFT"> };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (value === undefined || value === null) throw invalidField(field, "is required");
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value))
    throw invalidField(field, `must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
  return value as T;
}

/** Code points, so an emoji counts as one character. */
export const characterCount = (text: string) => [...text].length;

/** Length check plus the optional silent truncation of §7.7. */
export function acceptCommentary(state: SandboxState, commentary: string): string {
  const max = state.config.posts.maxCommentaryLength;
  const length = characterCount(commentary);
  if (length > max) throw invalidField("commentary", `must be at most ${max} characters, got ${length}`);
  return state.config.posts.commentary === "truncate" ? truncateLittleText(commentary) : commentary;
}

/** The body's `author`, checked for shape only (ownership is post-access.ts's job). */
export function readAuthor(body: unknown): string {
  if (!isRecord(body)) throw badRequest("The request body must be a JSON object describing the post");
  const author = body.author;
  if (typeof author !== "string" || author === "") throw invalidField("author", "is required");
  if (!ORGANIZATION_URN.test(author) && !PERSON_URN.test(author)) {
    throw badRequest(
      `Invalid value for field "author": expected urn:li:person:{id} or urn:li:organization:{id}, got "${author}"`,
      "INVALID_URN_ID",
    );
  }
  return author;
}

export function validatePostInput(state: SandboxState, body: unknown): PostInput {
  const author = readAuthor(body);
  if (!isRecord(body)) throw badRequest("The request body must be a JSON object describing the post");
  const isOrganization = ORGANIZATION_URN.test(author);

  const visibility = oneOf(body.visibility, VISIBILITIES, "visibility");
  if (visibility === "CONNECTIONS" && isOrganization)
    throw invalidField("visibility", "CONNECTIONS is only available to member authors");
  if (visibility === "CONTAINER")
    throw invalidField("visibility", "CONTAINER (group) posts are not supported by the sandbox");

  if (!isRecord(body.distribution)) throw invalidField("distribution", "is required");
  const distribution = body.distribution;
  const feedDistribution = oneOf(
    distribution.feedDistribution,
    FEED_DISTRIBUTIONS,
    "distribution.feedDistribution",
  );
  for (const key of ["targetEntities", "thirdPartyDistributionChannels"] as const) {
    if (distribution[key] !== undefined && !Array.isArray(distribution[key]))
      throw invalidField(`distribution.${key}`, "must be an array");
  }

  const lifecycleState = oneOf(body.lifecycleState, CREATE_LIFECYCLE_STATES, "lifecycleState");

  const reshareFlag = body.isReshareDisabledByAuthor;
  if (reshareFlag !== undefined && typeof reshareFlag !== "boolean")
    throw invalidField("isReshareDisabledByAuthor", "must be a boolean");

  const rawCommentary = body.commentary ?? "";
  if (typeof rawCommentary !== "string") throw invalidField("commentary", "must be a string");
  const commentary = acceptCommentary(state, rawCommentary);

  const hasContent = body.content !== undefined && body.content !== null;
  const hasReshare = body.reshareContext !== undefined && body.reshareContext !== null;
  if (hasContent && hasReshare) throw invalidField("content", "a reshare cannot carry its own content");
  const content = hasContent ? validateContent(state, body.content, author) : undefined;
  const reshareContext = hasReshare ? validateReshareContext(state, body.reshareContext) : undefined;
  if (!hasContent && !hasReshare && rawCommentary.trim() === "")
    throw invalidField("commentary", "a post needs commentary, content or reshareContext");

  return {
    author,
    commentary,
    visibility,
    distribution: {
      feedDistribution,
      ...(distribution.targetEntities === undefined
        ? {}
        : { targetEntities: distribution.targetEntities as unknown[] }),
      ...(distribution.thirdPartyDistributionChannels === undefined
        ? {}
        : { thirdPartyDistributionChannels: distribution.thirdPartyDistributionChannels as unknown[] }),
    },
    lifecycleState,
    isReshareDisabledByAuthor: reshareFlag ?? false,
    ...(content ? { content } : {}),
    ...(reshareContext ? { reshareContext } : {}),
  };
}
