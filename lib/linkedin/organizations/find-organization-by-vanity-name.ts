// One Page by its exact vanity name (the `<vanity>` of linkedin.com/company/<vanity>):
// `GET /rest/organizations?q=vanityName&vanityName=…` (doc §5.4). It is the only way LinkedIn
// lets apps find a Page they do not administer; people cannot be looked up at all (pitfall
// §15.17). The finder answers for any Page, with the limited view for non-admins.
import { LinkedInNotFoundError, LinkedInValidationError } from "../errors/linkedin-errors";
import type { LinkedInClient } from "../http/linkedin-client";
import { rawRestli } from "../restli/encode-restli";
import { ORGANIZATION_READ_SCOPES, toOrganization, type LinkedInOrganization } from "./get-organizations";
import { organizationFinderSchema } from "./organization-schemas";
import { ORGANIZATION_FINDER_PROJECTION } from "./read-logo-url";

/** Any one of these lets a token use the vanity-name finder. */
export const VANITY_LOOKUP_SCOPES = ORGANIZATION_READ_SCOPES;

/** A Page found by vanity name: its vanity name is always known. */
export type VanityOrganization = LinkedInOrganization & { vanityName: string };

export interface FindOrganizationOptions {
  /** Cancels the call (and its retries), e.g. when a type-ahead stops waiting. */
  signal?: AbortSignal;
  /** Per attempt; the config's timeout otherwise. */
  timeoutMs?: number;
}

export async function findOrganizationByVanityName(
  client: LinkedInClient,
  vanityName: string,
  options: FindOrganizationOptions = {},
): Promise<VanityOrganization | null> {
  const wanted = vanityName.trim();
  if (wanted === "") return null;
  const request = (projection: boolean) =>
    client.request({
      api: "rest",
      method: "GET",
      path: "/organizations",
      restliMethod: "FINDER",
      query: {
        q: "vanityName",
        vanityName: wanted,
        projection: projection ? rawRestli(ORGANIZATION_FINDER_PROJECTION) : undefined,
      },
      schema: organizationFinderSchema,
      requiredScopes: VANITY_LOOKUP_SCOPES,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    });
  const elements = await request(true)
    // The logo decoration is UNCONFIRMED on /rest: if LinkedIn refuses the projection, ask plainly.
    .catch((error: unknown) => {
      if (error instanceof LinkedInValidationError) return request(false);
      throw error;
    })
    .then(
      ({ data }) => data.elements,
      (error: unknown) => {
        // No such vanity name: an empty finder answer, or (reportedly) a 404.
        if (error instanceof LinkedInNotFoundError) return [];
        throw error;
      },
    );
  // Vanity names are case-insensitive; prefer the exact match should LinkedIn return more.
  const lower = wanted.toLowerCase();
  const entity =
    elements.find((element) => element.vanityName?.toLowerCase() === lower) ??
    (elements.length === 1 ? elements[0] : undefined);
  if (!entity) return null;
  const organization = toOrganization(entity);
  return { ...organization, vanityName: organization.vanityName ?? lower };
}
