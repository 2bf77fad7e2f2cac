// The seeded world: members, organizations and ACLs covering every role and state, and two OAuth
// apps. Ids are fixed so tests, docs and demos can name them. POST /_sandbox/reset returns here.
import { DOCUMENT_MAX_BYTES, VIDEO_MAX_BYTES } from "../lib/media/inspect/media-limits";
import { ACCESS_TOKEN_TTL_SECONDS, REFRESH_TOKEN_TTL_SECONDS, type SandboxConfig } from "./config";
import type { SandboxAcl, SandboxMember, SandboxOrganization, SandboxWorld } from "./world";

/** The default app: every product, refresh tokens, any loopback redirect. */
export const SANDBOX_CLIENT_ID = "cadence-sandbox";
export const SANDBOX_CLIENT_SECRET = "cadence-sandbox-secret";
/** A self-serve style app: Sign In + Share only, no refresh tokens; org scopes are dropped. */
export const SANDBOX_BASIC_CLIENT_ID = "cadence-sandbox-basic";
export const SANDBOX_BASIC_CLIENT_SECRET = "cadence-sandbox-basic-secret";

export const MEMBER_IDS = {
  /** Alex Morgan, the default member: holds every role/state combination below. */
  alex: "8kQvT3mZpA",
  /** Priya Shah: admin of most pages, analyst on Northwind. */
  priya: "R2dNw7LxYc",
  /** Sam Lee: content admin on Northwind, admin of Old Mill. */
  sam: "Zt5HbQ1uKe",
  /** Jordan Blake: no approved page role at all (a rejected request on Quartz). */
  jordan: "Mx9CfG4jWs",
} as const;
export const DEFAULT_MEMBER_ID = MEMBER_IDS.alex;

export const ORG_IDS = {
  /** Alex: ADMINISTRATOR, APPROVED (can post, can read statistics). */
  northwind: 5515001,
  /** Alex: CONTENT_ADMINISTRATOR, APPROVED (can post, no statistics). */
  acme: 5515002,
  /** Alex: DIRECT_SPONSORED_CONTENT_POSTER, APPROVED (can post). */
  blueHarbor: 5515003,
  /** Alex: ANALYST, APPROVED (cannot post). */
  lumen: 5515004,
  /** Alex: ADMINISTRATOR, REQUESTED (pending: cannot post). */
  greenfield: 5515005,
  /** Alex: ADMINISTRATOR, REVOKED (cannot post). */
  oldMill: 5515006,
  /** Alex: CURATOR, APPROVED (cannot post); Jordan: REJECTED request. */
  quartz: 5515007,
  /** Showcase page of Northwind; Alex: ADMINISTRATOR, APPROVED. */
  roastery: 5515008,
} as const;

const members: SandboxMember[] = [
  member(MEMBER_IDS.alex, "Alex", "Morgan", "Head of Marketing at Northwind Coffee", true),
  member(MEMBER_IDS.priya, "Priya", "Shah", "Founder at Quartz Labs", false),
  member(MEMBER_IDS.sam, "Sam", "Lee", "Content designer", false),
  member(MEMBER_IDS.jordan, "Jordan", "Blake", "Freelance writer", false),
];

function member(
  id: string,
  firstName: string,
  lastName: string,
  headline: string,
  isDefault: boolean,
): SandboxMember {
  return {
    id,
    firstName,
    lastName,
    headline,
    email: `${firstName}.${lastName}@example.com`.toLowerCase(),
    emailVerified: true,
    locale: { country: "US", language: "en" },
    isDefault,
  };
}

type OrgSeed = Pick<
  SandboxOrganization,
  "id" | "name" | "vanityName" | "description" | "industry" | "city" | "color"
> &
  Partial<SandboxOrganization>;

