// Scope checks with LinkedIn's 403 body (doc §13.2): "Not enough permissions to access:
// {resource}.{OPERATION}.{version}", e.g. `organizationAcls.FINDER-roleAssignee.20260101`.
import type { RequestContext } from "../http/context";
import { accessDenied, ApiError } from "../http/errors";
import { normalizeVersion } from "./version";
import { missingTokenError } from "./auth";

/** The `{resource}.{OPERATION}.{version}` label of the current request. */
export function permissionLabel(
  ctx: Pick<RequestContext, "route" | "operation" | "version">,
  operation?: string,
): string {
  const version = ctx.version ? normalizeVersion(ctx.version.trim()) : "NO_VERSION";
  return `${ctx.route.resource}.${operation ?? ctx.operation}.${version}`;
}

export function accessDeniedFor(
  ctx: Pick<RequestContext, "route" | "operation" | "version">,
  operation?: string,
): ApiError {
  return accessDenied(permissionLabel(ctx, operation));
}

/** Throws 403 ACCESS_DENIED unless the token holds at least one of `anyOf`. Returns the auth for convenience. */
export function requireScope(ctx: RequestContext, anyOf: string | readonly string[], operation?: string) {
  const auth = ctx.auth;
  if (!auth) throw missingTokenError();
  const wanted = typeof anyOf === "string" ? [anyOf] : anyOf;
  if (!wanted.some((scope) => auth.scopes.includes(scope))) throw accessDeniedFor(ctx, operation);
  return auth;
}

/** Throws 403 ACCESS_DENIED for 2-legged tokens on member-only resources; returns the member. */
export function requireMember(ctx: RequestContext, operation?: string) {
  const auth = ctx.auth;
  if (!auth) throw missingTokenError();
  if (!auth.member || !auth.memberUrn) throw accessDeniedFor(ctx, operation);
  return { ...auth, member: auth.member, memberUrn: auth.memberUrn };
}
