// LinkedIn's OAuth token answers (doc §3.3–§3.5) and Cadence's shapes for them. Lifetimes arrive
// as seconds-from-now (token endpoint) or epoch seconds (introspection); Cadence keeps Dates.
import { z } from "zod";
import { splitScopes } from "../scopes";

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().nonnegative(),
  // Only for apps enabled for programmatic refresh (doc §3.4, pitfall §15.6): optional.
  refresh_token: z.string().min(1).optional(),
  refresh_token_expires_in: z.number().int().nonnegative().optional(),
  // Comma- or space-separated depending on the source (doc §3.3); absent on refresh answers.
  scope: z.string().optional(),
  id_token: z.string().min(1).optional(),
  token_type: z.string().optional(),
});

export interface LinkedInTokenSet {
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** null when the app has no programmatic refresh: the member must reconnect before expiry. */
  refreshToken: string | null;
  /** Counts down from the first grant and is never extended by a refresh (doc §3.4). */
  refreshTokenExpiresAt: Date | null;
  /** Granted scopes; null when LinkedIn did not say (refresh answers keep the original grant's). */
  scopes: string[] | null;
  /** OIDC id_token, only when `openid` was granted (doc §4). */
  idToken: string | null;
}

export function toTokenSet(response: z.infer<typeof tokenResponseSchema>, nowMs: number): LinkedInTokenSet {
  return {
    accessToken: response.access_token,
    accessTokenExpiresAt: new Date(nowMs + response.expires_in * 1000),
    refreshToken: response.refresh_token ?? null,
    refreshTokenExpiresAt:
      response.refresh_token && response.refresh_token_expires_in !== undefined
        ? new Date(nowMs + response.refresh_token_expires_in * 1000)
        : null,
    scopes: response.scope === undefined ? null : splitScopes(response.scope),
    idToken: response.id_token ?? null,
  };
}

export const introspectionResponseSchema = z.object({
  active: z.boolean(),
  client_id: z.string().optional(),
  authorized_at: z.number().optional(),
  created_at: z.number().optional(),
  expires_at: z.number().optional(),
  status: z.string().optional(),
  scope: z.string().optional(),
  auth_type: z.string().optional(),
});

export interface TokenIntrospection {
  active: boolean;
  status: "active" | "expired" | "revoked" | "unknown";
  clientId: string | null;
  scopes: string[];
  authorizedAt: Date | null;
  createdAt: Date | null;
  expiresAt: Date | null;
  /** `2L`, `3L` or `Enterprise_User`. */
  authType: string | null;
}

const fromEpochSeconds = (seconds: number | undefined) =>
  seconds === undefined ? null : new Date(seconds * 1000);

export function toIntrospection(response: z.infer<typeof introspectionResponseSchema>): TokenIntrospection {
  const status = response.status;
  return {
    active: response.active,
    status: status === "active" || status === "expired" || status === "revoked" ? status : "unknown",
    clientId: response.client_id ?? null,
    scopes: splitScopes(response.scope),
    authorizedAt: fromEpochSeconds(response.authorized_at),
    createdAt: fromEpochSeconds(response.created_at),
    expiresAt: fromEpochSeconds(response.expires_at),
    authType: response.auth_type ?? null,
  };
}
