// A new access token from a refresh token (doc §3.4). The refresh token's own lifetime is never
// extended, and LinkedIn may or may not return a new string: persist whatever comes back.
// Retried on transient failures: a refresh token stays usable until it expires.
import { getLinkedInConfig, type LinkedInConfig } from "../config";
import { postOAuthForm } from "./post-oauth-form";
import { toTokenSet, tokenResponseSchema, type LinkedInTokenSet } from "./token-schemas";

export async function refreshAccessToken(
  input: { refreshToken: string },
  config: LinkedInConfig = getLinkedInConfig(),
): Promise<LinkedInTokenSet> {
  const response = await postOAuthForm(config, {
    path: "/accessToken",
    form: { grant_type: "refresh_token", refresh_token: input.refreshToken },
    schema: tokenResponseSchema,
    idempotent: true,
  });
  const tokens = toTokenSet(response, config.now());
  // Keep the refresh token we had when LinkedIn does not send one back.
  return tokens.refreshToken === null ? { ...tokens, refreshToken: input.refreshToken } : tokens;
}
