import { describe, expect, it } from "vitest";
import { SANDBOX_BASIC_CLIENT_ID, SANDBOX_CLIENT_ID } from "../seed";
import { postJson, submitConsent, TEST_REDIRECT_URI, setupTestSandbox } from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

function authorizeUrl(params: Record<string, string | undefined>): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
  return `${t.url}/oauth/v2/authorization?${query}`;
}

const valid = {
  response_type: "code",
  client_id: SANDBOX_CLIENT_ID,
  redirect_uri: TEST_REDIRECT_URI,
  state: "9f2c1e",
  scope: "openid profile email w_member_social",
};

async function get(params: Record<string, string | undefined>, headers: Record<string, string> = {}) {
  return fetch(authorizeUrl(params), { redirect: "manual", headers });
}

describe("GET /oauth/v2/authorization", () => {
  it("renders the consent page with stable, accessible controls", async () => {
    const res = await get(valid);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await res.text();
    expect(page).toContain(
      '<button type="submit" name="decision" value="allow" class="primary">Allow</button>',
    );
    expect(page).toContain(">Refuse</button>");
    expect(page).toContain(">Cancel</button>");
    expect(page).toContain("<legend>Sign in as</legend>");
    expect(page).toMatch(
      /<input type="radio" name="member" id="member-8kQvT3mZpA" value="8kQvT3mZpA"[^>]* checked>/,
    );
    expect(page).toContain(
      '<label for="member-R2dNw7LxYc"><img src="/_sandbox/avatars/R2dNw7LxYc.svg" alt="">Priya Shah</label>',
    );
    expect(page).toContain('<input type="hidden" name="state" value="9f2c1e">');
    expect(page).toContain("<code>w_member_social</code>");
  });

  it.each([
    [{ ...valid, client_id: undefined }, "invalid_request", 'A required parameter "client_id" is missing'],
    [{ ...valid, client_id: "nope" }, "invalid_request", "Client_id doesn't match"],
    [
      { ...valid, redirect_uri: undefined },
      "invalid_request",
      'A required parameter "redirect_uri" is missing',
    ],
    [
      { ...valid, redirect_uri: "https://evil.example.com/callback" },
      "invalid_request",
      "Redirect_uri doesn't match",
    ],
    [
      { ...valid, redirect_uri: "http://localhost:3000/callback#frag" },
      "invalid_request",
      "Redirect_uri doesn't match",
    ],
    [{ ...valid, redirect_uri: "not a url" }, "invalid_request", "Redirect_uri doesn't match"],
    [
      { ...valid, response_type: undefined },
      "invalid_request",
      'A required parameter "response_type" is missing',
    ],
    [
      { ...valid, response_type: "token" },
      "unsupported_response_type",
      'Response type "token" is not supported; use "code"',
    ],
    [{ ...valid, state: undefined }, "invalid_request", 'A required parameter "state" is missing'],
    [{ ...valid, scope: undefined }, "invalid_request", 'A required parameter "scope" is missing'],
    [{ ...valid, scope: " , " }, "invalid_request", 'A required parameter "scope" is missing'],
    [{ ...valid, scope: "openid r_nonsense w_bogus" }, "invalid_scope", "Invalid scope: r_nonsense, w_bogus"],
  ])("answers 400 for %j", async (params, error, description) => {
    const res = await get(params);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error, error_description: description });
  });

  it("shows the 400 as an HTML page to browsers", async () => {
    const res = await get({ ...valid, client_id: "nope" }, { Accept: "text/html" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("<p>Client_id doesn&#39;t match</p>");
  });

  it.each([
    ["space", "openid profile"],
    ["plus", "openid+profile"],
    ["comma", "openid,profile"],
  ])("accepts %s-separated scopes", async (_name, scope) => {
    // Built by hand so "+" and "," reach the server literally.
    const res = await fetch(
      `${t.url}/oauth/v2/authorization?response_type=code&client_id=${SANDBOX_CLIENT_ID}&redirect_uri=${encodeURIComponent(TEST_REDIRECT_URI)}&state=s&scope=${scope}`,
    );
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("<code>openid</code>");
    expect(page).toContain("<code>profile</code>");
  });

  it("matches registered redirect URLs ignoring their query", async () => {
    await postJson(`${t.url}/_sandbox/config`, {
      apps: { [SANDBOX_CLIENT_ID]: { redirectUris: ["https://cadence.example.com/callback?x=1"] } },
    });
    expect((await get({ ...valid, redirect_uri: "https://cadence.example.com/callback" })).status).toBe(200);
    expect((await get({ ...valid, redirect_uri: "https://cadence.example.com/callback?id=1" })).status).toBe(
      200,
    );
    expect((await get({ ...valid, redirect_uri: "https://cadence.example.com/other" })).status).toBe(400);
    expect((await get({ ...valid, redirect_uri: "http://127.0.0.1:9999/anything" })).status).toBe(200);
  });

  it("drops unentitled scopes by default and says so on the consent page", async () => {
    const res = await get({
      ...valid,
      client_id: SANDBOX_BASIC_CLIENT_ID,
      scope: "openid profile w_member_social w_organization_social",
    });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(
      "This app is not entitled to <strong>w_organization_social</strong>; it will not be granted.",
    );
    expect(page).not.toContain("<code>w_organization_social</code>");
  });

  it("redirects unauthorized_scope_error in redirect_error mode, and when nothing would be granted", async () => {
    const onlyUnentitled = await get({
      ...valid,
      client_id: SANDBOX_BASIC_CLIENT_ID,
      scope: "rw_organization_admin",
    });
    expect(onlyUnentitled.status).toBe(302);
    const location = new URL(onlyUnentitled.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(TEST_REDIRECT_URI);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: "unauthorized_scope_error",
      error_description: 'Scope "rw_organization_admin" is not authorized for your application',
      state: "9f2c1e",
    });

    await postJson(`${t.url}/_sandbox/config`, {
      apps: { [SANDBOX_BASIC_CLIENT_ID]: { unentitledScopes: "redirect_error" } },
    });
    const res = await get({
      ...valid,
      client_id: SANDBOX_BASIC_CLIENT_ID,
      scope: "openid w_organization_social",
    });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get("location") ?? "").searchParams.get("error_description")).toBe(
      'Scope "w_organization_social" is not authorized for your application',
    );
  });
});

