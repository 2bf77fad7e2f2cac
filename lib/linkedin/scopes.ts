// Which LinkedIn product provides each OAuth scope (doc §3.7), in words a Cadence admin can act
// on. Unentitled scopes are often dropped silently from a grant (pitfall §15.5), so a missing
// scope is explained by the product the LinkedIn app must have.

export type LinkedInProduct =
  | "Sign In with LinkedIn using OpenID Connect"
  | "Share on LinkedIn"
  | "Community Management API"
  | "Advertising API"
  | "Compliance API";

interface ScopeInfo {
  product: LinkedInProduct;
  /** What the scope lets Cadence do, completing "Cadence cannot …". */
  purpose: string;
}

const SCOPES: Record<string, ScopeInfo> = {
  openid: { product: "Sign In with LinkedIn using OpenID Connect", purpose: "sign you in with LinkedIn" },
  profile: { product: "Sign In with LinkedIn using OpenID Connect", purpose: "read your name and photo" },
  email: { product: "Sign In with LinkedIn using OpenID Connect", purpose: "read your email address" },
  w_member_social: { product: "Share on LinkedIn", purpose: "publish posts on your personal profile" },
  r_member_social: { product: "Community Management API", purpose: "read posts from your personal profile" },
  r_member_postAnalytics: {
    product: "Community Management API",
    purpose: "read statistics of your personal posts",
  },
  w_organization_social: { product: "Community Management API", purpose: "publish posts as your Pages" },
  r_organization_social: { product: "Community Management API", purpose: "read your Pages' posts" },
  rw_organization_admin: {
    product: "Community Management API",
    purpose: "list the Pages you manage and read their statistics",
  },
  r_organization_admin: { product: "Community Management API", purpose: "list the Pages you manage" },
  rw_ads: { product: "Advertising API", purpose: "manage ad accounts" },
  r_ads: { product: "Advertising API", purpose: "read ad accounts" },
  r_compliance: { product: "Compliance API", purpose: "read data for compliance" },
};

export function describeScope(scope: string): { product: LinkedInProduct | null; purpose: string } {
  const info = SCOPES[scope];
  return info ?? { product: null, purpose: `use the "${scope}" permission` };
}

/** Splits LinkedIn's `scope` field: comma- or space-separated depending on the endpoint (doc §3.3). */
export function splitScopes(scope: string | null | undefined): string[] {
  if (!scope) return [];
  return [...new Set(scope.split(/[\s,]+/).filter((s) => s !== ""))];
}
