// Permission checks of the Images, Videos and Documents APIs (doc §8–§10): scopes first
// (403 ACCESS_DENIED), then the owner — an organization owner needs a posting role on the Page, a
// person owner must be the caller — answered with LinkedIn's official 403 body
// `{"message":"Accessing this video resource is forbidden. …","status":403}`.
import type { MediaKind } from "../config";
import type { RequestContext } from "../http/context";
import { ApiError, badRequest } from "../http/errors";
import { canPostAsOrganization } from "../orgs/permissions";
import { accessDeniedFor, requireMember, requireScope } from "../rest/require-scope";

const OWNER_URN = /^urn:li:(person|organization|sponsoredAccount):[A-Za-z0-9_-]{1,64}$/;

/** Scopes that let a caller create media for a person / an organization owner. */
const WRITE_SCOPES = {
  person: ["w_member_social", "rw_ads"],
  organization: ["w_organization_social", "rw_ads"],
} as const;

/** Scopes that let a caller read media status (§9: videos; §10: documents; images: their union). */
export const READ_SCOPES: Record<MediaKind, readonly string[]> = {
  image: [
    "w_member_social",
    "r_member_social",
    "w_organization_social",
    "r_organization_social",
    "rw_ads",
    "r_ads",
  ],
  video: ["w_organization_social", "w_member_social", "rw_ads", "r_ads"],
  document: [
    "w_organization_social",
    "r_organization_social",
    "w_member_social",
    "r_member_social",
    "rw_ads",
    "r_ads",
  ],
};

/** Scopes that make a token more than a member-only token (§15.16 switch). */
const NON_MEMBER_SCOPES = ["w_organization_social", "r_organization_social", "rw_ads", "r_ads"];

/**
 * The official body (§9, §10), field order as LinkedIn sends it. Images have no documented body;
 * the sandbox uses the same sentence with "image".
 */
export function forbiddenMedia(kind: MediaKind): ApiError {
  return new ApiError(403, {
    message: `Accessing this ${kind} resource is forbidden. Please check your permissions for this resource`,
    status: 403,
  });
}

export function parseOwner(owner: unknown, field = "initializeUploadRequest.owner"): string {
  if (typeof owner !== "string" || owner === "")
    throw badRequest(`Invalid value for field "${field}": is required`);
  if (!OWNER_URN.test(owner)) {
    throw badRequest(
      `Invalid value for field "${field}": expected urn:li:person:…, urn:li:organization:… or urn:li:sponsoredAccount:…, got "${owner}"`,
      "INVALID_URN_ID",
    );
  }
  return owner;
}

/** Whether the caller acts for `owner`: itself, or a Page it may post for. Sponsored accounts: the sandbox has none. */
function ownsMedia(ctx: RequestContext, owner: string): boolean {
  const memberUrn = ctx.auth?.memberUrn;
  if (!memberUrn) return false;
  if (owner.startsWith("urn:li:person:")) return owner === memberUrn;
  if (owner.startsWith("urn:li:organization:")) return canPostAsOrganization(ctx.state, memberUrn, owner);
  return false;
}

/** initializeUpload / finalizeUpload: write scope for the owner type, then ownership. */
export function authorizeMediaWrite(ctx: RequestContext, kind: MediaKind, owner: string): void {
  const type = owner.startsWith("urn:li:organization:") ? "organization" : "person";
  requireScope(ctx, WRITE_SCOPES[type]);
  requireMember(ctx);
  if (!ownsMedia(ctx, owner)) throw forbiddenMedia(kind);
}

/** GET / BATCH_GET: a read scope for the kind (and the §15.16 switch), then ownership. */
export function mediaReadDenial(ctx: RequestContext, kind: MediaKind, owner: string): ApiError | undefined {
  const auth = ctx.auth;
  if (!auth || !READ_SCOPES[kind].some((s) => auth.scopes.includes(s))) return accessDeniedFor(ctx);
  if (
    kind !== "video" &&
    ctx.state.config.media.memberTokenStatusReads === "deny" &&
    !NON_MEMBER_SCOPES.some((s) => auth.scopes.includes(s))
  ) {
    return accessDeniedFor(ctx);
  }
  return ownsMedia(ctx, owner) ? undefined : forbiddenMedia(kind);
}

/** Scope check for a whole request (before per-entity ownership in batch reads). */
export function requireMediaReadScope(ctx: RequestContext, kind: MediaKind): void {
  requireScope(ctx, READ_SCOPES[kind]);
}
