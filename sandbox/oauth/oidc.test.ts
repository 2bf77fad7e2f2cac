import { createPublicKey, verify, type JsonWebKey } from "node:crypto";
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
  exchangeCode,
  mintToken,
  postForm,
  postJson,
  TEST_NOW,
  setupTestSandbox,
} from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

async function tokens(
  scope: string,
  clientId = SANDBOX_CLIENT_ID,
  secret = SANDBOX_CLIENT_SECRET,
  member?: string,
) {
  const code = await authorizeCode(t.url, { scope, clientId, member });
  const res = await exchangeCode(t.url, code, { client_id: clientId, client_secret: secret });
  return (await res.json()) as { access_token: string; id_token?: string };
}

function decodePart(part: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(part ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
}

async function verifyWithJwks(
  idToken: string,
): Promise<{ header: Record<string, unknown>; claims: Record<string, unknown> }> {
  const discovery = (await (await fetch(`${t.url}/oauth/.well-known/openid-configuration`)).json()) as {
    jwks_uri: string;
  };
  const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: (JsonWebKey & { kid: string })[] };
  const [headerPart, payloadPart, signaturePart] = idToken.split(".");
  const header = decodePart(headerPart);
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) throw new Error("kid not in JWKS");
  const ok = verify(
    "RSA-SHA256",
    Buffer.from(`${headerPart}.${payloadPart}`),
    createPublicKey({ key: jwk, format: "jwk" }),
    Buffer.from(signaturePart ?? "", "base64url"),
  );
  expect(ok).toBe(true);
  return { header, claims: decodePart(payloadPart) };
}

describe("OIDC discovery and JWKS", () => {
  it("serves LinkedIn's discovery document pointing at the sandbox", async () => {
    const res = await fetch(`${t.url}/oauth/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      issuer: t.url,
      authorization_endpoint: `${t.url}/oauth/v2/authorization`,
      token_endpoint: `${t.url}/oauth/v2/accessToken`,
      userinfo_endpoint: `${t.url}/v2/userinfo`,
      jwks_uri: `${t.url}/oauth/openid/jwks`,
      response_types_supported: ["code"],
      subject_types_supported: ["pairwise"],
      id_token_signing_alg_values_supported: ["RS256"],
      scopes_supported: ["openid", "profile", "email"],
      claims_supported: [
        "iss",
        "aud",
        "iat",
        "exp",
        "sub",
        "name",
        "given_name",
        "family_name",
        "picture",
        "email",
        "email_verified",
        "locale",
      ],
    });
  });

  it("serves an RSA signing key", async () => {
    const { keys } = (await (await fetch(`${t.url}/oauth/openid/jwks`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({
      kty: "RSA",
      e: "AQAB",
      use: "sig",
      alg: "RS256",
      kid: expect.any(String),
      n: expect.any(String),
    });
  });

  it("uses a configured issuer", async () => {
    await postJson(`${t.url}/_sandbox/config`, { issuer: "https://www.linkedin.com" });
    const doc = (await (await fetch(`${t.url}/oauth/.well-known/openid-configuration`)).json()) as {
      issuer: string;
    };
    expect(doc.issuer).toBe("https://www.linkedin.com");
    const { id_token } = await tokens("openid");
    expect((await verifyWithJwks(id_token ?? "")).claims.iss).toBe("https://www.linkedin.com");
  });
});

describe("id_token", () => {
  it("is an RS256 JWT verifiable with the JWKS, with profile and email claims", async () => {
    const { id_token } = await tokens("openid profile email");
    const { header, claims } = await verifyWithJwks(id_token ?? "");
    expect(header).toMatchObject({ alg: "RS256", typ: "JWT" });
    const iat = Math.floor(TEST_NOW / 1000);
    expect(claims).toEqual({
      iss: t.url,
      aud: SANDBOX_CLIENT_ID,
      iat,
      exp: iat + 3600,
      sub: "8kQvT3mZpA",
      name: "Alex Morgan",
      given_name: "Alex",
      family_name: "Morgan",
      picture: `${t.url}/_sandbox/avatars/8kQvT3mZpA.png`,
      locale: "en-US",
      email: "alex.morgan@example.com",
      email_verified: true,
    });
  });

  it("carries only the claims its scopes allow", async () => {
    const { id_token } = await tokens("openid");
    const { claims } = await verifyWithJwks(id_token ?? "");
    expect(Object.keys(claims).sort()).toEqual(["aud", "exp", "iat", "iss", "sub"]);
  });

  it("has a pairwise sub: the same member differs between apps", async () => {
    const main = await tokens("openid profile", SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, "R2dNw7LxYc");
    const basic = await tokens(
      "openid profile",
      SANDBOX_BASIC_CLIENT_ID,
      SANDBOX_BASIC_CLIENT_SECRET,
      "R2dNw7LxYc",
    );
    const mainSub = (await verifyWithJwks(main.id_token ?? "")).claims.sub;
    const basicClaims = (await verifyWithJwks(basic.id_token ?? "")).claims;
    expect(mainSub).toBe("R2dNw7LxYc");
    expect(basicClaims.sub).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(basicClaims.sub).not.toBe(mainSub);
    expect(basicClaims.aud).toBe(SANDBOX_BASIC_CLIENT_ID);
    // userinfo agrees with the id_token for each app
    const info = (await (
      await fetch(`${t.url}/v2/userinfo`, { headers: { Authorization: `Bearer ${basic.access_token}` } })
    ).json()) as {
      sub: string;
    };
    expect(info.sub).toBe(basicClaims.sub);
  });
});

describe("GET /v2/userinfo", () => {
  const userinfo = (token: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/v2/userinfo`, { headers: { Authorization: `Bearer ${token}`, ...headers } });

  it("returns the profile and email without a LinkedIn-Version header", async () => {
    const { access_token } = await mintToken(t.url, { scopes: ["openid", "profile", "email"] });
    const res = await userinfo(access_token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      sub: "8kQvT3mZpA",
      name: "Alex Morgan",
      given_name: "Alex",
      family_name: "Morgan",
      picture: `${t.url}/_sandbox/avatars/8kQvT3mZpA.png`,
      locale: "en-US",
      email: "alex.morgan@example.com",
      email_verified: true,
    });
  });

  it("leaves out email without the email scope and can emit the object locale", async () => {
    await postJson(`${t.url}/_sandbox/config`, { localeFormat: "object" });
    const { access_token } = await mintToken(t.url, { member: "Zt5HbQ1uKe", scopes: ["openid", "profile"] });
    expect(await (await userinfo(access_token)).json()).toEqual({
      sub: "Zt5HbQ1uKe",
      name: "Sam Lee",
      given_name: "Sam",
      family_name: "Lee",
      picture: `${t.url}/_sandbox/avatars/Zt5HbQ1uKe.png`,
      locale: { country: "US", language: "en" },
    });
  });

  it("answers 403 ACCESS_DENIED without the profile scope", async () => {
    const { access_token } = await mintToken(t.url, { scopes: ["openid", "email", "w_member_social"] });
    const res = await userinfo(access_token);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      status: 403,
      serviceErrorCode: 100,
      code: "ACCESS_DENIED",
      message: "Not enough permissions to access: userinfo.GET.NO_VERSION",
    });
  });

  it("answers 401 without a token", async () => {
    const res = await fetch(`${t.url}/v2/userinfo`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      status: 401,
      serviceErrorCode: 401,
      message: "Empty oauth2_access_token",
    });
  });
});

