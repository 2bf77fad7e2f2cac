// What a member may do on a Page, from their organization roles (doc §5.2–§5.3). Posting:
// ADMINISTRATOR, CONTENT_ADMINISTRATOR or DIRECT_SPONSORED_CONTENT_POSTER with an APPROVED role —
// filtering on ADMINISTRATOR alone hides Content admins (pitfall §15.8). Statistics: ADMINISTRATOR
// only (doc §12.1).

export const ORGANIZATION_ROLES = [
  "ADMINISTRATOR",
  "CONTENT_ADMINISTRATOR",
  "DIRECT_SPONSORED_CONTENT_POSTER",
  "RECRUITING_POSTER",
  "LEAD_CAPTURE_ADMINISTRATOR",
  "LEAD_GEN_FORMS_MANAGER",
  "ANALYST",
  "CURATOR",
] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const ACL_STATES = ["REQUESTED", "APPROVED", "REJECTED", "REVOKED"] as const;
export type AclState = (typeof ACL_STATES)[number];

export const POSTING_ROLES: readonly string[] = [
  "ADMINISTRATOR",
  "CONTENT_ADMINISTRATOR",
  "DIRECT_SPONSORED_CONTENT_POSTER",
];
export const STATISTICS_ROLES: readonly string[] = ["ADMINISTRATOR"];

export interface RoleAccess {
  canPost: boolean;
  canReadStatistics: boolean;
  /** What the member cannot do and why, in plain words; null when they can do everything. */
  reason: string | null;
}

const ROLE_LIMITS: Record<string, string> = {
  CONTENT_ADMINISTRATOR: "Content admins can post, but only Super admins can see Page statistics in Cadence.",
  DIRECT_SPONSORED_CONTENT_POSTER:
    "Sponsored content posters can post, but only Super admins can see Page statistics in Cadence.",
  ANALYST:
    "Analysts can only view analytics on LinkedIn itself: posting needs the Super admin or Content admin role, statistics in Cadence need Super admin.",
  CURATOR:
    "Curators can only recommend content to employees: posting needs the Super admin or Content admin role.",
  RECRUITING_POSTER:
    "Recruiting posters can only post jobs: posting updates needs the Super admin or Content admin role.",
  LEAD_CAPTURE_ADMINISTRATOR:
    "Lead capture admins only manage landing pages: posting needs the Super admin or Content admin role.",
  LEAD_GEN_FORMS_MANAGER:
    "Lead form managers only retrieve leads: posting needs the Super admin or Content admin role.",
};

const STATE_LIMITS: Record<string, string> = {
  REQUESTED: "Your request for this Page role is still waiting for a Super admin's approval.",
  REJECTED: "A Super admin of this Page turned down your request for this role.",
  REVOKED: "A Super admin of this Page removed this role from you.",
};

export function classifyOrganizationRole(role: string, state: string = "APPROVED"): RoleAccess {
  if (state !== "APPROVED") {
    return {
      canPost: false,
      canReadStatistics: false,
      reason: STATE_LIMITS[state] ?? `This Page role is not active (LinkedIn says "${state}").`,
    };
  }
  const canPost = POSTING_ROLES.includes(role);
  const canReadStatistics = STATISTICS_ROLES.includes(role);
  const reason =
    canPost && canReadStatistics
      ? null
      : (ROLE_LIMITS[role] ??
        `LinkedIn reports a Page role Cadence does not know ("${role}"), so Cadence will not post or read statistics with it.`);
  return { canPost, canReadStatistics, reason };
}

/** The combined access of several roles on one Page (a member can hold more than one). */
export function combineRoleAccess(roles: readonly { role: string; state: string }[]): RoleAccess {
  const each = roles.map((r) => classifyOrganizationRole(r.role, r.state));
  const canPost = each.some((a) => a.canPost);
  const canReadStatistics = each.some((a) => a.canReadStatistics);
  if (canPost && canReadStatistics) return { canPost, canReadStatistics, reason: null };
  // Explain with the most capable role's reason: it names what is still missing.
  const best = each.find((a) => a.canPost) ?? each[0];
  return { canPost, canReadStatistics, reason: best?.reason ?? "You have no role on this Page." };
}
