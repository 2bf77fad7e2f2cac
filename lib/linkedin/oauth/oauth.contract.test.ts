// Contract: the OAuth operations against the sandbox in-process (doc §3–§4).
import { describe, expect, it } from "vitest";
import { SANDBOX_BASIC_CLIENT_ID, SANDBOX_BASIC_CLIENT_SECRET } from "@/sandbox/seed";
import { authorizeCode, TEST_NOW, TEST_REDIRECT_URI } from "@/sandbox/testing/sandbox-test-kit";
import {
  LinkedInConfigurationError,
  LinkedInPermissionError,
  LinkedInTokenError,
  LinkedInTransientError,
  LinkedInValidationError,
} from "../errors/linkedin-errors";
import { createLinkedInClient } from "../http/linkedin-client";
import { setupLinkedInSandbox } from "../testing/linkedin-sandbox";
import { buildAuthorizationUrl } from "./build-authorization-url";
import { compareScopes } from "./compare-scopes";
import { exchangeCode } from "./exchange-code";
import { getUserInfo } from "./get-user-info";
import { introspectToken } from "./introspect-token";
import { refreshAccessToken } from "./refresh-access-token";

const sandbox = setupLinkedInSandbox();
const SCOPES = [
  "openid",
  "profile",
  "email",
  "w_member_social",
  "rw_organization_admin",
  "w_organization_social",
];

