// The seeded world's types and the lookups every handler needs: members, organizations,
// organization ACLs, and the app-scoped ("pairwise") person ids LinkedIn hands out.
import { createHash } from "node:crypto";

export const ORG_ROLES = [
  "ADMINISTRATOR",
  "CONTENT_ADMINISTRATOR",
  "DIRECT_SPONSORED_CONTENT_POSTER",
  "RECRUITING_POSTER",
  "LEAD_CAPTURE_ADMINISTRATOR",
  "LEAD_GEN_FORMS_MANAGER",
  "ANALYST",
  "CURATOR",
] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const ACL_STATES = ["APPROVED", "REQUESTED", "REJECTED", "REVOKED"] as const;
export type AclState = (typeof ACL_STATES)[number];

export interface SandboxMember {
  /** Canonical id; also the person id the default app sees. */
  id: string;
  firstName: string;
  lastName: string;
  headline: string;
  email: string;
  emailVerified: boolean;
  locale: { country: string; language: string };
  /** Exactly one member is the default (consent page preselection, POST /_sandbox/tokens "default"). */
  isDefault: boolean;
}

export interface SandboxOrganization {
  id: number;
  name: string;
  vanityName: string;
  description: string;
  website: string;
  industry: string;
  organizationType: string;
  primaryOrganizationType: "NONE" | "BRAND" | "SCHOOL";
  staffCountRange: string;
  foundedYear: number;
  emailDomain: string;
  city: string;
  country: string;
  postalCode: string;
  line1: string;
  specialties: string[];
  parentId: number | null;
  /** Background colour of the generated logo. */
  color: string;
  followerCount: number;
}

export interface SandboxAcl {
  organizationId: number;
  memberId: string;
  role: OrgRole;
  state: AclState;
}

export interface SandboxWorld {
  members: SandboxMember[];
  organizations: SandboxOrganization[];
  acls: SandboxAcl[];
}

export const organizationUrn = (id: number) => `urn:li:organization:${id}`;

export function findMember(world: SandboxWorld, id: string): SandboxMember | undefined {
  return world.members.find((m) => m.id === id);
}

export function defaultMember(world: SandboxWorld): SandboxMember {
  const member = world.members.find((m) => m.isDefault) ?? world.members[0];
  if (!member) throw new Error("The sandbox world has no members");
  return member;
}

export function findOrganization(world: SandboxWorld, id: number): SandboxOrganization | undefined {
  return world.organizations.find((o) => o.id === id);
}

/** Parses `urn:li:organization:{n}` (strictly numeric) → n. */
export function parseOrganizationUrn(urn: string): number | undefined {
  const match = /^urn:li:organization:(\d{1,18})$/.exec(urn);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * LinkedIn member ids are per application: the same person has a different id (and OIDC `sub`)
 * in every app. The default app sees the canonical id; other apps a stable derived one.
 */
export function personIdFor(memberId: string, clientId: string, defaultClientId: string): string {
  if (clientId === defaultClientId) return memberId;
  const digest = createHash("sha256").update(`${clientId}|${memberId}`).digest("base64url");
  return digest.replace(/[-_]/g, "").slice(0, 10);
}

export function personUrnFor(memberId: string, clientId: string, defaultClientId: string): string {
  return `urn:li:person:${personIdFor(memberId, clientId, defaultClientId)}`;
}

/** Resolves `urn:li:person:{id}` in any app's id space (canonical first) to the member. */
export function resolvePersonUrn(
  world: SandboxWorld,
  urn: string,
  clientIds: readonly string[],
  defaultClientId: string,
): SandboxMember | undefined {
  const match = /^urn:li:person:([A-Za-z0-9_-]{1,64})$/.exec(urn);
  if (!match?.[1]) return undefined;
  const personId = match[1];
  const direct = findMember(world, personId);
  if (direct) return direct;
  return world.members.find((m) => clientIds.some((c) => personIdFor(m.id, c, defaultClientId) === personId));
}

export function aclsOfMember(world: SandboxWorld, memberId: string): SandboxAcl[] {
  return world.acls.filter((a) => a.memberId === memberId);
}

export function hasApprovedRole(
  world: SandboxWorld,
  memberId: string,
  organizationId: number,
  roles: readonly OrgRole[],
): boolean {
  return world.acls.some(
    (a) =>
      a.memberId === memberId &&
      a.organizationId === organizationId &&
      a.state === "APPROVED" &&
      roles.includes(a.role),
  );
}
