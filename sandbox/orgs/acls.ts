// /rest/organizationAcls (doc §5.1): finders `roleAssignee` (the caller's roles) and
// `organization` (all roles on a Page the caller administers), with role/state filters and
// paging; BATCH_CREATE and BATCH_PARTIAL_UPDATE so demos can approve a pending request.
import type { RequestContext } from "../http/context";
import { badRequest, invalidParam, linkedinError, notFound, type ApiError } from "../http/errors";
import { json, type Reply } from "../http/reply";
import { requireMember, requireScope, accessDeniedFor } from "../rest/require-scope";
import { formatRestliKey } from "../restli/encode";
import { parseRestliValue, type RestliValue } from "../restli/parse";
import {
  finderResponse,
  listParam,
  optionalStringParam,
  project,
  readPaging,
  stringParam,
} from "../restli/responses";
import {
  ACL_STATES,
  findOrganization,
  ORG_ROLES,
  parseOrganizationUrn,
  type AclState,
  type OrgRole,
  type SandboxAcl,
} from "../world";
import { aclView } from "./org-view";
import { isOrgAdmin, memberForUrn } from "./permissions";

export const ACL_READ_SCOPES = ["rw_organization_admin", "r_organization_admin"] as const;

function enumParam<T extends string>(ctx: RequestContext, name: string, values: readonly T[]): T | undefined {
  const value = optionalStringParam(ctx, name);
  if (value !== undefined && !values.includes(value as T)) {
    throw invalidParam(
      `Invalid value for parameter "${name}": ${value} (expected one of ${values.join(", ")})`,
    );
  }
  return value as T | undefined;
}

function organizationIdParam(ctx: RequestContext, name: string): number {
  const urn = stringParam(ctx, name);
  const id = parseOrganizationUrn(urn);
  if (id === undefined) throw badRequest(`Invalid URN for parameter "${name}": ${urn}`, "INVALID_URN_ID");
  return id;
}

export function getOrganizationAcls(ctx: RequestContext): Reply {
  const q = ctx.query.q;
  if (q !== "roleAssignee" && q !== "organization") {
    throw badRequest(
      q === undefined
        ? 'Missing required parameter "q": use q=roleAssignee or q=organization'
        : `Unsupported finder q=${typeof q === "string" ? q : "?"}: use roleAssignee or organization`,
    );
  }
  const { member, clientId } = requireMember(ctx);
  requireScope(ctx, ACL_READ_SCOPES);
  const role = enumParam(ctx, "role", ORG_ROLES);
  const state = enumParam(ctx, "state", ACL_STATES);
  const paging = readPaging(ctx);

  let acls: SandboxAcl[];
  if (q === "roleAssignee") {
    acls = ctx.state.world.acls.filter((a) => a.memberId === member.id);
  } else {
    const orgId = organizationIdParam(ctx, "organization");
    // Only a Page's administrators may list its roles; an unknown Page looks the same.
    if (!isOrgAdmin(ctx.state, member.id, orgId)) throw accessDeniedFor(ctx);
    acls = ctx.state.world.acls.filter((a) => a.organizationId === orgId);
  }
  const filtered = acls.filter(
    (a) => (role === undefined || a.role === role) && (state === undefined || a.state === state),
  );
  return json(
    200,
    project(
      ctx,
      finderResponse(
        ctx,
        filtered.map((a) => aclView(a, clientId)),
        paging,
      ),
    ),
  );
}

type BatchCreateResult = { status: number; id?: string; error?: { status: number; message: string } };

const elementError = (error: ApiError): BatchCreateResult => {
  const { status, message } = error.body as { status: number; message: string };
  return { status, error: { status, message } };
};

export function postOrganizationAcls(ctx: RequestContext): Reply {
  const { member } = requireMember(ctx);
  requireScope(ctx, "rw_organization_admin");
  return ctx.restliMethod === "BATCH_CREATE"
    ? batchCreate(ctx, member.id)
    : batchPartialUpdate(ctx, member.id);
}

