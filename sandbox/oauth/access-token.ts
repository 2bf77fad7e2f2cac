// POST /oauth/v2/accessToken (doc §3.3–§3.6): authorization_code, refresh_token and
// client_credentials grants, form-encoded only, with LinkedIn's error bodies and lifetimes.
import { OAuthError } from "../http/errors";
import type { RequestContext } from "../http/context";
import { json, type Reply } from "../http/reply";
import { findMember } from "../world";
import { authenticateClient } from "./apps";
import { buildIdToken } from "./oidc";
import { formatScopes } from "./scopes";
import { activeGrant, issueAccessToken, issueRefreshToken, tokenStatus } from "./token-store";

export const CLIENT_CREDENTIALS_TTL_SECONDS = 1800;

const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

const CODE_MISMATCH =
  "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists";

function requireParams(form: Record<string, string>, names: readonly string[]): void {
  for (const name of names) {
    if (!form[name])
      throw new OAuthError(400, "invalid_request", `A required parameter "${name}" is missing`);
  }
}

function clientOrThrow(ctx: RequestContext, form: Record<string, string>) {
  const app = authenticateClient(ctx.state, form.client_id ?? "", form.client_secret ?? "");
  if (!app) throw new OAuthError(401, "invalid_client", "Client authentication failed");
  return app;
}

export function postAccessToken(ctx: RequestContext): Reply {
  const form = (ctx.body ?? {}) as Record<string, string>;
  requireParams(form, ["grant_type"]);
  switch (form.grant_type) {
    case "authorization_code":
      return exchangeCode(ctx, form);
    case "refresh_token":
      return refresh(ctx, form);
    case "client_credentials":
      return clientCredentials(ctx, form);
    default:
      throw new OAuthError(
        400,
        "unsupported_grant_type",
        `The grant type "${form.grant_type}" is not supported`,
      );
  }
}

function exchangeCode(ctx: RequestContext, form: Record<string, string>): Reply {
  requireParams(form, ["code", "redirect_uri", "client_id", "client_secret"]);
  const app = clientOrThrow(ctx, form);
  const { state } = ctx;
  const now = state.clock.now();
  const code = state.oauth.codes[form.code ?? ""];
  if (!code)
    throw new OAuthError(
      400,
      "invalid_request",
      "Unable to retrieve access token: authorization code not found",
    );
  if (code.clientId !== app.clientId || code.redirectUri !== form.redirect_uri || now >= code.expiresAt) {
    throw new OAuthError(400, "invalid_redirect_uri", CODE_MISMATCH);
  }
  // Single use: a second exchange of the same code finds nothing.
  delete state.oauth.codes[code.code];
  const member = findMember(state.world, code.memberId);
  if (!member)
    throw new OAuthError(
      400,
      "invalid_request",
      "Unable to retrieve access token: authorization code not found",
    );

  const authorizedAt = activeGrant(state, app.clientId, member.id)?.grantedAt ?? code.createdAt;
  const refresh = app.refreshTokens
    ? issueRefreshToken(state, {
        clientId: app.clientId,
        memberId: member.id,
        scopes: code.scopes,
        authorizedAt,
        ttlSeconds: app.refreshTokenTtlSeconds,
      })
    : null;
  const access = issueAccessToken(state, {
    clientId: app.clientId,
    memberId: member.id,
    scopes: code.scopes,
    authorizedAt,
    authType: "3L",
    refreshToken: refresh?.token ?? null,
    source: "authorization_code",
    ttlSeconds: app.accessTokenTtlSeconds,
  });
  return json(
    200,
    {
      access_token: access.token,
      expires_in: app.accessTokenTtlSeconds,
      ...(refresh
        ? { refresh_token: refresh.token, refresh_token_expires_in: app.refreshTokenTtlSeconds }
        : {}),
      scope: formatScopes(code.scopes, state.config.scopeSeparator),
      ...(code.scopes.includes("openid")
        ? {
            id_token: buildIdToken(state, ctx.baseUrl, {
              clientId: app.clientId,
              member,
              scopes: code.scopes,
            }),
          }
        : {}),
    },
    NO_STORE,
  );
}

/** New access token with a fresh 60 days, capped by the refresh token's remaining life, which never grows (doc §3.4). */
function refresh(ctx: RequestContext, form: Record<string, string>): Reply {
  requireParams(form, ["refresh_token", "client_id", "client_secret"]);
  const app = clientOrThrow(ctx, form);
  const { state } = ctx;
  const now = state.clock.now();
  const record = state.oauth.refreshTokens[form.refresh_token ?? ""];
  if (!record || record.clientId !== app.clientId || tokenStatus(record, now) !== "active") {
    throw new OAuthError(400, "invalid_grant", "Token has been expired or revoked.");
  }
  const remaining = Math.floor((record.expiresAt - now) / 1000);
  const expiresIn = Math.min(app.accessTokenTtlSeconds, remaining);
  const access = issueAccessToken(state, {
    clientId: app.clientId,
    memberId: record.memberId,
    scopes: record.scopes,
    authorizedAt: record.authorizedAt,
    authType: "3L",
    refreshToken: record.token,
    source: "refresh_token",
    ttlSeconds: expiresIn,
  });
  return json(
    200,
    {
      access_token: access.token,
      expires_in: expiresIn,
      refresh_token: record.token,
      refresh_token_expires_in: remaining,
    },
    NO_STORE,
  );
}

function clientCredentials(ctx: RequestContext, form: Record<string, string>): Reply {
  requireParams(form, ["client_id", "client_secret"]);
  const app = clientOrThrow(ctx, form);
  if (!app.clientCredentials) {
    throw new OAuthError(
      401,
      "access_denied",
      "This application is not allowed to create application tokens",
    );
  }
  const access = issueAccessToken(ctx.state, {
    clientId: app.clientId,
    memberId: null,
    scopes: [],
    authorizedAt: ctx.state.clock.now(),
    authType: "2L",
    refreshToken: null,
    source: "client_credentials",
    ttlSeconds: CLIENT_CREDENTIALS_TTL_SECONDS,
  });
  return json(200, { access_token: access.token, expires_in: CLIENT_CREDENTIALS_TTL_SECONDS }, NO_STORE);
}