const organizations: SandboxOrganization[] = (
  [
    {
      id: ORG_IDS.northwind,
      name: "Northwind Coffee",
      vanityName: "northwind-coffee",
      description: "Small-batch coffee roasters since 2012.",
      industry: "urn:li:industry:34",
      city: "Portland",
      color: "#8B5E3C",
      followerCount: 12840,
    },
    {
      id: ORG_IDS.acme,
      name: "Acme Robotics",
      vanityName: "acme-robotics",
      description: "Warehouse robots that play nicely with people.",
      industry: "urn:li:industry:135",
      city: "Pittsburgh",
      color: "#1F6FEB",
      followerCount: 48210,
    },
    {
      id: ORG_IDS.blueHarbor,
      name: "Blue Harbor Studio",
      vanityName: "blue-harbor-studio",
      description: "Brand and motion design studio.",
      industry: "urn:li:industry:99",
      city: "Halifax",
      country: "CA",
      color: "#0E7490",
      followerCount: 3120,
    },
    {
      id: ORG_IDS.lumen,
      name: "Lumen Analytics",
      vanityName: "lumen-analytics",
      description: "Dashboards for people who hate dashboards.",
      industry: "urn:li:industry:4",
      city: "Austin",
      color: "#7C3AED",
      followerCount: 9055,
    },
    {
      id: ORG_IDS.greenfield,
      name: "Greenfield Co-op",
      vanityName: "greenfield-coop",
      description: "A farmers' cooperative.",
      industry: "urn:li:industry:63",
      city: "Madison",
      organizationType: "NON_PROFIT",
      color: "#15803D",
      followerCount: 1480,
    },
    {
      id: ORG_IDS.oldMill,
      name: "Old Mill Media",
      vanityName: "old-mill-media",
      description: "Local news and podcasts.",
      industry: "urn:li:industry:82",
      city: "Lowell",
      color: "#B45309",
      followerCount: 22300,
    },
    {
      id: ORG_IDS.quartz,
      name: "Quartz Labs",
      vanityName: "quartz-labs",
      description: "Applied research in materials.",
      industry: "urn:li:industry:12",
      city: "Boston",
      color: "#DB2777",
      followerCount: 6710,
    },
    {
      id: ORG_IDS.roastery,
      name: "Northwind Coffee Roastery",
      vanityName: "northwind-roastery",
      description: "The roastery behind Northwind Coffee.",
      industry: "urn:li:industry:34",
      city: "Portland",
      primaryOrganizationType: "BRAND",
      parentId: ORG_IDS.northwind,
      color: "#6B4226",
      followerCount: 1975,
    },
  ] satisfies OrgSeed[]
).map((o: OrgSeed) => ({
  website: `https://${o.vanityName}.example.com`,
  organizationType: "PRIVATELY_HELD",
  primaryOrganizationType: "NONE",
  staffCountRange: "SIZE_11_TO_50",
  foundedYear: 2012 + (o.id % 10),
  emailDomain: `${o.vanityName}.example.com`,
  country: "US",
  postalCode: String(10000 + (o.id % 89999)),
  line1: `${o.id % 900} Main Street`,
  specialties: [],
  parentId: null,
  followerCount: 1000,
  ...o,
}));

const { alex, priya, sam, jordan } = MEMBER_IDS;
const acls: SandboxAcl[] = [
  { organizationId: ORG_IDS.northwind, memberId: alex, role: "ADMINISTRATOR", state: "APPROVED" },
  { organizationId: ORG_IDS.acme, memberId: alex, role: "CONTENT_ADMINISTRATOR", state: "APPROVED" },
  {
    organizationId: ORG_IDS.blueHarbor,
    memberId: alex,
    role: "DIRECT_SPONSORED_CONTENT_POSTER",
    state: "APPROVED",
  },
  { organizationId: ORG_IDS.lumen, memberId: alex, role: "ANALYST", state: "APPROVED" },
  { organizationId: ORG_IDS.greenfield, memberId: alex, role: "ADMINISTRATOR", state: "REQUESTED" },
  { organizationId: ORG_IDS.oldMill, memberId: alex, role: "ADMINISTRATOR", state: "REVOKED" },
  { organizationId: ORG_IDS.quartz, memberId: alex, role: "CURATOR", state: "APPROVED" },
  { organizationId: ORG_IDS.roastery, memberId: alex, role: "ADMINISTRATOR", state: "APPROVED" },

  { organizationId: ORG_IDS.northwind, memberId: priya, role: "ANALYST", state: "APPROVED" },
  { organizationId: ORG_IDS.acme, memberId: priya, role: "ADMINISTRATOR", state: "APPROVED" },
  { organizationId: ORG_IDS.blueHarbor, memberId: priya, role: "ADMINISTRATOR", state: "APPROVED" },
  { organizationId: ORG_IDS.lumen, memberId: priya, role: "ADMINISTRATOR", state: "APPROVED" },
  { organizationId: ORG_IDS.greenfield, memberId: priya, role: "ADMINISTRATOR", state: "APPROVED" },
  { organizationId: ORG_IDS.quartz, memberId: priya, role: "ADMINISTRATOR", state: "APPROVED" },
  {
    organizationId: ORG_IDS.roastery,
    memberId: priya,
    role: "LEAD_CAPTURE_ADMINISTRATOR",
    state: "APPROVED",
  },

  { organizationId: ORG_IDS.northwind, memberId: sam, role: "CONTENT_ADMINISTRATOR", state: "APPROVED" },
  { organizationId: ORG_IDS.oldMill, memberId: sam, role: "ADMINISTRATOR", state: "APPROVED" },
  { organizationId: ORG_IDS.quartz, memberId: sam, role: "RECRUITING_POSTER", state: "APPROVED" },
  { organizationId: ORG_IDS.roastery, memberId: sam, role: "LEAD_GEN_FORMS_MANAGER", state: "APPROVED" },

  { organizationId: ORG_IDS.quartz, memberId: jordan, role: "CONTENT_ADMINISTRATOR", state: "REJECTED" },
];

