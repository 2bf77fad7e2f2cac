// The Pages a member can use in Cadence: their roles (all pages of ACLs) joined with each Page's
// name and logo, and what the roles allow. This is what the "connect Pages" screen shows.
import type { LinkedInClient } from "../http/linkedin-client";
import {
  getOrganizations,
  type LinkedInOrganization,
  type OrganizationLookupFailure,
} from "./get-organizations";
import {
  listOrganizationAcls,
  type ListOrganizationAclsInput,
  type OrganizationAcl,
} from "./list-organization-acls";
import { combineRoleAccess, type RoleAccess } from "./organization-roles";

export interface OrganizationAccess extends RoleAccess {
  organization: LinkedInOrganization;
  roles: OrganizationAcl[];
}

export async function listOrganizationAccess(
  client: LinkedInClient,
  input: Pick<ListOrganizationAclsInput, "state"> = {},
): Promise<{ pages: OrganizationAccess[]; failures: OrganizationLookupFailure[] }> {
  const acls = await listOrganizationAcls(client, input);
  const byOrganization = new Map<number, OrganizationAcl[]>();
  for (const acl of acls)
    byOrganization.set(acl.organizationId, [...(byOrganization.get(acl.organizationId) ?? []), acl]);
  const { organizations, failures } = await getOrganizations(client, { ids: [...byOrganization.keys()] });
  const pages = organizations.map((organization) => {
    const roles = byOrganization.get(organization.id) ?? [];
    return { organization, roles, ...combineRoleAccess(roles) };
  });
  return { pages, failures };
}
