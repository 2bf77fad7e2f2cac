// Contract: every error class, produced by the sandbox for real (tokens, versions, quotas) or via
// its fault API, reaches callers typed (doc §13). Reads go through listOrganizationAcls.
import { describe, expect, it } from "vitest";
import { ORG_IDS } from "@/sandbox/seed";
import {
  LinkedInDuplicateError,
  LinkedInNotFoundError,
  LinkedInPermissionError,
  LinkedInRateLimitError,
  LinkedInTokenError,
  LinkedInTransientError,
  LinkedInValidationError,
  LinkedInVersionError,
} from "../errors/linkedin-errors";
import { listOrganizationAcls } from "../organizations/list-organization-acls";
import { setupLinkedInSandbox, TEST_NOW } from "../testing/linkedin-sandbox";
import { createLinkedInClient } from "./linkedin-client";
import { z } from "zod";

const sandbox = setupLinkedInSandbox();
const SCOPES = ["rw_organization_admin"];
const ACLS = "GET /rest/organizationAcls";
const NEXT_MIDNIGHT = new Date(Date.UTC(2026, 10, 17));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
}

describe("401: token errors say which", () => {
  it("invalid (65600)", async () => {
    const client = createLinkedInClient({ accessToken: "AQnot-a-real-token", config: sandbox.config() });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInTokenError,
      reason: "invalid",
      status: 401,
      serviceErrorCode: 65600,
      retryable: false,
    });
  });

  it("missing", async () => {
    const client = createLinkedInClient({ accessToken: "", config: sandbox.config() });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInTokenError,
      reason: "missing",
    });
  });

  it("revoked (65601)", async () => {
    const { client, accessToken } = await sandbox.client({ scopes: SCOPES });
    await sandbox.control("/_sandbox/faults", { revokeToken: accessToken });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInTokenError,
      reason: "revoked",
      code: "REVOKED_ACCESS_TOKEN",
      serviceErrorCode: 65601,
    });
  });

  it("expired (65602), after the sandbox clock passes the token's lifetime", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES, expiresIn: 60 });
    await listOrganizationAcls(client);
    await sandbox.advanceClock(61_000);
    const error = await failure(listOrganizationAcls(client));
    expect(error).toMatchObject({
      constructor: LinkedInTokenError,
      reason: "expired",
      serviceErrorCode: 65602,
    });
    expect((error as LinkedInTokenError).userMessage).toContain("Reconnect");
  });

  it("an injected 401 is read as revoked (the fault's default body)", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    await sandbox.addFault({ path: "^/rest/organizationAcls", status: 401, times: 1 });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({ reason: "revoked" });
  });
});

describe("403: permission errors say scope or role", () => {
  it("missing scope", async () => {
    const { client } = await sandbox.client({ scopes: ["w_member_social"] });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInPermissionError,
      reason: "scope",
      requiredScopes: ["rw_organization_admin", "r_organization_admin"],
    });
  });

  it("missing Page role: a Content admin asking for a Page's role list", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    const error = await failure(
      client.request({
        api: "rest",
        method: "GET",
        path: "/organizationAcls",
        restliMethod: "FINDER",
        query: { q: "organization", organization: `urn:li:organization:${ORG_IDS.acme}` },
        schema: z.unknown(),
        requiredScopes: ["rw_organization_admin", "r_organization_admin"],
      }),
    );
    expect(error).toMatchObject({ constructor: LinkedInPermissionError, reason: "role", status: 403 });
  });
});

describe("version errors", () => {
  it("426 for a sunset version (configured 202401)", async () => {
    const { client } = await sandbox.client({
      scopes: SCOPES,
      config: sandbox.config({ apiVersion: "202401" }),
    });
    const error = await failure(listOrganizationAcls(client));
    expect(error).toMatchObject({
      constructor: LinkedInVersionError,
      reason: "sunset",
      requestedVersion: "202401",
      status: 426,
      code: "NONEXISTENT_VERSION",
      linkedinMessage: "Requested version 20240101 is not active",
    });
  });

  it("400 VERSION_MISSING", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    await sandbox.addFault({
      path: "^/rest/organizationAcls",
      status: 400,
      times: 1,
      body: { status: 400, code: "VERSION_MISSING", message: "A version must be present." },
    });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInVersionError,
      reason: "missing",
    });
  });
});

