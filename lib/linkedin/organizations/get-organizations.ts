// Names, vanity names and logos of Pages by id: `GET /rest/organizationsLookup?ids=List(…)`
// (doc §5.4). The lookup view answers for any Page, so Content admins and other non-Super-admin
// roles get their Pages' names too (the admin view of /organizations would 403 them). One
// request for all ids: past 4,000 characters the query is tunnelled (doc §2.4).
import type { LinkedInClient } from "../http/linkedin-client";
import { LinkedInValidationError } from "../errors/linkedin-errors";
import { rawRestli } from "../restli/encode-restli";
import { decodeReducedPrimitive } from "../restli/decode-reduced";
import { organizationUrn, type OrganizationUrn } from "../urns";
import { organizationBatchSchema, type OrganizationLookupEntity } from "./organization-schemas";
import { ORGANIZATION_LOOKUP_PROJECTION, readLogoUrl } from "./read-logo-url";

export const ORGANIZATION_READ_SCOPES = [
  "rw_organization_admin",
  "r_organization_admin",
  "r_compliance",
] as const;

export interface LinkedInOrganization {
  id: number;
  urn: OrganizationUrn;
  name: string;
  vanityName: string | null;
  logoUrl: string | null;
  /** `urn:li:digitalmediaAsset:…` of the logo, kept for resolving it later when no URL came back. */
  logoAssetUrn: string | null;
}

export interface OrganizationLookupFailure {
  organizationId: number;
  status: number | null;
  message: string;
}

export interface GetOrganizationsResult {
  organizations: LinkedInOrganization[];
  /** Per-id failures of the batch (404 unknown Page, 403 …); the rest still succeed. */
  failures: OrganizationLookupFailure[];
}

export async function getOrganizations(
  client: LinkedInClient,
  input: { ids: readonly number[] },
): Promise<GetOrganizationsResult> {
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) return { organizations: [], failures: [] };
  const request = (projection: boolean) =>
    client.request({
      api: "rest",
      method: "GET",
      path: "/organizationsLookup",
      restliMethod: "BATCH_GET",
      query: { ids, projection: projection ? rawRestli(ORGANIZATION_LOOKUP_PROJECTION) : undefined },
      schema: organizationBatchSchema,
      requiredScopes: ORGANIZATION_READ_SCOPES,
    });
  // The logo decoration is UNCONFIRMED on /rest: if LinkedIn refuses the projection, ask plainly.
  const { data } = await request(true).catch((error: unknown) => {
    if (error instanceof LinkedInValidationError) return request(false);
    throw error;
  });
  const organizations = Object.values(data.results).map(toOrganization);
  const found = new Set(organizations.map((o) => o.id));
  const failures = ids
    .filter((id) => !found.has(id))
    .map((id): OrganizationLookupFailure => {
      const error = Object.entries(data.errors ?? {}).find(
        ([key]) => decodeReducedPrimitive(key) === String(id),
      )?.[1];
      return {
        organizationId: id,
        status: error?.status ?? data.statuses?.[String(id)] ?? null,
        message: error?.message ?? "LinkedIn returned no data for this Page.",
      };
    });
  return { organizations, failures };
}

/** Our shape of one organization entity (lookup or admin view). */
export function toOrganization(entity: OrganizationLookupEntity): LinkedInOrganization {
  const localized = entity.name?.localized ?? {};
  const preferred = entity.name?.preferredLocale;
  const preferredName = preferred ? localized[`${preferred.language}_${preferred.country}`] : undefined;
  return {
    id: entity.id,
    urn: organizationUrn(entity.id),
    name: entity.localizedName ?? preferredName ?? Object.values(localized)[0] ?? `Organization ${entity.id}`,
    vanityName: entity.vanityName ?? null,
    logoUrl: readLogoUrl(entity),
    logoAssetUrn: entity.logoV2?.cropped ?? entity.logoV2?.original ?? null,
  };
}
