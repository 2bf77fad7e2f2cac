import { describe, expect, it } from "vitest";
import {
  SANDBOX_BASIC_CLIENT_ID,
  SANDBOX_BASIC_CLIENT_SECRET,
  SANDBOX_CLIENT_ID,
  SANDBOX_CLIENT_SECRET,
} from "../seed";
import {
  advanceClock,
  authorizeCode,
  DAY_MS,
  DAY_SECONDS,
  exchangeCode,
  mintToken,
  postForm,
  postJson,
  restGet,
  setupTestSandbox,
} from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

const tokenUrl = () => `${t.url}/oauth/v2/accessToken`;

interface TokenResponse {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  scope?: string;
  id_token?: string;
}

async function fullGrant(scope = "openid profile email w_member_social") {
  const code = await authorizeCode(t.url, { scope });
  const res = await exchangeCode(t.url, code);
  expect(res.status).toBe(200);
  return (await res.json()) as TokenResponse;
}

const userinfoStatus = async (token: string) =>
  (await fetch(`${t.url}/v2/userinfo`, { headers: { Authorization: `Bearer ${token}` } })).status;

describe("authorization_code grant", () => {
  it("returns LinkedIn's fields and lifetimes", async () => {
    const body = await fullGrant();
    expect(Object.keys(body).sort()).toEqual([
      "access_token",
      "expires_in",
      "id_token",
      "refresh_token",
      "refresh_token_expires_in",
      "scope",
    ]);
    expect(body.access_token).toMatch(/^AQ[A-Za-z0-9_-]{480}$/);
    expect(body.refresh_token).toMatch(/^AQ[A-Za-z0-9_-]{340}$/);
    expect(body.expires_in).toBe(5_184_000);
    expect(body.refresh_token_expires_in).toBe(31_536_000);
    expect(body.scope).toBe("openid,profile,email,w_member_social");
    expect(body.id_token?.split(".")).toHaveLength(3);
  });

  it("can emit space-separated scopes", async () => {
    await postJson(`${t.url}/_sandbox/config`, { scopeSeparator: " " });
    expect((await fullGrant("w_member_social profile")).scope).toBe("w_member_social profile");
  });

  it("omits id_token without openid and refresh_token for apps without programmatic refresh", async () => {
    const code = await authorizeCode(t.url, {
      scope: "profile w_member_social",
      clientId: SANDBOX_BASIC_CLIENT_ID,
    });
    const res = await exchangeCode(t.url, code, {
      client_id: SANDBOX_BASIC_CLIENT_ID,
      client_secret: SANDBOX_BASIC_CLIENT_SECRET,
    });
    expect(await res.json()).toEqual({
      access_token: expect.stringMatching(/^AQ/),
      expires_in: 5_184_000,
      scope: "profile,w_member_social",
    });
  });

  it("drops unentitled scopes from the grant", async () => {
    const code = await authorizeCode(t.url, {
      scope: "openid w_member_social w_organization_social",
      clientId: SANDBOX_BASIC_CLIENT_ID,
    });
    const res = await exchangeCode(t.url, code, {
      client_id: SANDBOX_BASIC_CLIENT_ID,
      client_secret: SANDBOX_BASIC_CLIENT_SECRET,
    });
    expect(((await res.json()) as TokenResponse).scope).toBe("openid,w_member_social");
  });

  it("codes are single use", async () => {
    const code = await authorizeCode(t.url, { scope: "openid" });
    expect((await exchangeCode(t.url, code)).status).toBe(200);
    const again = await exchangeCode(t.url, code);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      error: "invalid_request",
      error_description: "Unable to retrieve access token: authorization code not found",
    });
  });

  const mismatch = {
    error: "invalid_redirect_uri",
    error_description:
      "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists",
  };

  it("codes expire after 30 minutes of sandbox time", async () => {
    const fresh = await authorizeCode(t.url, { scope: "openid" });
    const stale = await authorizeCode(t.url, { scope: "openid" });
    await advanceClock(t.url, { advanceMs: 29 * 60_000 + 59_000 });
    expect((await exchangeCode(t.url, fresh)).status).toBe(200);
    await advanceClock(t.url, { advanceMs: 1000 });
    const res = await exchangeCode(t.url, stale);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(mismatch);
  });

  it("codes are bound to the redirect_uri and the client", async () => {
    const code = await authorizeCode(t.url, { scope: "openid" });
    const wrongRedirect = await exchangeCode(t.url, code, { redirect_uri: "http://localhost:3000/other" });
    expect(wrongRedirect.status).toBe(400);
    expect(await wrongRedirect.json()).toEqual(mismatch);
    const wrongClient = await exchangeCode(t.url, code, {
      client_id: SANDBOX_BASIC_CLIENT_ID,
      client_secret: SANDBOX_BASIC_CLIENT_SECRET,
    });
    expect(await wrongClient.json()).toEqual(mismatch);
    // Failed attempts do not burn the code.
    expect((await exchangeCode(t.url, code)).status).toBe(200);
  });

  it.each(["code", "redirect_uri", "client_id", "client_secret"])("reports a missing %s", async (name) => {
    const res = await exchangeCode(t.url, "AQsomething", { [name]: "" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "invalid_request",
      error_description: `A required parameter "${name}" is missing`,
    });
  });

  it("rejects a wrong client secret", async () => {
    const code = await authorizeCode(t.url, { scope: "openid" });
    const res = await exchangeCode(t.url, code, { client_secret: "wrong" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: "invalid_client",
      error_description: "Client authentication failed",
    });
  });

  it("needs grant_type, knows only its grant types, and reads only form bodies", async () => {
    const none = await postForm(tokenUrl(), { code: "x" });
    expect(await none.json()).toEqual({
      error: "invalid_request",
      error_description: 'A required parameter "grant_type" is missing',
    });
    const bad = await postForm(tokenUrl(), { grant_type: "password" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: "unsupported_grant_type",
      error_description: 'The grant type "password" is not supported',
    });
    const asJson = await postJson(tokenUrl(), { grant_type: "authorization_code" });
    expect(asJson.status).toBe(400);
    expect(await asJson.json()).toEqual({
      error: "invalid_request",
      error_description: 'A required parameter "grant_type" is missing',
    });
  });

  it("a grant with a different scope set revokes the member's earlier tokens for that app", async () => {
    const first = await fullGrant("openid profile");
    const sameSet = await fullGrant("profile openid");
    expect(await userinfoStatus(first.access_token)).toBe(200);
    expect(await userinfoStatus(sameSet.access_token)).toBe(200);

    const wider = await fullGrant("openid profile email");
    expect(await userinfoStatus(wider.access_token)).toBe(200);
    const revoked = await fetch(`${t.url}/v2/userinfo`, {
      headers: { Authorization: `Bearer ${first.access_token}` },
    });
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual({
      status: 401,
      serviceErrorCode: 65601,
      code: "REVOKED_ACCESS_TOKEN",
      message: "The token used in the request has been revoked by the user",
    });
    expect(await userinfoStatus(sameSet.access_token)).toBe(401);
    const refreshOld = await postForm(tokenUrl(), {
      grant_type: "refresh_token",
      refresh_token: first.refresh_token ?? "",
      client_id: SANDBOX_CLIENT_ID,
      client_secret: SANDBOX_CLIENT_SECRET,
    });
    expect(await refreshOld.json()).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });
  });

  it("another app's grant leaves this app's tokens alone", async () => {
    const mine = await fullGrant("openid profile");
    const code = await authorizeCode(t.url, {
      scope: "openid profile email",
      clientId: SANDBOX_BASIC_CLIENT_ID,
    });
    await exchangeCode(t.url, code, {
      client_id: SANDBOX_BASIC_CLIENT_ID,
      client_secret: SANDBOX_BASIC_CLIENT_SECRET,
    });
    expect(await userinfoStatus(mine.access_token)).toBe(200);
  });

  it("access tokens expire after 60 days", async () => {
    const { access_token } = await fullGrant("openid profile");
    await advanceClock(t.url, { advanceMs: 60 * DAY_MS - 1000 });
    expect(await userinfoStatus(access_token)).toBe(200);
    await advanceClock(t.url, { advanceMs: 1000 });
    const res = await fetch(`${t.url}/v2/userinfo`, { headers: { Authorization: `Bearer ${access_token}` } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      status: 401,
      serviceErrorCode: 65602,
      code: "EXPIRED_ACCESS_TOKEN",
      message: "The token used in the request has expired",
    });
  });
});