describe("429: rate limits carry retryAt", () => {
  it("a daily application quota → next 00:00 UTC of the sandbox clock, and it really resets then", async () => {
    await sandbox.control("/_sandbox/config", { quotas: { endpoints: { [ACLS]: { app: 1 } } } });
    const { client } = await sandbox.client({ scopes: SCOPES });
    await listOrganizationAcls(client);
    const error = await failure(listOrganizationAcls(client));
    expect(error).toMatchObject({
      constructor: LinkedInRateLimitError,
      limit: "application_day",
      retryAt: NEXT_MIDNIGHT,
      dailyResetAt: NEXT_MIDNIGHT,
      serviceErrorCode: 101,
      retryable: true,
    });
    // Not retried in-process: one call succeeded, one was refused.
    expect((await sandbox.calls(ACLS))?.statuses).toEqual({ "200": 1, "429": 1 });
    await sandbox.advanceClock(NEXT_MIDNIGHT.getTime() - TEST_NOW);
    await expect(listOrganizationAcls(client)).resolves.toHaveLength(6);
  });

  it("a daily member quota", async () => {
    await sandbox.control("/_sandbox/config", { quotas: { endpoints: { [ACLS]: { member: 1 } } } });
    const { client } = await sandbox.client({ scopes: SCOPES });
    await listOrganizationAcls(client);
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      limit: "member_day",
      retryAt: NEXT_MIDNIGHT,
    });
  });

  it("infrastructure throttling → a short backoff", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    await sandbox.addFault({ path: "^/rest/organizationAcls", status: 429, times: 1 });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      limit: "throttle",
      retryAt: new Date(TEST_NOW + 60_000),
      dailyResetAt: NEXT_MIDNIGHT,
    });
  });
});

describe("transient errors", () => {
  it("5xx on a read is retried with backoff, then succeeds", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    await sandbox.addFault({ path: "^/rest/organizationAcls", status: 503, times: 2 });
    await expect(listOrganizationAcls(client)).resolves.toHaveLength(6);
    expect((await sandbox.calls(ACLS))?.statuses).toEqual({ "200": 1, "503": 2 });
    // Full jitter with random() = 0.5: half of 500 ms, then half of 1,000 ms.
    expect(sandbox.sleeps).toEqual([250, 500]);
  });

  it("5xx that outlasts the attempts → LinkedInTransientError", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    await sandbox.addFault({ path: "^/rest/organizationAcls", status: 500 });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInTransientError,
      failure: "server",
      status: 500,
      retryable: true,
    });
    expect((await sandbox.calls(ACLS))?.total).toBe(3);
  });

  it("a dropped connection → transient network (retried on reads)", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    await sandbox.addFault({ path: "^/rest/organizationAcls", status: 0, times: 1 });
    await expect(listOrganizationAcls(client)).resolves.toHaveLength(6);
    await sandbox.addFault({ path: "^/rest/organizationAcls", status: 0 });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInTransientError,
      failure: "network",
      status: null,
    });
  });

  it("a slow answer → transient timeout", async () => {
    const config = sandbox.config({
      timeoutMs: 150,
      retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
    });
    const { client } = await sandbox.client({ scopes: SCOPES, config });
    await sandbox.addFault({ path: "^/rest/organizationAcls", delayMs: 1_000, times: 1 });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInTransientError,
      failure: "timeout",
    });
  });
});

describe("other answers", () => {
  it("422 duplicate → the existing post's URN", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    await sandbox.addFault({
      path: "^/rest/organizationAcls",
      status: 422,
      times: 1,
      body: {
        status: 422,
        code: "DUPLICATE_POST",
        message: "Content is a duplicate of urn:li:share:7429862475279511552",
      },
    });
    expect(await failure(listOrganizationAcls(client))).toMatchObject({
      constructor: LinkedInDuplicateError,
      existingUrn: "urn:li:share:7429862475279511552",
    });
  });

  it("400 → validation with LinkedIn's message", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    const error = await failure(
      client.request({
        api: "rest",
        method: "GET",
        path: "/organizationAcls",
        query: { q: "nope" },
        schema: z.unknown(),
      }),
    );
    expect(error).toBeInstanceOf(LinkedInValidationError);
    expect((error as LinkedInValidationError).linkedinMessage).toContain("q=nope");
    expect((error as LinkedInValidationError).userMessage).toContain("q=nope");
  });

  it("404 → not found", async () => {
    const { client } = await sandbox.client({ scopes: SCOPES });
    const error = await failure(
      client.request({
        api: "rest",
        method: "GET",
        path: "/organizationsLookup/9999999",
        schema: z.unknown(),
      }),
    );
    expect(error).toBeInstanceOf(LinkedInNotFoundError);
  });
});
