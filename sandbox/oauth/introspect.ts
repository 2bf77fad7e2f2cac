// POST /oauth/v2/introspectToken (doc §3.5): status of an access token, times in epoch seconds,
// comma-separated scopes (3-legged only).
import { OAuthError } from "../http/errors";
import type { RequestContext } from "../http/context";
import { json, type Reply } from "../http/reply";
import { authenticateClient } from "./apps";
import { formatScopes } from "./scopes";
import { tokenStatus } from "./token-store";

const seconds = (ms: number) => Math.floor(ms / 1000);

export function postIntrospectToken(ctx: RequestContext): Reply {
  const form = (ctx.body ?? {}) as Record<string, string>;
  for (const name of ["client_id", "client_secret", "token"]) {
    if (!form[name])
      throw new OAuthError(400, "invalid_request", `A required parameter "${name}" is missing`);
  }
  const app = authenticateClient(ctx.state, form.client_id ?? "", form.client_secret ?? "");
  if (!app) throw new OAuthError(401, "invalid_client", "Client authentication failed");

  const record = ctx.state.oauth.accessTokens[form.token ?? ""];
  // Another app's token is as unknown to this app as a made-up string.
  if (!record || record.clientId !== app.clientId) return json(200, { active: false });
  const status = tokenStatus(record, ctx.state.clock.now());
  return json(200, {
    active: status === "active",
    client_id: record.clientId,
    authorized_at: seconds(record.authorizedAt),
    created_at: seconds(record.createdAt),
    status,
    expires_at: seconds(record.expiresAt),
    ...(record.authType === "3L" ? { scope: formatScopes(record.scopes, ",") } : {}),
    auth_type: record.authType,
  });
}
