// The LinkedIn service layer: the only door from Cadence to LinkedIn (or the sandbox). Server
// only (it reads lib/env.ts and uses node:crypto); UI code imports lib/linkedin/commentary.
export {
  createLinkedInConfig,
  getLinkedInConfig,
  type LinkedInConfig,
  type LinkedInConfigInput,
  type RetryPolicy,
} from "./config";
export { createLinkedInClient, type LinkedInClient, type ClientRequest } from "./http/linkedin-client";
export { linkedinFetch } from "./http/linkedin-fetch";
export type { LinkedInRequest, LinkedInResponse, RestliMethod } from "./http/linkedin-request";
export * from "./errors/linkedin-errors";
export { extractDuplicateUrn } from "./errors/map-linkedin-error";
export { nextUtcMidnight, scheduleRateLimitRetry } from "./errors/rate-limit-schedule";
export { buildRestliQuery, type RestliQuery } from "./restli/build-restli-query";
export { encodeRestli, encodeRestliKey, rawRestli, type RestliInput } from "./restli/encode-restli";
export { decodeReducedValue } from "./restli/decode-reduced";
export * from "./commentary";
export { buildAuthorizationUrl, type AuthorizationUrlInput } from "./oauth/build-authorization-url";
export { compareScopes, type MissingScope, type ScopeComparison } from "./oauth/compare-scopes";
export { exchangeCode } from "./oauth/exchange-code";
export { getUserInfo, type LinkedInUserInfo } from "./oauth/get-user-info";
export { introspectToken } from "./oauth/introspect-token";
export { refreshAccessToken } from "./oauth/refresh-access-token";
export type { LinkedInTokenSet, TokenIntrospection } from "./oauth/token-schemas";
export {
  getOrganizations,
  type GetOrganizationsResult,
  type LinkedInOrganization,
} from "./organizations/get-organizations";
export { listOrganizationAccess, type OrganizationAccess } from "./organizations/list-organization-access";
export { listOrganizationAcls, type OrganizationAcl } from "./organizations/list-organization-acls";
export * from "./organizations/organization-roles";
export { describeScope, splitScopes, type LinkedInProduct } from "./scopes";
export * from "./urns";