describe("refresh_token grant", () => {
  const refresh = (refreshToken: string, overrides: Record<string, string> = {}) =>
    postForm(tokenUrl(), {
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: SANDBOX_CLIENT_ID,
      client_secret: SANDBOX_CLIENT_SECRET,
      ...overrides,
    });

  it("refreshing on day 59 leaves 306 days on the refresh token (doc §3.4)", async () => {
    const first = await fullGrant("openid profile w_member_social");
    await advanceClock(t.url, { advanceMs: 59 * DAY_MS });
    const res = await refresh(first.refresh_token ?? "");
    expect(res.status).toBe(200);
    const body = (await res.json()) as TokenResponse;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^AQ/),
      expires_in: 5_184_000,
      refresh_token: first.refresh_token,
      refresh_token_expires_in: 306 * DAY_SECONDS,
    });
    expect(body.access_token).not.toBe(first.access_token);
    expect(await userinfoStatus(body.access_token)).toBe(200);
    // The new token keeps the original scopes.
    const minted = await restGet(t.url, "/rest/organizationAcls?q=roleAssignee", body.access_token);
    expect(minted.status).toBe(403);
  });

  it("refreshing on day 360 caps both tokens at 5 days", async () => {
    const first = await fullGrant("openid profile");
    await advanceClock(t.url, { advanceMs: 360 * DAY_MS });
    const body = (await (await refresh(first.refresh_token ?? "")).json()) as TokenResponse;
    expect(body.expires_in).toBe(5 * DAY_SECONDS);
    expect(body.refresh_token_expires_in).toBe(5 * DAY_SECONDS);
    await advanceClock(t.url, { advanceMs: 5 * DAY_MS });
    expect(await userinfoStatus(body.access_token)).toBe(401);
    const late = await refresh(first.refresh_token ?? "");
    expect(late.status).toBe(400);
    expect(await late.json()).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });
  });

  it("rejects unknown, foreign and revoked refresh tokens", async () => {
    const unknown = await refresh("AQnotarealtoken");
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });

    const first = await fullGrant("openid profile");
    const foreign = await refresh(first.refresh_token ?? "", {
      client_id: SANDBOX_BASIC_CLIENT_ID,
      client_secret: SANDBOX_BASIC_CLIENT_SECRET,
    });
    expect(await foreign.json()).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });

    await postJson(`${t.url}/_sandbox/faults`, { revokeToken: first.refresh_token });
    expect((await refresh(first.refresh_token ?? "")).status).toBe(400);
  });

  it("reports missing parameters and bad client credentials", async () => {
    const missing = await postForm(tokenUrl(), {
      grant_type: "refresh_token",
      client_id: SANDBOX_CLIENT_ID,
      client_secret: SANDBOX_CLIENT_SECRET,
    });
    expect(await missing.json()).toEqual({
      error: "invalid_request",
      error_description: 'A required parameter "refresh_token" is missing',
    });
    const badSecret = await refresh("AQx", { client_secret: "nope" });
    expect(badSecret.status).toBe(401);
    expect(await badSecret.json()).toEqual({
      error: "invalid_client",
      error_description: "Client authentication failed",
    });
  });
});