export function createSeedWorld(): SandboxWorld {
  return structuredClone({ members, organizations, acls });
}

export function createDefaultConfig(): SandboxConfig {
  return {
    issuer: null,
    scopeSeparator: ",",
    localeFormat: "string",
    versionWindowMonths: 12,
    protocolHeader: "require",
    maxBodyBytes: 1_048_576,
    quotas: {
      default: { app: 100_000, member: 10_000 },
      // Posting is the quota integrations hit first (doc §13.4, §15.14).
      endpoints: { "POST /rest/posts": { app: 10_000, member: 150 } },
    },
    posts: {
      urnType: "auto",
      commentary: "verbatim",
      maxCommentaryLength: 3000,
      duplicateWindowMs: 24 * 3_600_000,
      publishDelayMs: 0,
      deletedStatus: 404,
    },
    media: {
      processingDelayMs: { image: 1_000, video: 5_000, document: 2_000 },
      // LinkedIn documents only the video lifetime (~30 days, UNCONFIRMED); images/documents: one day here.
      uploadUrlTtlMs: { image: 86_400_000, video: 30 * 86_400_000, document: 86_400_000 },
      downloadUrlTtlMs: 86_400_000,
      maxBytes: { image: 100 * 1024 * 1024, video: VIDEO_MAX_BYTES, document: DOCUMENT_MAX_BYTES },
      memberTokenStatusReads: "allow",
    },
    statistics: { windowMode: "clip" },
    history: { enabled: true },
    apps: {
      [SANDBOX_CLIENT_ID]: {
        clientId: SANDBOX_CLIENT_ID,
        clientSecret: SANDBOX_CLIENT_SECRET,
        name: "Cadence (sandbox)",
        redirectUris: [],
        allowLoopbackRedirects: true,
        products: ["OPENID_CONNECT", "SHARE_ON_LINKEDIN", "COMMUNITY_MANAGEMENT", "ADVERTISING"],
        refreshTokens: true,
        clientCredentials: false,
        unentitledScopes: "drop",
        accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
        refreshTokenTtlSeconds: REFRESH_TOKEN_TTL_SECONDS,
      },
      [SANDBOX_BASIC_CLIENT_ID]: {
        clientId: SANDBOX_BASIC_CLIENT_ID,
        clientSecret: SANDBOX_BASIC_CLIENT_SECRET,
        name: "Cadence Basic (sandbox)",
        redirectUris: [],
        allowLoopbackRedirects: true,
        products: ["OPENID_CONNECT", "SHARE_ON_LINKEDIN"],
        refreshTokens: false,
        clientCredentials: false,
        unentitledScopes: "drop",
        accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
        refreshTokenTtlSeconds: REFRESH_TOKEN_TTL_SECONDS,
      },
    },
  };
}
