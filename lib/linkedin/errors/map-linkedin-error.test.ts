// LinkedIn error bodies (doc §13.2–§13.5, and the sandbox's variants) → typed errors.
import { describe, expect, it } from "vitest";
import { readErrorBody } from "./error-body";
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
} from "./linkedin-errors";
import { extractDuplicateUrn, mapLinkedInError, type FailedResponse } from "./map-linkedin-error";

const NOW = Date.UTC(2026, 10, 16, 9, 30);
const MIDNIGHT = new Date(Date.UTC(2026, 10, 17));

function map(status: number, body: unknown, extra: Partial<FailedResponse> = {}): LinkedInError {
  return mapLinkedInError({
    status,
    body: readErrorBody(body, typeof body === "string" ? body : JSON.stringify(body)),
    endpoint: "GET /rest/organizationAcls",
    apiVersion: "202611",
    nowMs: NOW,
    ...extra,
  });
}

describe("mapLinkedInError", () => {
  it.each([
    [
      "no token",
      401,
      { status: 401, serviceErrorCode: 401, message: "Empty oauth2_access_token" },
      "missing",
    ],
    ["unknown scheme", 401, { status: 401, message: "Unknown authentication schema" }, "invalid"],
    [
      "invalid (65600, observed)",
      401,
      { serviceErrorCode: 65600, message: "Invalid access token", status: 401 },
      "invalid",
    ],
    [
      "revoked (65601, observed)",
      401,
      {
        status: 401,
        serviceErrorCode: 65601,
        code: "REVOKED_ACCESS_TOKEN",
        message: "The token used in the request has been revoked by the user",
      },
      "revoked",
    ],
    [
      "expired (65602)",
      401,
      {
        status: 401,
        serviceErrorCode: 65602,
        code: "EXPIRED_ACCESS_TOKEN",
        message: "The token used in the request has expired",
      },
      "expired",
    ],
    [
      "code wins over a conflicting serviceErrorCode",
      401,
      { status: 401, serviceErrorCode: 65600, code: "EXPIRED_ACCESS_TOKEN", message: "x" },
      "expired",
    ],
    ["bare 65601", 401, { status: 401, serviceErrorCode: 65601, message: "x" }, "revoked"],
    [
      "refresh token rejected (OAuth)",
      400,
      { error: "invalid_grant", error_description: "Token has been expired or revoked." },
      "refresh_token_rejected",
    ],
  ])("401s: %s", (_name, status, body, reason) => {
    const error = map(status, body);
    expect(error).toBeInstanceOf(LinkedInTokenError);
    expect((error as LinkedInTokenError).reason).toBe(reason);
    expect(error.retryable).toBe(false);
    expect(error.userMessage).toMatch(/reconnect|connect/i);
  });

  it("tells a missing scope from a missing Page role when the granted scopes are known", () => {
    const body = {
      status: 403,
      serviceErrorCode: 100,
      code: "ACCESS_DENIED",
      message: "Not enough permissions to access: organizationAcls.FINDER-roleAssignee.20261101",
    };
    const required = ["rw_organization_admin", "r_organization_admin"];
    const scope = map(403, body, {
      requiredScopes: required,
      grantedScopes: ["openid"],
    }) as LinkedInPermissionError;
    expect(scope).toBeInstanceOf(LinkedInPermissionError);
    expect(scope).toMatchObject({
      reason: "scope",
      requiredScopes: required,
      resource: "organizationAcls.FINDER-roleAssignee",
      serviceErrorCode: 100,
    });
    expect(scope.userMessage).toContain("Community Management API");
    const role = map(403, body, {
      requiredScopes: required,
      grantedScopes: ["rw_organization_admin"],
    }) as LinkedInPermissionError;
    expect(role).toMatchObject({ reason: "role", requiredScopes: [] });
    expect(role.userMessage).toMatch(/role/);
  });

  it.each([
    [
      "admin-only view",
      "Viewer don't have permission to the ADMIN_ONLY VisibilityReduction for urn:li:organization:1",
      "role",
    ],
    [
      "media owned by another Page",
      "Accessing this video resource is forbidden. Please check your permissions for this resource",
      "role",
    ],
    ["userinfo without profile", "Not enough permissions to access: userinfo.GET.NO_VERSION", "scope"],
    ["older form", "Not enough permissions to access: POST /posts", "scope"],
    ["anything else", "Forbidden", "unknown"],
  ])("403 without known scopes: %s", (_name, message, reason) => {
    expect(map(403, { status: 403, message })).toMatchObject({ kind: "permission", reason });
  });

  it("426 is a sunset version, naming the version sent", () => {
    const error = map(
      426,
      { status: 426, code: "NONEXISTENT_VERSION", message: "Requested version 20240101 is not active" },
      { apiVersion: "202401" },
    );
    expect(error).toBeInstanceOf(LinkedInVersionError);
    expect(error).toMatchObject({ reason: "sunset", requestedVersion: "202401", status: 426 });
    expect(error.userMessage).toContain("LINKEDIN_API_VERSION");
  });

  it("400 VERSION_MISSING is a version error too", () => {
    const error = map(400, { status: 400, code: "VERSION_MISSING", message: "A version must be present." });
    expect(error).toMatchObject({ kind: "version", reason: "missing" });
  });

  it.each([
    [
      "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
      "application_day",
      MIDNIGHT,
    ],
    [
      "Resource level throttle MEMBER DAY limit for calls to this resource is reached.",
      "member_day",
      MIDNIGHT,
    ],
    [
      "Resource level throttle limit for calls to this resource is reached.",
      "throttle",
      new Date(NOW + 60_000),
    ],
    ["Throttle limit for calls to this resource is reached", "throttle", new Date(NOW + 60_000)],
  ])("429 %s", (message, limit, retryAt) => {
    const error = map(429, {
      status: 429,
      serviceErrorCode: 101,
      code: "TOO_MANY_REQUESTS",
      message,
    }) as LinkedInRateLimitError;
    expect(error).toBeInstanceOf(LinkedInRateLimitError);
    expect(error.limit).toBe(limit);
    expect(error.retryAt).toEqual(retryAt);
    expect(error.dailyResetAt).toEqual(MIDNIGHT);
    expect(error.retryable).toBe(true);
  });

  it.each([
    [
      422,
      { message: "Content is a duplicate of urn:li:share:9876543210", status: 422 },
      "urn:li:share:9876543210",
    ],
    [
      422,
      {
        status: 422,
        code: "DUPLICATE_POST",
        message: "Content is a duplicate of urn:li:ugcPost:7429862475279511552",
      },
      "urn:li:ugcPost:7429862475279511552",
    ],
    [409, { status: 409, message: "Duplicate of urn:li:activity:123 detected" }, "urn:li:activity:123"],
    [422, { status: 422, code: "DUPLICATE_POST", message: "Duplicate post" }, null],
  ])("%i duplicate → existing URN %s", (status, body, urn) => {
    const error = map(status, body);
    expect(error).toBeInstanceOf(LinkedInDuplicateError);
    expect((error as LinkedInDuplicateError).existingUrn).toBe(urn);
    expect(error.retryable).toBe(false);
  });

  it.each([
    [400, { status: 400, code: "ILLEGAL_ARGUMENT", message: "Invalid Rest.li syntax" }],
    [400, { status: 400, code: "INVALID_URN_ID", message: "Invalid URN" }],
    [422, { status: 422, message: "commentary is too long" }],
    [413, { status: 413, message: "Request entity too large" }],
    [
      400,
      {
        error: "invalid_request",
        error_description: "Unable to retrieve access token: authorization code not found",
      },
    ],
  ])("%i → validation with LinkedIn's message", (status, body) => {
    const error = map(status, body);
    expect(error).toBeInstanceOf(LinkedInValidationError);
    expect(error.linkedinMessage).toBeTruthy();
    expect(error.userMessage).toContain(error.linkedinMessage);
  });

  it.each([
    [404, LinkedInNotFoundError],
    [410, LinkedInNotFoundError],
    [500, LinkedInTransientError],
    [502, LinkedInTransientError],
    [503, LinkedInTransientError],
    [504, LinkedInTransientError],
    [408, LinkedInTransientError],
  ])("%i → %o", (status, type) => {
    expect(map(status, { status, message: "x" })).toBeInstanceOf(type);
  });

  it("5xx with an HTML body keeps a snippet as the message", () => {
    const error = map(502, "<html><body>Bad   Gateway</body></html>");
    expect(error).toMatchObject({ kind: "transient", failure: "server", retryable: true });
    expect(error.linkedinMessage).toContain("Bad Gateway");
  });

  it("OAuth client errors are configuration problems", () => {
    expect(
      map(401, { error: "invalid_client", error_description: "Client authentication failed" }),
    ).toBeInstanceOf(LinkedInConfigurationError);
  });

  it("carries status, codes and the endpoint on every error", () => {
    const error = map(401, {
      status: 401,
      serviceErrorCode: 65601,
      code: "REVOKED_ACCESS_TOKEN",
      message: "revoked",
    });
    expect(error).toMatchObject({
      status: 401,
      serviceErrorCode: 65601,
      code: "REVOKED_ACCESS_TOKEN",
      endpoint: "GET /rest/organizationAcls",
    });
    expect(error.message).toContain("GET /rest/organizationAcls");
    expect(error.name).toBe("LinkedInTokenError");
  });
});

describe("extractDuplicateUrn", () => {
  it.each([
    ["Content is a duplicate of urn:li:share:7429862475279511552", "urn:li:share:7429862475279511552"],
    ["Content is a duplicate of urn:li:ugcPost:1.", "urn:li:ugcPost:1"],
    ["dup urn:li:activity:42", "urn:li:activity:42"],
    ["dup urn:li:image:C4E", null],
    [null, null],
  ])("%s", (message, urn) => {
    expect(extractDuplicateUrn(message)).toBe(urn);
  });
});
