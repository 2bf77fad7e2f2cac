// Asks LinkedIn whether a token is alive, and with which scopes (doc §3.5). Unknown tokens and
// other apps' tokens answer `active: false`, not an error.
import { getLinkedInConfig, type LinkedInConfig } from "../config";
import { postOAuthForm } from "./post-oauth-form";
import { introspectionResponseSchema, toIntrospection, type TokenIntrospection } from "./token-schemas";

export async function introspectToken(
  input: { token: string },
  config: LinkedInConfig = getLinkedInConfig(),
): Promise<TokenIntrospection> {
  const response = await postOAuthForm(config, {
    path: "/introspectToken",
    form: { token: input.token },
    schema: introspectionResponseSchema,
    idempotent: true,
  });
  return toIntrospection(response);
}
