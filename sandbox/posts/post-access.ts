// Who may write and read which posts (doc §5.3, §7): member authors need w_member_social and must
// be the token's member; organization authors need w_organization_social and an APPROVED
// ADMINISTRATOR, CONTENT_ADMINISTRATOR or DIRECT_SPONSORED_CONTENT_POSTER role. Reads need
// r_member_social (own posts) or r_organization_social (Pages the member holds a role on).
import type { RequestContext } from "../http/context";
import type { ApiError } from "../http/errors";
import { canPostAsOrganization, memberForUrn } from "../orgs/permissions";
import { accessDeniedFor, requireMember, requireScope } from "../rest/require-scope";
import type { SandboxPost } from "../state";
import { hasApprovedRole, ORG_ROLES, parseOrganizationUrn } from "../world";

export const PERSON_URN = /^urn:li:person:[A-Za-z0-9_-]{1,64}$/;
export const ORGANIZATION_URN = /^urn:li:organization:\d{1,18}$/;

/** Throws 403 ACCESS_DENIED unless the caller may create, edit or delete posts as `author`. */
export function authorizeAuthor(ctx: RequestContext, author: string, operation?: string): void {
  if (ORGANIZATION_URN.test(author)) {
    requireScope(ctx, "w_organization_social", operation);
    const { memberUrn } = requireMember(ctx, operation);
    if (!canPostAsOrganization(ctx.state, memberUrn, author)) throw accessDeniedFor(ctx, operation);
    return;
  }
  requireScope(ctx, "w_member_social", operation);
  const { memberUrn } = requireMember(ctx, operation);
  if (author !== memberUrn) throw accessDeniedFor(ctx, operation);
}

/** The 403 a read of `author`'s posts gets, or undefined when it is allowed. */
export function readDenial(ctx: RequestContext, author: string, operation?: string): ApiError | undefined {
  const auth = ctx.auth;
  if (!auth?.memberUrn || !auth.member) return accessDeniedFor(ctx, operation);
  const orgId = parseOrganizationUrn(author);
  if (orgId !== undefined) {
    const member = memberForUrn(ctx.state, auth.memberUrn);
    const allowed =
      auth.scopes.includes("r_organization_social") &&
      member !== undefined &&
      hasApprovedRole(ctx.state.world, member.id, orgId, ORG_ROLES);
    return allowed ? undefined : accessDeniedFor(ctx, operation);
  }
  const allowed = auth.scopes.includes("r_member_social") && author === auth.memberUrn;
  return allowed ? undefined : accessDeniedFor(ctx, operation);
}

export function canReadPost(
  ctx: RequestContext,
  post: SandboxPost,
  operation?: string,
): ApiError | undefined {
  return readDenial(ctx, post.author, operation);
}
