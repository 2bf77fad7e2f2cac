// Validation of an authorization request (doc §3.1–§3.2, checklist 1–2), shared by the consent
// page (GET) and the consent form (POST), which re-validates everything it receives.
import type { AppConfig } from "../config";
import type { SandboxState } from "../state";
import { findApp, isRedirectAllowed } from "./apps";
import { KNOWN_SCOPES, scopesGrantedBy, splitScopes } from "./scopes";

export interface AuthorizeParams {
  response_type?: string;
  client_id?: string;
  redirect_uri?: string;
  state?: string;
  scope?: string;
}

export type AuthorizeValidation =
  /** Shown by LinkedIn itself (HTTP 400), never redirected: the redirect target is not trusted yet. */
  | { kind: "error"; status: 400; error: string; description: string }
  /** Redirect back to the app with `error`, `error_description` and `state`. */
  | { kind: "redirect-error"; location: string }
  | {
      kind: "ok";
      app: AppConfig;
      redirectUri: string;
      state: string;
      /** Scopes that will be granted (requested ∩ entitled, request order). */
      scopes: string[];
      /** Known scopes silently left out because the app lacks the product ("drop" mode). */
      dropped: string[];
    };

const missing = (name: string) => ({
  kind: "error" as const,
  status: 400 as const,
  error: "invalid_request",
  description: `A required parameter "${name}" is missing`,
});

export function redirectWith(redirectUri: string, params: Record<string, string>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

export function validateAuthorizeRequest(
  sandbox: SandboxState,
  params: AuthorizeParams,
): AuthorizeValidation {
  if (!params.client_id) return missing("client_id");
  const app = findApp(sandbox, params.client_id);
  if (!app)
    return { kind: "error", status: 400, error: "invalid_request", description: "Client_id doesn't match" };
  if (!params.redirect_uri) return missing("redirect_uri");
  if (!isRedirectAllowed(app, params.redirect_uri)) {
    return {
      kind: "error",
      status: 400,
      error: "invalid_request",
      description: "Redirect_uri doesn't match",
    };
  }
  if (!params.response_type) return missing("response_type");
  if (params.response_type !== "code") {
    return {
      kind: "error",
      status: 400,
      error: "unsupported_response_type",
      description: `Response type "${params.response_type}" is not supported; use "code"`,
    };
  }
  if (!params.state) return missing("state");
  if (!params.scope || splitScopes(params.scope).length === 0) return missing("scope");

  const requested = splitScopes(params.scope);
  const unknown = requested.filter((s) => !KNOWN_SCOPES.has(s));
  if (unknown.length > 0) {
    return {
      kind: "error",
      status: 400,
      error: "invalid_scope",
      description: `Invalid scope: ${unknown.join(", ")}`,
    };
  }
  const entitled = scopesGrantedBy(app.products);
  const unentitled = requested.filter((s) => !entitled.has(s));
  const scopes = requested.filter((s) => entitled.has(s));
  if (unentitled.length > 0 && (app.unentitledScopes === "redirect_error" || scopes.length === 0)) {
    return {
      kind: "redirect-error",
      location: redirectWith(params.redirect_uri, {
        error: "unauthorized_scope_error",
        error_description: `Scope "${unentitled[0]}" is not authorized for your application`,
        state: params.state,
      }),
    };
  }
  return {
    kind: "ok",
    app,
    redirectUri: params.redirect_uri,
    state: params.state,
    scopes,
    dropped: unentitled,
  };
}