function batchCreate(ctx: RequestContext, callerId: string): Reply {
  const body = ctx.body as { elements?: unknown } | undefined;
  if (!body || typeof body !== "object" || !Array.isArray(body.elements)) {
    throw badRequest('BATCH_CREATE needs a body {"elements": [...]}');
  }
  const results = body.elements.map((element): BatchCreateResult => {
    const e = (element ?? {}) as Record<string, unknown>;
    const orgId = typeof e.organization === "string" ? parseOrganizationUrn(e.organization) : undefined;
    const assignee = typeof e.roleAssignee === "string" ? memberForUrn(ctx.state, e.roleAssignee) : undefined;
    const role = e.role as OrgRole;
    const state = (e.state ?? "APPROVED") as AclState;
    if (orgId === undefined || !findOrganization(ctx.state.world, orgId))
      return elementError(badRequest("Invalid organization", "INVALID_URN_ID"));
    if (!assignee) return elementError(badRequest("Invalid roleAssignee", "INVALID_URN_ID"));
    if (!ORG_ROLES.includes(role)) return elementError(invalidParam(`Invalid role: ${String(e.role)}`));
    if (!ACL_STATES.includes(state)) return elementError(invalidParam(`Invalid state: ${String(e.state)}`));
    if (!isOrgAdmin(ctx.state, callerId, orgId)) return elementError(accessDeniedFor(ctx, "BATCH_CREATE"));
    const exists = ctx.state.world.acls.some(
      (a) => a.organizationId === orgId && a.memberId === assignee.id && a.role === role,
    );
    if (exists) return elementError(linkedinError(409, "The role assignment already exists"));
    ctx.state.world.acls.push({ organizationId: orgId, memberId: assignee.id, role, state });
    return {
      status: 201,
      id: formatRestliKey({
        organization: e.organization as string,
        role,
        roleAssignee: e.roleAssignee as string,
      }),
    };
  });
  return json(200, { elements: results });
}

/** Records compare by content, whatever the field order or encoding the client used. */
const canonical = (value: RestliValue): string =>
  typeof value === "string"
    ? JSON.stringify(value)
    : Array.isArray(value)
      ? `[${value.map(canonical).join(",")}]`
      : `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical(value[k] as RestliValue)}`)
          .join(",")}}`;

const ALLOWED_TRANSITIONS: Record<AclState, readonly AclState[]> = {
  REQUESTED: ["APPROVED", "REJECTED"],
  APPROVED: ["REVOKED"],
  REJECTED: [],
  REVOKED: [],
};

function batchPartialUpdate(ctx: RequestContext, callerId: string): Reply {
  const ids = listParam(ctx, "ids");
  const body = ctx.body as { entities?: unknown } | undefined;
  if (!body || typeof body !== "object" || body.entities === null || typeof body.entities !== "object") {
    throw badRequest('BATCH_PARTIAL_UPDATE needs a body {"entities": {"<key>": {"patch": {"$set": {...}}}}}');
  }
  const patches = new Map<string, unknown>();
  for (const [key, patch] of Object.entries(body.entities as Record<string, unknown>)) {
    try {
      patches.set(canonical(parseRestliValue(key)), patch);
    } catch {
      throw badRequest(`Invalid entity key in body: ${key}`);
    }
  }
  const results: Record<string, { status: number }> = {};
  const errors: Record<string, { status: number; message: string }> = {};
  for (const id of ids) {
    const name = formatRestliKey(id);
    const fail = (error: ApiError) => {
      const { status, message } = error.body as { status: number; message: string };
      errors[name] = { status, message };
    };
    if (typeof id !== "object" || Array.isArray(id)) {
      fail(badRequest("Keys must be (organization:…,role:…,roleAssignee:…)"));
      continue;
    }
    const orgId = typeof id.organization === "string" ? parseOrganizationUrn(id.organization) : undefined;
    const assignee =
      typeof id.roleAssignee === "string" ? memberForUrn(ctx.state, id.roleAssignee) : undefined;
    const acl = ctx.state.world.acls.find(
      (a) => a.organizationId === orgId && a.memberId === assignee?.id && a.role === id.role,
    );
    if (!acl || orgId === undefined) {
      fail(notFound(`No role assignment for ${name}`));
      continue;
    }
    if (!isOrgAdmin(ctx.state, callerId, orgId)) {
      fail(accessDeniedFor(ctx, "BATCH_PARTIAL_UPDATE"));
      continue;
    }
    const patch = patches.get(canonical(id)) as { patch?: { $set?: { state?: unknown } } } | undefined;
    const next = patch?.patch?.$set?.state;
    if (typeof next !== "string" || !ACL_STATES.includes(next as AclState)) {
      fail(
        badRequest(
          `Missing or invalid patch for ${name}: expected {"patch":{"$set":{"state":"APPROVED|REJECTED|REVOKED"}}}`,
        ),
      );
      continue;
    }
    if (next !== acl.state && !ALLOWED_TRANSITIONS[acl.state].includes(next as AclState)) {
      fail(badRequest(`Invalid state transition ${acl.state} → ${next}`));
      continue;
    }
    acl.state = next as AclState;
    results[name] = { status: 204 };
  }
  return json(200, { results, errors });
}
