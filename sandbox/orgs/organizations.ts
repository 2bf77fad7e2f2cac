// /rest/organizations and /rest/organizationsLookup (doc §5.4): get, batch get with per-id 403s
// for Pages the caller does not administer, finders (vanityName, emailDomain, parentOrganization),
// and the limited non-admin lookup view.
import type { RequestContext } from "../http/context";
import { badRequest, invalidParam, linkedinError, notFound } from "../http/errors";
import { json, type Reply } from "../http/reply";
import { requireMember, requireScope } from "../rest/require-scope";
import type { RestliValue } from "../restli/parse";
import { wantsDecoration } from "../restli/projection";
import {
  batchResponse,
  finderResponse,
  listParam,
  project,
  projectionOf,
  readPaging,
  stringParam,
  stringPathKey,
  type BatchItem,
} from "../restli/responses";
import { findOrganization, parseOrganizationUrn, type SandboxOrganization } from "../world";
import { organizationAdminView, organizationLookupView } from "./org-view";
import { isOrgAdmin } from "./permissions";

export const ORG_READ_SCOPES = ["rw_organization_admin", "r_organization_admin", "r_compliance"] as const;

export const adminOnlyError = (orgId: number) =>
  linkedinError(
    403,
    `Viewer don't have permission to the ADMIN_ONLY VisibilityReduction for urn:li:organization:${orgId}`,
  );

const organizationNotFound = (orgId: number | string) =>
  notFound(`Organization urn:li:organization:${orgId} does not exist`);

function parseId(key: RestliValue): number {
  if (typeof key !== "string" || !/^\d{1,18}$/.test(key)) {
    throw invalidParam(`Invalid organization id: ${typeof key === "string" ? key : "(compound value)"}`);
  }
  return Number(key);
}

function caller(ctx: RequestContext) {
  const auth = requireMember(ctx);
  requireScope(ctx, ORG_READ_SCOPES);
  return auth;
}

const decorate = (ctx: RequestContext) => wantsDecoration(projectionOf(ctx), "original~");

/** Admin view when the caller administers the Page, otherwise the 403 LinkedIn answers. */
function adminItem(
  ctx: RequestContext,
  memberId: string,
  orgId: number,
): BatchItem<ReturnType<typeof organizationAdminView>> {
  const org = findOrganization(ctx.state.world, orgId);
  if (!org) return { error: organizationNotFound(orgId) };
  if (!isOrgAdmin(ctx.state, memberId, orgId)) return { error: adminOnlyError(orgId) };
  return { entity: organizationAdminView(ctx.baseUrl, org, decorate(ctx)) };
}

export function getOrganization(ctx: RequestContext): Reply {
  const { member } = caller(ctx);
  const item = adminItem(ctx, member.id, parseId(stringPathKey(ctx, "id")));
  if ("error" in item) throw item.error;
  return json(200, project(ctx, item.entity));
}

export function getOrganizations(ctx: RequestContext): Reply {
  const { member } = caller(ctx);
  if (ctx.query.ids !== undefined) {
    const ids = listParam(ctx, "ids").map(parseId);
    return json(
      200,
      project(
        ctx,
        batchResponse(ids, (id) => adminItem(ctx, member.id, id)),
      ),
    );
  }
  const q = ctx.query.q;
  let matches: SandboxOrganization[];
  const orgs = ctx.state.world.organizations;
  if (q === "vanityName") {
    const vanityName = stringParam(ctx, "vanityName").toLowerCase();
    matches = orgs.filter((o) => o.vanityName.toLowerCase() === vanityName);
  } else if (q === "emailDomain") {
    const domain = stringParam(ctx, "emailDomain").toLowerCase();
    matches = orgs.filter((o) => o.emailDomain === domain);
  } else if (q === "parentOrganization") {
    const parentUrn = stringParam(ctx, "parent");
    const parentId = parseOrganizationUrn(parentUrn);
    if (parentId === undefined)
      throw badRequest(`Invalid URN for parameter "parent": ${parentUrn}`, "INVALID_URN_ID");
    matches = orgs.filter((o) => o.parentId === parentId);
  } else {
    throw badRequest("Use ids=List(...) or a finder: q=vanityName, q=emailDomain or q=parentOrganization");
  }
  // Finders answer for any Page; only administrators see the admin fields.
  const elements = matches.map((o) =>
    isOrgAdmin(ctx.state, member.id, o.id)
      ? organizationAdminView(ctx.baseUrl, o, decorate(ctx))
      : organizationLookupView(ctx.baseUrl, o, decorate(ctx)),
  );
  return json(200, project(ctx, finderResponse(ctx, elements, readPaging(ctx))));
}

function lookupItem(
  ctx: RequestContext,
  orgId: number,
): BatchItem<ReturnType<typeof organizationLookupView>> {
  const org = findOrganization(ctx.state.world, orgId);
  return org
    ? { entity: organizationLookupView(ctx.baseUrl, org, decorate(ctx)) }
    : { error: organizationNotFound(orgId) };
}

export function getOrganizationLookup(ctx: RequestContext): Reply {
  caller(ctx);
  const item = lookupItem(ctx, parseId(stringPathKey(ctx, "id")));
  if ("error" in item) throw item.error;
  return json(200, project(ctx, item.entity));
}

export function getOrganizationsLookup(ctx: RequestContext): Reply {
  caller(ctx);
  const ids = listParam(ctx, "ids").map(parseId);
  return json(
    200,
    project(
      ctx,
      batchResponse(ids, (id) => lookupItem(ctx, id)),
    ),
  );
}