describe("client_credentials grant", () => {
  it("is refused unless enabled, then issues a 30-minute 2-legged token", async () => {
    const form = {
      grant_type: "client_credentials",
      client_id: SANDBOX_CLIENT_ID,
      client_secret: SANDBOX_CLIENT_SECRET,
    };
    const refused = await postForm(tokenUrl(), form);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      error: "access_denied",
      error_description: "This application is not allowed to create application tokens",
    });
    await postJson(`${t.url}/_sandbox/config`, {
      apps: { [SANDBOX_CLIENT_ID]: { clientCredentials: true } },
    });
    const res = await postForm(tokenUrl(), form);
    const body = (await res.json()) as TokenResponse;
    expect(body).toEqual({ access_token: expect.stringMatching(/^AQ/), expires_in: 1800 });
    // 2-legged tokens have no member: member-only resources deny them.
    const acls = await restGet(t.url, "/rest/organizationAcls?q=roleAssignee", body.access_token);
    expect(acls.status).toBe(403);
  });
});

describe("minted tokens", () => {
  it("count as the member's tokens for the scope-set rule", async () => {
    const minted = await mintToken(t.url, { scopes: ["openid", "profile"] });
    const sameSet = await fullGrant("openid profile");
    expect(await userinfoStatus(minted.access_token)).toBe(200);
    await fullGrant("openid profile email");
    expect(await userinfoStatus(minted.access_token)).toBe(401);
    expect(await userinfoStatus(sameSet.access_token)).toBe(401);
  });
});
