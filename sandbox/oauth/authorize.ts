// GET /oauth/v2/authorization (consent page, or an immediate redirect for an existing grant with
// the same scopes) and POST /oauth/v2/authorization (the consent form's Allow/Refuse/Cancel).
import type { RequestContext } from "../http/context";
import { errorPage } from "../pages/html";
import { html, json, redirect, type Reply } from "../http/reply";
import { defaultMember, findMember } from "../world";
import {
  redirectWith,
  validateAuthorizeRequest,
  type AuthorizeParams,
  type AuthorizeValidation,
} from "./authorize-request";
import { renderConsentPage } from "./consent-page";
import { activeGrant, createCode, recordGrant } from "./token-store";
import { sameScopeSet } from "./scopes";

/** Remembers who signed in on the consent page, so a repeat authorization can skip consent. */
export const MEMBER_COOKIE = "li_sandbox_member";

function paramsFrom(source: Record<string, unknown>): AuthorizeParams {
  const pick = (key: string) => (typeof source[key] === "string" ? (source[key] as string) : undefined);
  return {
    response_type: pick("response_type"),
    client_id: pick("client_id"),
    redirect_uri: pick("redirect_uri"),
    state: pick("state"),
    scope: pick("scope"),
  };
}

function wantsHtml(ctx: RequestContext): boolean {
  return (ctx.headers.accept ?? "").includes("text/html");
}

function errorReply(ctx: RequestContext, result: Extract<AuthorizeValidation, { kind: "error" }>): Reply {
  if (wantsHtml(ctx))
    return html(result.status, errorPage("Bummer, something went wrong.", result.description));
  return json(result.status, { error: result.error, error_description: result.description });
}

function cookieMember(ctx: RequestContext): string | undefined {
  const cookies = ctx.headers.cookie ?? "";
  for (const part of cookies.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === MEMBER_COOKIE) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

function issueCodeRedirect(
  ctx: RequestContext,
  valid: Extract<AuthorizeValidation, { kind: "ok" }>,
  memberId: string,
  status: number,
): Reply {
  const code = createCode(ctx.state, {
    clientId: valid.app.clientId,
    redirectUri: valid.redirectUri,
    memberId,
    scopes: valid.scopes,
  });
  return redirect(redirectWith(valid.redirectUri, { code: code.code, state: valid.state }), status, {
    "Set-Cookie": `${MEMBER_COOKIE}=${encodeURIComponent(memberId)}; Path=/; HttpOnly; SameSite=Lax`,
  });
}

export function getAuthorization(ctx: RequestContext): Reply {
  const params = paramsFrom(ctx.query);
  const valid = validateAuthorizeRequest(ctx.state, params);
  if (valid.kind === "error") return errorReply(ctx, valid);
  if (valid.kind === "redirect-error") return redirect(valid.location);

  const signedIn = cookieMember(ctx);
  const member = signedIn ? findMember(ctx.state.world, signedIn) : undefined;
  if (member) {
    const grant = activeGrant(ctx.state, valid.app.clientId, member.id);
    if (grant && sameScopeSet(grant.scopes, valid.scopes))
      return issueCodeRedirect(ctx, valid, member.id, 302);
  }
  return html(
    200,
    renderConsentPage({
      app: valid.app,
      params,
      scopes: valid.scopes,
      dropped: valid.dropped,
      world: ctx.state.world,
      selectedMemberId: member?.id ?? defaultMember(ctx.state.world).id,
    }),
    { "Cache-Control": "no-store" },
  );
}

export function postAuthorization(ctx: RequestContext): Reply {
  const form = (ctx.body ?? {}) as Record<string, string>;
  const valid = validateAuthorizeRequest(ctx.state, paramsFrom(form));
  if (valid.kind === "error") return errorReply(ctx, valid);
  if (valid.kind === "redirect-error") return redirect(valid.location, 303);

  switch (form.decision) {
    case "allow": {
      const member = findMember(ctx.state.world, form.member ?? "");
      if (!member) {
        return errorReply(ctx, {
          kind: "error",
          status: 400,
          error: "invalid_request",
          description: "Choose a member to sign in as",
        });
      }
      recordGrant(ctx.state, {
        clientId: valid.app.clientId,
        memberId: member.id,
        scopes: valid.scopes,
        ttlSeconds: valid.app.refreshTokens
          ? valid.app.refreshTokenTtlSeconds
          : valid.app.accessTokenTtlSeconds,
      });
      return issueCodeRedirect(ctx, valid, member.id, 303);
    }
    case "cancel":
      return redirect(
        redirectWith(valid.redirectUri, {
          error: "user_cancelled_login",
          error_description: "The user cancelled LinkedIn login",
          state: valid.state,
        }),
        303,
      );
    case "refuse":
      return redirect(
        redirectWith(valid.redirectUri, {
          error: "user_cancelled_authorize",
          error_description: "The user cancelled the authorization",
          state: valid.state,
        }),
        303,
      );
    default:
      return errorReply(ctx, {
        kind: "error",
        status: 400,
        error: "invalid_request",
        description: 'A required parameter "decision" is missing',
      });
  }
}
