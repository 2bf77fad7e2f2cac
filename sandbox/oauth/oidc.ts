// OpenID Connect (doc §4): discovery document, JWKS, id_token claims and the userinfo profile.
// `sub` is pairwise (a different id per app), like LinkedIn's member ids.
import type { SandboxConfig } from "../config";
import { SANDBOX_CLIENT_ID } from "../seed";
import type { SandboxState } from "../state";
import { personIdFor, type SandboxMember } from "../world";
import { signJwt } from "./signing-key";

export const ID_TOKEN_TTL_SECONDS = 3600;

export function issuerOf(state: SandboxState, baseUrl: string): string {
  return state.config.issuer ?? baseUrl;
}

export function discoveryDocument(state: SandboxState, baseUrl: string) {
  return {
    issuer: issuerOf(state, baseUrl),
    authorization_endpoint: `${baseUrl}/oauth/v2/authorization`,
    token_endpoint: `${baseUrl}/oauth/v2/accessToken`,
    userinfo_endpoint: `${baseUrl}/v2/userinfo`,
    jwks_uri: `${baseUrl}/oauth/openid/jwks`,
    response_types_supported: ["code"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
    scopes_supported: ["openid", "profile", "email"],
    claims_supported: [
      "iss",
      "aud",
      "iat",
      "exp",
      "sub",
      "name",
      "given_name",
      "family_name",
      "picture",
      "email",
      "email_verified",
      "locale",
    ],
  };
}

export const avatarUrl = (baseUrl: string, memberId: string) => `${baseUrl}/_sandbox/avatars/${memberId}.png`;

function localeOf(member: SandboxMember, format: SandboxConfig["localeFormat"]) {
  return format === "object" ? { ...member.locale } : `${member.locale.language}-${member.locale.country}`;
}

/** Profile claims by granted scope: name/picture/locale need `profile`, email needs `email`. */
export function profileClaims(
  state: SandboxState,
  baseUrl: string,
  member: SandboxMember,
  clientId: string,
  scopes: readonly string[],
) {
  return {
    sub: personIdFor(member.id, clientId, SANDBOX_CLIENT_ID),
    ...(scopes.includes("profile")
      ? {
          name: `${member.firstName} ${member.lastName}`,
          given_name: member.firstName,
          family_name: member.lastName,
          picture: avatarUrl(baseUrl, member.id),
          locale: localeOf(member, state.config.localeFormat),
        }
      : {}),
    ...(scopes.includes("email") ? { email: member.email, email_verified: member.emailVerified } : {}),
  };
}

export function buildIdToken(
  state: SandboxState,
  baseUrl: string,
  input: { clientId: string; member: SandboxMember; scopes: readonly string[] },
): string {
  const iat = Math.floor(state.clock.now() / 1000);
  const { sub, ...claims } = profileClaims(state, baseUrl, input.member, input.clientId, input.scopes);
  return signJwt(state.signingKey, {
    iss: issuerOf(state, baseUrl),
    aud: input.clientId,
    iat,
    exp: iat + ID_TOKEN_TTL_SECONDS,
    sub,
    ...claims,
  });
}
