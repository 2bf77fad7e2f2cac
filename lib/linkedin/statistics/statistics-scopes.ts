// Organization statistics need `rw_organization_admin` and an APPROVED ADMINISTRATOR role (doc
// §5.3, §12.1); with the scope granted, a 403 therefore means the Page role is missing.
export const STATISTICS_SCOPES = ["rw_organization_admin"] as const;
/** networkSizes also answers the read-only organization scopes (doc §12.6). */
export const NETWORK_SIZE_SCOPES = [
  "rw_organization_admin",
  "r_organization_admin",
  "r_organization_social",
] as const;