describe("POST /oauth/v2/authorization (consent form)", () => {
  it("Allow redirects with code and state and remembers the member", async () => {
    const { location, response } = await submitConsent(t.url, { scope: "openid profile", state: "abc 123" });
    expect(response.status).toBe(303);
    expect(`${location.origin}${location.pathname}`).toBe(TEST_REDIRECT_URI);
    expect(location.searchParams.get("state")).toBe("abc 123");
    expect(location.searchParams.get("code")).toMatch(/^AQ[A-Za-z0-9_-]{180}$/);
    expect(response.headers.get("set-cookie")).toBe(
      "li_sandbox_member=8kQvT3mZpA; Path=/; HttpOnly; SameSite=Lax",
    );
  });

  it("keeps the query of the app's redirect URL", async () => {
    const { location } = await submitConsent(t.url, {
      scope: "openid",
      redirectUri: "http://localhost:3000/cb?channel=42",
    });
    expect(location.searchParams.get("channel")).toBe("42");
    expect(location.searchParams.get("code")).not.toBeNull();
  });

  it("Cancel redirects user_cancelled_login", async () => {
    const { location } = await submitConsent(t.url, { scope: "openid", decision: "cancel", state: "s1" });
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: "user_cancelled_login",
      error_description: "The user cancelled LinkedIn login",
      state: "s1",
    });
  });

  it("Refuse redirects user_cancelled_authorize", async () => {
    const { location } = await submitConsent(t.url, { scope: "openid", decision: "refuse", state: "s2" });
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: "user_cancelled_authorize",
      error_description: "The user cancelled the authorization",
      state: "s2",
    });
  });

  it("re-validates the form and rejects an unknown member", async () => {
    const tampered = await fetch(`${t.url}/oauth/v2/authorization`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        ...valid,
        redirect_uri: "https://evil.example.com/",
        member: "8kQvT3mZpA",
        decision: "allow",
      }),
      redirect: "manual",
    });
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toEqual({
      error: "invalid_request",
      error_description: "Redirect_uri doesn't match",
    });

    const nobody = await fetch(`${t.url}/oauth/v2/authorization`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...valid, member: "nobody", decision: "allow" }),
      redirect: "manual",
    });
    expect(nobody.status).toBe(400);
    expect(await nobody.json()).toEqual({
      error: "invalid_request",
      error_description: "Choose a member to sign in as",
    });

    const noDecision = await fetch(`${t.url}/oauth/v2/authorization`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...valid, member: "8kQvT3mZpA" }),
      redirect: "manual",
    });
    expect(await noDecision.json()).toEqual({
      error: "invalid_request",
      error_description: 'A required parameter "decision" is missing',
    });
  });

  it("skips consent for a signed-in member with a grant for the same scopes, not for a different set", async () => {
    await submitConsent(t.url, { scope: "openid profile" });
    const cookie = "li_sandbox_member=8kQvT3mZpA";
    const same = await get({ ...valid, scope: "profile,openid" }, { Cookie: cookie });
    expect(same.status).toBe(302);
    const location = new URL(same.headers.get("location") ?? "");
    expect(location.searchParams.get("code")).toMatch(/^AQ/);
    expect(location.searchParams.get("state")).toBe("9f2c1e");

    const different = await get({ ...valid, scope: "openid profile email" }, { Cookie: cookie });
    expect(different.status).toBe(200);
    const otherMember = await get(
      { ...valid, scope: "openid profile" },
      { Cookie: "li_sandbox_member=R2dNw7LxYc" },
    );
    expect(otherMember.status).toBe(200);
    expect(await otherMember.text()).toMatch(/id="member-R2dNw7LxYc" value="R2dNw7LxYc"[^>]* checked>/);
  });
});
