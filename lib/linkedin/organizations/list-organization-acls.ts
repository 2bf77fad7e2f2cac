// The caller's roles on organization Pages: `GET /rest/organizationAcls?q=roleAssignee`
// (doc §5.1), every page of results. APPROVED only by default: requested, rejected and revoked
// roles allow nothing.
import type { LinkedInClient } from "../http/linkedin-client";
import { isOrganizationUrn, parseOrganizationId, type OrganizationUrn } from "../urns";
import type { AclState, OrganizationRole } from "./organization-roles";
import { aclFinderSchema } from "./organization-schemas";

export const ACL_SCOPES = ["rw_organization_admin", "r_organization_admin"] as const;
export const ACL_PAGE_SIZE = 100;
/** A safety stop: 100 pages of 100 roles is far beyond any real member. */
const MAX_PAGES = 100;

export interface OrganizationAcl {
  organizationUrn: OrganizationUrn;
  organizationId: number;
  role: OrganizationRole | (string & {});
  state: AclState | (string & {});
  roleAssigneeUrn: string;
}

export interface ListOrganizationAclsInput {
  /** Default APPROVED; "ANY" lists every state (to explain pending or revoked roles). */
  state?: AclState | "ANY";
  role?: OrganizationRole;
  pageSize?: number;
}

export async function listOrganizationAcls(
  client: LinkedInClient,
  input: ListOrganizationAclsInput = {},
): Promise<OrganizationAcl[]> {
  const state = input.state ?? "APPROVED";
  const count = input.pageSize ?? ACL_PAGE_SIZE;
  const acls: OrganizationAcl[] = [];
  let start = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await client.request({
      api: "rest",
      method: "GET",
      path: "/organizationAcls",
      restliMethod: "FINDER",
      query: {
        q: "roleAssignee",
        role: input.role,
        state: state === "ANY" ? undefined : state,
        start,
        count,
      },
      schema: aclFinderSchema,
      requiredScopes: ACL_SCOPES,
    });
    for (const element of data.elements) {
      const acl = toAcl(element);
      // Filter again in case a gateway ignores `state`; skip elements missing fields (pitfall §15.8).
      if (acl && (state === "ANY" || acl.state === state)) acls.push(acl);
    }
    const received = data.elements.length;
    start += received;
    const total = data.paging?.total;
    const hasNext = data.paging?.links?.some((link) => link.rel === "next") ?? false;
    const more = hasNext || (total !== undefined ? start < total : received >= count);
    if (received === 0 || !more) break;
  }
  return acls;
}

function toAcl(element: {
  roleAssignee?: string;
  state?: string;
  role?: string;
  organization?: string;
  organizationTarget?: string;
  organizationalTarget?: string;
}): OrganizationAcl | null {
  const urn = element.organization ?? element.organizationTarget ?? element.organizationalTarget;
  const id = urn === undefined ? null : parseOrganizationId(urn);
  if (!urn || !isOrganizationUrn(urn) || id === null || !element.role || !element.state) return null;
  return {
    organizationUrn: urn,
    organizationId: id,
    role: element.role,
    state: element.state,
    roleAssigneeUrn: element.roleAssignee ?? "",
  };
}