describe("POST /oauth/v2/introspectToken", () => {
  const introspect = (token: string, clientId = SANDBOX_CLIENT_ID, secret = SANDBOX_CLIENT_SECRET) =>
    postForm(`${t.url}/oauth/v2/introspectToken`, { client_id: clientId, client_secret: secret, token });

  it("describes an active token with epoch-second times and comma scopes", async () => {
    const { access_token } = await tokens("openid profile w_member_social");
    await advanceClock(t.url, { advanceMs: 10_000 });
    const res = await introspect(access_token);
    expect(res.status).toBe(200);
    const seconds = Math.floor(TEST_NOW / 1000);
    expect(await res.json()).toEqual({
      active: true,
      client_id: SANDBOX_CLIENT_ID,
      authorized_at: seconds,
      created_at: seconds,
      status: "active",
      expires_at: seconds + 5_184_000,
      scope: "openid,profile,w_member_social",
      auth_type: "3L",
    });
  });

  it("reports expired and revoked tokens", async () => {
    const { access_token } = await mintToken(t.url, { scopes: ["profile"], expiresIn: 60 });
    await advanceClock(t.url, { advanceMs: 60_000 });
    expect(await (await introspect(access_token)).json()).toMatchObject({ active: false, status: "expired" });

    const other = await mintToken(t.url, { scopes: ["profile"] });
    await postJson(`${t.url}/_sandbox/faults`, { revokeToken: other.access_token });
    expect(await (await introspect(other.access_token)).json()).toMatchObject({
      active: false,
      status: "revoked",
    });
  });

  it("answers {active:false} for unknown tokens and for another app's tokens", async () => {
    expect(await (await introspect("AQmadeup")).json()).toEqual({ active: false });
    const { access_token } = await mintToken(t.url, { scopes: ["profile"] });
    expect(
      await (await introspect(access_token, SANDBOX_BASIC_CLIENT_ID, SANDBOX_BASIC_CLIENT_SECRET)).json(),
    ).toEqual({ active: false });
  });

  it("requires all parameters and valid client credentials", async () => {
    const missing = await postForm(`${t.url}/oauth/v2/introspectToken`, {
      client_id: SANDBOX_CLIENT_ID,
      client_secret: SANDBOX_CLIENT_SECRET,
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: "invalid_request",
      error_description: 'A required parameter "token" is missing',
    });
    const badClient = await introspect("AQx", SANDBOX_CLIENT_ID, "wrong");
    expect(badClient.status).toBe(401);
    expect(await badClient.json()).toEqual({
      error: "invalid_client",
      error_description: "Client authentication failed",
    });
  });

  it("keeps counting after a day", async () => {
    const { access_token } = await mintToken(t.url, { scopes: ["profile"] });
    await advanceClock(t.url, { advanceMs: DAY_MS });
    expect(await (await introspect(access_token)).json()).toMatchObject({ active: true, status: "active" });
  });
});
