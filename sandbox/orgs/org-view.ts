// Wire shapes of organizations (doc §5.4) and organization ACLs (doc §5.1).
import { createHash } from "node:crypto";
import { SANDBOX_CLIENT_ID } from "../seed";
import { organizationUrn, personUrnFor, type SandboxAcl, type SandboxOrganization } from "../world";

const localized = (text: string) => ({
  localized: { en_US: text },
  preferredLocale: { country: "US", language: "en" },
});

/** Stable digital-media asset id of an organization's logo (original or cropped). */
export function logoAssetId(orgId: number, variant: "original" | "cropped"): string {
  const digest = createHash("sha256")
    .update(`logo|${variant}|${orgId}`)
    .digest("base64")
    .replace(/[^A-Za-z0-9]/g, "");
  return `C4E0BAQ${digest.slice(0, 12)}`;
}

export const logoUrl = (baseUrl: string, orgId: number, format: "png" | "svg" = "png") =>
  `${baseUrl}/_sandbox/logos/${orgId}.${format}`;

/** The `~` decoration shape of /v2 (`logoV2(original~:playableStreams)`), offered so clients can get a URL in one call. */
function decoratedLogo(baseUrl: string, org: SandboxOrganization, variant: "original" | "cropped") {
  const asset = `urn:li:digitalmediaAsset:${logoAssetId(org.id, variant)}`;
  return {
    elements: [
      {
        artifact: `urn:li:digitalmediaMediaArtifact:(${asset},urn:li:digitalmediaMediaArtifactClass:company-logo_400_400)`,
        authorizationMethod: "PUBLIC",
        data: {
          "com.linkedin.digitalmedia.mediaartifact.StillImage": {
            storageSize: { width: 400, height: 400 },
            mediaType: "image/png",
          },
        },
        identifiers: [
          {
            identifier: logoUrl(baseUrl, org.id),
            index: 0,
            mediaType: "image/png",
            identifierType: "EXTERNAL_URL",
            identifierExpiresInSeconds: 4_102_444_800,
          },
        ],
      },
    ],
    paging: { count: 10, start: 0, links: [] },
  };
}

function logoV2(baseUrl: string, org: SandboxOrganization, decorate: boolean) {
  return {
    original: `urn:li:digitalmediaAsset:${logoAssetId(org.id, "original")}`,
    cropped: `urn:li:digitalmediaAsset:${logoAssetId(org.id, "cropped")}`,
    cropInfo: { x: 0, y: 0, width: 400, height: 400 },
    ...(decorate
      ? {
          "original~": decoratedLogo(baseUrl, org, "original"),
          "cropped~": decoratedLogo(baseUrl, org, "cropped"),
        }
      : {}),
  };
}

function locations(org: SandboxOrganization) {
  return [
    {
      locationType: "HEADQUARTERS",
      address: { country: org.country, city: org.city, line1: org.line1, postalCode: org.postalCode },
      streetAddressFieldState: "SET",
      description: localized("Headquarters"),
      localizedDescription: "Headquarters",
    },
  ];
}

/** The non-admin view (organizationsLookup): id, names, vanityName, type, locations (+ logoV2, UNCONFIRMED). */
export function organizationLookupView(baseUrl: string, org: SandboxOrganization, decorate = false) {
  return {
    id: org.id,
    localizedName: org.name,
    name: localized(org.name),
    vanityName: org.vanityName,
    primaryOrganizationType: org.primaryOrganizationType,
    locations: locations(org),
    logoV2: logoV2(baseUrl, org, decorate),
  };
}

/** The administrator view of /rest/organizations. */
export function organizationAdminView(baseUrl: string, org: SandboxOrganization, decorate = false) {
  return {
    ...organizationLookupView(baseUrl, org, decorate),
    localizedDescription: org.description,
    description: localized(org.description),
    localizedWebsite: org.website,
    website: localized(org.website),
    organizationType: org.organizationType,
    staffCountRange: org.staffCountRange,
    industries: [org.industry],
    specialties: org.specialties,
    localizedSpecialties: org.specialties,
    foundedOn: { year: org.foundedYear },
    defaultLocale: { country: "US", language: "en" },
    organizationStatus: "ACTIVE",
    autoCreated: false,
    versionTag: "1",
    ...(org.parentId === null
      ? {}
      : {
          parentRelationship: {
            relationshipType: "SHOWCASE_OF",
            parent: organizationUrn(org.parentId),
            relationshipStatus: "ACTIVE",
          },
        }),
  };
}

/** One ACL element; `roleAssignee` is written in the calling app's person-id space. */
export function aclView(acl: SandboxAcl, clientId: string) {
  return {
    roleAssignee: personUrnFor(acl.memberId, clientId, SANDBOX_CLIENT_ID),
    state: acl.state,
    role: acl.role,
    organization: organizationUrn(acl.organizationId),
  };
}