describe("OAuth against the sandbox", () => {
  it("builds an authorization URL the sandbox accepts (consent page, not a 400)", async () => {
    const url = buildAuthorizationUrl(
      { scopes: SCOPES, state: "csrf-123", redirectUri: TEST_REDIRECT_URI },
      sandbox.config(),
    );
    expect(url.startsWith(`${sandbox.url}/oauth/v2/authorization?`)).toBe(true);
    const res = await fetch(url, { headers: { Accept: "text/html" } });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("Allow");
    expect(page).toContain("w_organization_social");
  });

  it("exchanges a code, reads userinfo, introspects and refreshes", async () => {
    const config = sandbox.config();
    const code = await authorizeCode(sandbox.url, { scope: SCOPES.join(" ") });
    const tokens = await exchangeCode({ code, redirectUri: TEST_REDIRECT_URI }, config);
    expect(tokens.accessToken).toMatch(/^AQ/);
    expect(tokens.accessTokenExpiresAt).toEqual(new Date(TEST_NOW + 5_184_000_000));
    expect(tokens.refreshToken).toMatch(/^AQ/);
    expect(tokens.refreshTokenExpiresAt).toEqual(new Date(TEST_NOW + 31_536_000_000));
    expect(tokens.idToken).toMatch(/^eyJ/);
    expect(compareScopes(SCOPES, tokens.scopes).isComplete).toBe(true);

    const client = createLinkedInClient({
      accessToken: tokens.accessToken,
      grantedScopes: tokens.scopes ?? [],
      config,
    });
    const me = await getUserInfo(client);
    expect(me).toMatchObject({
      sub: "8kQvT3mZpA",
      personUrn: "urn:li:person:8kQvT3mZpA",
      name: "Alex Morgan",
      givenName: "Alex",
      familyName: "Morgan",
      locale: "en-US",
      emailVerified: true,
    });
    expect(me.email).toContain("@");
    expect(me.pictureUrl).toContain("/_sandbox/avatars/");

    const introspection = await introspectToken({ token: tokens.accessToken }, config);
    expect(introspection).toMatchObject({
      active: true,
      status: "active",
      authType: "3L",
      clientId: "cadence-sandbox",
    });
    expect(introspection.scopes.sort()).toEqual([...SCOPES].sort());
    expect(introspection.expiresAt).toEqual(new Date(TEST_NOW + 5_184_000_000));

    // A refresh on day 59 leaves the refresh token's countdown alone (doc §3.4).
    await sandbox.advanceClock(59 * 86_400_000);
    const refreshed = await refreshAccessToken({ refreshToken: tokens.refreshToken ?? "" }, sandbox.config());
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
    expect(refreshed.refreshTokenExpiresAt).toEqual(tokens.refreshTokenExpiresAt);
    expect(refreshed.accessTokenExpiresAt).toEqual(new Date(TEST_NOW + 59 * 86_400_000 + 5_184_000_000));
  });

  it("reports scopes an app was not entitled to, by product (pitfall §15.5)", async () => {
    const basic = sandbox.config({
      clientId: SANDBOX_BASIC_CLIENT_ID,
      clientSecret: SANDBOX_BASIC_CLIENT_SECRET,
    });
    const requested = [
      "openid",
      "profile",
      "w_member_social",
      "w_organization_social",
      "rw_organization_admin",
    ];
    const code = await authorizeCode(sandbox.url, {
      clientId: SANDBOX_BASIC_CLIENT_ID,
      scope: requested.join(" "),
    });
    const tokens = await exchangeCode({ code, redirectUri: TEST_REDIRECT_URI }, basic);
    // No programmatic refresh for this app (pitfall §15.6).
    expect(tokens.refreshToken).toBeNull();
    const comparison = compareScopes(requested, tokens.scopes);
    expect(comparison.isComplete).toBe(false);
    expect(comparison.missing.map((m) => [m.scope, m.product])).toEqual([
      ["w_organization_social", "Community Management API"],
      ["rw_organization_admin", "Community Management API"],
    ]);
    expect(comparison.explanation).toContain("Community Management API");
  });

  it("maps OAuth failures to typed errors", async () => {
    const config = sandbox.config();
    const code = await authorizeCode(sandbox.url, { scope: "openid profile" });
    await exchangeCode({ code, redirectUri: TEST_REDIRECT_URI }, config);
    // Codes are single use.
    await expect(exchangeCode({ code, redirectUri: TEST_REDIRECT_URI }, config)).rejects.toMatchObject({
      constructor: LinkedInValidationError,
      status: 400,
      linkedinMessage: "Unable to retrieve access token: authorization code not found",
    });
    await expect(refreshAccessToken({ refreshToken: "AQnot-a-refresh-token" }, config)).rejects.toMatchObject(
      {
        constructor: LinkedInTokenError,
        reason: "refresh_token_rejected",
      },
    );
    const code2 = await authorizeCode(sandbox.url, { scope: "openid profile" });
    await expect(
      exchangeCode(
        { code: code2, redirectUri: TEST_REDIRECT_URI },
        sandbox.config({ clientSecret: "wrong" }),
      ),
    ).rejects.toBeInstanceOf(LinkedInConfigurationError);
    expect(await introspectToken({ token: "AQunknown" }, config)).toMatchObject({ active: false });
  });

  it("never retries a code exchange: a dropped connection is one call and a transient error", async () => {
    await sandbox.addFault({ method: "POST", path: "^/oauth/v2/accessToken", status: 0 });
    await expect(
      exchangeCode({ code: "AQx", redirectUri: TEST_REDIRECT_URI }, sandbox.config()),
    ).rejects.toMatchObject({
      constructor: LinkedInTransientError,
      failure: "network",
    });
    expect((await sandbox.calls("POST /oauth/v2/accessToken"))?.total).toBe(1);
  });

  it("userinfo without the profile scope is a missing scope", async () => {
    const { client } = await sandbox.client({ scopes: ["openid"] });
    const error = await getUserInfo(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkedInPermissionError);
    expect(error).toMatchObject({ reason: "scope", requiredScopes: ["profile"], resource: "userinfo.GET" });
  });

  it("reads the object form of locale (doc §4 conflict)", async () => {
    await sandbox.control("/_sandbox/config", { localeFormat: "object" });
    const { client } = await sandbox.client({ scopes: ["openid", "profile"] });
    expect((await getUserInfo(client)).locale).toBe("en-US");
  });
});
