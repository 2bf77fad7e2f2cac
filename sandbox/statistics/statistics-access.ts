// Shared parameter and permission checks of the organization statistics finders (doc §12): q must
// be organizationalEntity; the caller needs rw_organization_admin and an APPROVED ADMINISTRATOR role.
import type { RequestContext } from "../http/context";
import { badRequest, invalidParam } from "../http/errors";
import { canReadOrgStatistics } from "../orgs/permissions";
import { accessDeniedFor, requireMember, requireScope } from "../rest/require-scope";
import { stringParam } from "../restli/responses";
import { parseOrganizationUrn } from "../world";

/** Returns the organization URN the caller may read statistics of, or throws 400/403. */
export function authorizeOrgStatistics(ctx: RequestContext): string {
  const q = stringParam(ctx, "q");
  if (q !== "organizationalEntity")
    throw invalidParam(`Unknown finder "q=${q}"; this resource supports q=organizationalEntity`);
  const org = stringParam(ctx, "organizationalEntity");
  if (parseOrganizationUrn(org) === undefined)
    throw badRequest(
      `Invalid value for parameter "organizationalEntity": "${org}" is not an organization URN`,
      "INVALID_URN_ID",
    );
  requireScope(ctx, "rw_organization_admin");
  const { memberUrn } = requireMember(ctx);
  if (!canReadOrgStatistics(ctx.state, memberUrn, org)) throw accessDeniedFor(ctx);
  return org;
}

/** Paging as LinkedIn sends it on these finders (§12.3): every element in one response. */
export const STATISTICS_PAGING = { count: 10, start: 0, links: [] as unknown[] };
