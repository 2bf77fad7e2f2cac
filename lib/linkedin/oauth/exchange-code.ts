// Trades the callback's authorization code for tokens (doc §3.3). Codes are single use, so a
// failed exchange is never retried: the member starts the connection again.
import { getLinkedInConfig, type LinkedInConfig } from "../config";
import { postOAuthForm } from "./post-oauth-form";
import { toTokenSet, tokenResponseSchema, type LinkedInTokenSet } from "./token-schemas";

export async function exchangeCode(
  input: { code: string; redirectUri: string },
  config: LinkedInConfig = getLinkedInConfig(),
): Promise<LinkedInTokenSet> {
  const response = await postOAuthForm(config, {
    path: "/accessToken",
    form: { grant_type: "authorization_code", code: input.code, redirect_uri: input.redirectUri },
    schema: tokenResponseSchema,
    idempotent: false,
  });
  return toTokenSet(response, config.now());
}
