// "Sign in with LinkedIn" through OpenID Connect (LinkedIn notes §4), against LinkedIn or the
// sandbox — discovery, id_token signature and issuer are checked by next-auth's OIDC client.
// Uses the member app when one is configured, else the main app if it has OpenID Connect.
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getEnv } from "@/lib/env";

type LinkedInOidcProfile = {
  sub: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
  picture?: string;
};

export function getLinkedInSignInProvider(): OAuthConfig<LinkedInOidcProfile> | null {
  const env = getEnv();
  const app =
    env.linkedinMemberApp ?? (env.linkedinProducts.includes("openid_connect") ? env.linkedin : null);
  if (!app) return null;
  const oauthRoot = env.linkedin.oauthBaseUrl.replace(/\/v2$/, "");
  // Server-side calls to the sandbox go to its local address even when browsers use a public one.
  const discoveryRoot = env.linkedin.target === "sandbox" ? `${env.linkedin.apiBaseUrl}/oauth` : oauthRoot;
  return {
    id: "linkedin",
    name: "LinkedIn",
    type: "oauth",
    wellKnown: `${discoveryRoot}/.well-known/openid-configuration`,
    authorization: {
      url: `${env.linkedin.oauthBaseUrl}/authorization`,
      params: { scope: "openid profile email" },
    },
    idToken: true,
    checks: ["state"],
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    client: { token_endpoint_auth_method: "client_secret_post" },
    profile(profile) {
      return {
        id: profile.sub,
        name: profile.name ?? "LinkedIn member",
        email: profile.email ?? null,
        image: profile.picture ?? null,
      };
    },
  };
}
