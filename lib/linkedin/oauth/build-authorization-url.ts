// The URL that sends a member to LinkedIn's consent page (doc §3.1). Scopes are space-separated
// and percent-encoded (`%20`), redirect_uri is encoded, and there is deliberately no way to add
// `prompt=none`: it yields only previously consented scopes (pitfall §15.4).
import { getLinkedInConfig, type LinkedInConfig } from "../config";

export interface AuthorizationUrlInput {
  scopes: readonly string[];
  /** Unguessable CSRF value, compared with the callback's `state` (doc §3.2). */
  state: string;
  /** Must match a redirect URL registered on the LinkedIn app exactly. */
  redirectUri: string;
  /** Offers Google/Apple/passkey sign-in on mobile (doc §3.1). */
  enableExtendedLogin?: boolean;
}

export function buildAuthorizationUrl(
  input: AuthorizationUrlInput,
  config: LinkedInConfig = getLinkedInConfig(),
): string {
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) throw new TypeError("buildAuthorizationUrl: at least one scope is required");
  const badScope = scopes.find((scope) => !/^[A-Za-z0-9_.:-]+$/.test(scope));
  if (badScope !== undefined) throw new TypeError(`buildAuthorizationUrl: invalid scope "${badScope}"`);
  if (input.state.trim() === "") throw new TypeError("buildAuthorizationUrl: state is required");
  if (!URL.canParse(input.redirectUri) || input.redirectUri.includes("#")) {
    throw new TypeError("buildAuthorizationUrl: redirectUri must be an absolute URL without #");
  }
  const params: [string, string][] = [
    ["response_type", "code"],
    ["client_id", config.clientId],
    ["redirect_uri", input.redirectUri],
    ["state", input.state],
    ["scope", scopes.join(" ")],
  ];
  if (input.enableExtendedLogin) params.push(["enable_extended_login", "true"]);
  // encodeURIComponent, not URLSearchParams: the doc asks for %20 between scopes, not `+`.
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
  return `${config.oauthBaseUrl}/authorization?${query}`;
}
