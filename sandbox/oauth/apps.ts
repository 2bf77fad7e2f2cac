// Registered OAuth apps: redirect URL matching (doc §3.1) and client authentication.
import type { AppConfig } from "../config";
import type { SandboxState } from "../state";

const stripQuery = (url: string) => url.split("?")[0] ?? url;

/**
 * Exact match against a registered URL, ignoring query strings on either side
 * (`…/callback?id=1` ≡ `…/callback`); `#` is never allowed. The loopback rule (any port and path
 * on localhost/127.0.0.1) lets local Cadence instances on any port use the default app.
 */
export function isRedirectAllowed(app: AppConfig, redirectUri: string): boolean {
  if (redirectUri.includes("#")) return false;
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (
    app.allowLoopbackRedirects &&
    url.protocol === "http:" &&
    (url.hostname === "localhost" || url.hostname === "127.0.0.1")
  ) {
    return true;
  }
  const wanted = stripQuery(redirectUri);
  return app.redirectUris.some((registered) => stripQuery(registered) === wanted);
}

export function findApp(state: SandboxState, clientId: string | undefined): AppConfig | undefined {
  if (!clientId) return undefined;
  return Object.hasOwn(state.config.apps, clientId) ? state.config.apps[clientId] : undefined;
}

/** The app when client_id and client_secret match, else undefined. */
export function authenticateClient(
  state: SandboxState,
  clientId: string,
  clientSecret: string,
): AppConfig | undefined {
  const app = findApp(state, clientId);
  return app && app.clientSecret === clientSecret ? app : undefined;
}
