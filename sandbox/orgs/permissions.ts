// Who may act for an organization (doc §5.3): posting needs an APPROVED ADMINISTRATOR,
// CONTENT_ADMINISTRATOR or DIRECT_SPONSORED_CONTENT_POSTER role; statistics and the admin view of
// /organizations need an APPROVED ADMINISTRATOR. Scopes are checked separately with requireScope().
import { SANDBOX_CLIENT_ID } from "../seed";
import type { SandboxState } from "../state";
import {
  hasApprovedRole,
  parseOrganizationUrn,
  resolvePersonUrn,
  type OrgRole,
  type SandboxMember,
} from "../world";

export const ORG_POSTING_ROLES: readonly OrgRole[] = [
  "ADMINISTRATOR",
  "CONTENT_ADMINISTRATOR",
  "DIRECT_SPONSORED_CONTENT_POSTER",
];
export const ORG_STATISTICS_ROLES: readonly OrgRole[] = ["ADMINISTRATOR"];
/** Roles that see the full /rest/organizations entity; others get 403 and must use organizationsLookup. */
export const ORG_ADMIN_VIEW_ROLES: readonly OrgRole[] = ["ADMINISTRATOR"];

/** Resolves `urn:li:person:{id}` in any app's id space to the seeded member. */
export function memberForUrn(state: SandboxState, memberUrn: string): SandboxMember | undefined {
  return resolvePersonUrn(state.world, memberUrn, Object.keys(state.config.apps), SANDBOX_CLIENT_ID);
}

function hasRoleOn(
  state: SandboxState,
  memberUrn: string,
  orgUrn: string,
  roles: readonly OrgRole[],
): boolean {
  const member = memberForUrn(state, memberUrn);
  const orgId = parseOrganizationUrn(orgUrn);
  return member !== undefined && orgId !== undefined && hasApprovedRole(state.world, member.id, orgId, roles);
}

/** Whether the member may author posts (and upload media) as the organization. */
export function canPostAsOrganization(state: SandboxState, memberUrn: string, orgUrn: string): boolean {
  return hasRoleOn(state, memberUrn, orgUrn, ORG_POSTING_ROLES);
}

/** Whether the member may read the organization's share and follower statistics. */
export function canReadOrgStatistics(state: SandboxState, memberUrn: string, orgUrn: string): boolean {
  return hasRoleOn(state, memberUrn, orgUrn, ORG_STATISTICS_ROLES);
}

export function isOrgAdmin(state: SandboxState, memberId: string, organizationId: number): boolean {
  return hasApprovedRole(state.world, memberId, organizationId, ORG_ADMIN_VIEW_ROLES);
}
