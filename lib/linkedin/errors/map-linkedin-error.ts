// Maps a failed LinkedIn answer to a typed error (doc §13): HTTP status first, then LinkedIn's
// string `code`, then `serviceErrorCode` — the order the doc recommends, since either code may be
// absent and secondary sources disagree on what 65600/65601 mean (doc §13.3).
import type { LinkedInErrorBody } from "./error-body";
import {
  LinkedInConfigurationError,
  LinkedInDuplicateError,
  LinkedInNotFoundError,
  LinkedInPermissionError,
  LinkedInRateLimitError,
  LinkedInTokenError,
  LinkedInTransientError,
  LinkedInValidationError,
  LinkedInVersionError,
  type LinkedInError,
  type LinkedInErrorInit,
  type PermissionProblem,
  type TokenProblem,
} from "./linkedin-errors";
import { classifyRateLimit, firstRetryAt, nextUtcMidnight } from "./rate-limit-schedule";

export interface FailedResponse {
  status: number;
  body: LinkedInErrorBody;
  /** e.g. `GET /rest/organizationAcls` */
  endpoint: string;
  /** The LinkedIn-Version sent (for 426 messages). */
  apiVersion: string | null;
  nowMs: number;
  /** Scopes of which any one allows the call, and the scopes the token holds (when known): tells a missing scope from a missing Page role. */
  requiredScopes?: readonly string[];
  grantedScopes?: readonly string[];
}

/** The URN a duplicate-post answer points at (doc §13.5). */
export const DUPLICATE_URN_PATTERN = /urn:li:(share|ugcPost|activity):\d+/;

export function extractDuplicateUrn(message: string | null): string | null {
  return message ? (DUPLICATE_URN_PATTERN.exec(message)?.[0] ?? null) : null;
}

export function mapLinkedInError(response: FailedResponse): LinkedInError {
  const { status, body } = response;
  const init: LinkedInErrorInit = {
    status,
    code: body.code ?? body.oauthError,
    serviceErrorCode: body.serviceErrorCode,
    linkedinMessage: body.message,
    endpoint: response.endpoint,
  };
  if (body.oauthError) {
    const oauth = mapOAuthError(body.oauthError, init);
    if (oauth) return oauth;
  }
  if (status === 426 || body.code === "NONEXISTENT_VERSION") {
    return new LinkedInVersionError("sunset", response.apiVersion, init);
  }
  if (body.code === "VERSION_MISSING") return new LinkedInVersionError("missing", null, init);
  if (status === 401) return new LinkedInTokenError(tokenProblem(body), init);
  if (status === 403) return new LinkedInPermissionError(permissionProblem(response), init);
  if (status === 404 || status === 410) return new LinkedInNotFoundError(init);
  if (status === 429) {
    const limit = classifyRateLimit(body.message);
    return new LinkedInRateLimitError(
      limit,
      firstRetryAt(limit, response.nowMs),
      nextUtcMidnight(response.nowMs),
      init,
    );
  }
  // 422 since October 2020, 409 before (doc §13.5).
  if ((status === 422 || status === 409) && isDuplicate(body)) {
    return new LinkedInDuplicateError(extractDuplicateUrn(body.message), init);
  }
  if (status === 408 || status === 504) return new LinkedInTransientError("timeout", init);
  if (status >= 500) return new LinkedInTransientError("server", init);
  return new LinkedInValidationError(init);
}

function mapOAuthError(error: string, init: LinkedInErrorInit): LinkedInError | null {
  switch (error) {
    case "invalid_grant": // expired or revoked refresh token (doc §3.4)
      return new LinkedInTokenError("refresh_token_rejected", init);
    case "invalid_client":
    case "access_denied": // e.g. client_credentials not enabled for the app
      return new LinkedInConfigurationError(init);
    case "invalid_scope":
    case "unauthorized_scope_error":
      return new LinkedInPermissionError({ reason: "scope" }, init);
    default:
      return null;
  }
}

function tokenProblem(body: LinkedInErrorBody): TokenProblem {
  const message = body.message ?? "";
  if (body.code === "REVOKED_ACCESS_TOKEN" || /revoked/i.test(message)) return "revoked";
  if (body.code === "EXPIRED_ACCESS_TOKEN" || /expired/i.test(message)) return "expired";
  if (/empty oauth2_access_token/i.test(message)) return "missing";
  if (body.code === "INVALID_ACCESS_TOKEN" || body.serviceErrorCode === 65600) return "invalid";
  if (body.serviceErrorCode === 65601) return "revoked";
  if (body.serviceErrorCode === 65602) return "expired";
  return "invalid";
}

const isDuplicate = (body: LinkedInErrorBody) =>
  body.code === "DUPLICATE_POST" || /duplicate/i.test(body.message ?? "");

function permissionProblem(response: FailedResponse): {
  reason: PermissionProblem;
  requiredScopes: readonly string[];
  resource: string | null;
} {
  const message = response.body.message ?? "";
  const required = response.requiredScopes ?? [];
  // "Not enough permissions to access: organizationAcls.FINDER-roleAssignee.20261101"
  const resource =
    /Not enough permissions to access: (\S+)/i.exec(message)?.[1]?.replace(/\.(\d{6,8}|NO_VERSION)$/, "") ??
    null;
  let reason: PermissionProblem;
  if (required.length > 0 && response.grantedScopes) {
    const granted = new Set(response.grantedScopes);
    reason = required.some((scope) => granted.has(scope)) ? "role" : "scope";
  } else if (/VisibilityReduction|forbidden\. Please check your permissions/i.test(message)) {
    // Admin-only views and media owned by a Page the member cannot act for.
    reason = "role";
  } else if (/Not enough permissions/i.test(message)) {
    reason = "scope";
  } else {
    reason = "unknown";
  }
  return { reason, requiredScopes: reason === "role" ? [] : required, resource };
}
