// Routes of www.linkedin.com/oauth (authorize, token, introspection, discovery, JWKS) and of
// api.linkedin.com/v2/userinfo.
import { json } from "../http/reply";
import type { Router } from "../http/router";
import { requireMember, requireScope } from "../rest/require-scope";
import { postAccessToken } from "./access-token";
import { getAuthorization, postAuthorization } from "./authorize";
import { postIntrospectToken } from "./introspect";
import { discoveryDocument, profileClaims } from "./oidc";

export function registerOAuthRoutes(router: Router): void {
  router.register({
    method: "GET",
    path: "/oauth/v2/authorization",
    handler: getAuthorization,
    description: "Authorization request: consent page, or redirect for an existing grant",
  });
  router.register({
    method: "POST",
    path: "/oauth/v2/authorization",
    handler: postAuthorization,
    description: "Consent form submission (decision=allow|refuse|cancel)",
  });
  router.register({
    method: "POST",
    path: "/oauth/v2/accessToken",
    handler: postAccessToken,
    description: "Token endpoint: authorization_code, refresh_token, client_credentials",
  });
  router.register({
    method: "POST",
    path: "/oauth/v2/introspectToken",
    handler: postIntrospectToken,
    description: "Token introspection",
  });
  router.register({
    method: "GET",
    path: "/oauth/.well-known/openid-configuration",
    handler: (ctx) => json(200, discoveryDocument(ctx.state, ctx.baseUrl)),
    description: "OIDC discovery",
  });
  router.register({
    method: "GET",
    path: "/oauth/openid/jwks",
    handler: (ctx) => json(200, { keys: [ctx.state.signingKey.publicJwk] }),
    description: "JWKS for id_token signatures",
  });
  router.register({
    method: "GET",
    path: "/v2/userinfo",
    resource: "userinfo",
    description: "OIDC userinfo (no LinkedIn-Version needed)",
    handler: (ctx) => {
      // LinkedIn's message for this unversioned resource: "userinfo.GET.NO_VERSION".
      requireScope(ctx, "profile", "GET");
      const { member, clientId, scopes } = requireMember(ctx, "GET");
      return json(200, profileClaims(ctx.state, ctx.baseUrl, member, clientId, scopes));
    },
  });
}
