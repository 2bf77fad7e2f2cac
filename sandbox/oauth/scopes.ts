// LinkedIn's scope catalogue (doc §3.7) and which developer-portal product grants which scope.
// Unknown scope strings are a 400 at /authorization; known scopes the app has no product for are
// dropped or redirected as an error, per app (doc §3.2 conflict).

export const PRODUCTS = {
  /** "Sign In with LinkedIn using OpenID Connect" */
  OPENID_CONNECT: ["openid", "profile", "email"],
  /** "Share on LinkedIn" */
  SHARE_ON_LINKEDIN: ["w_member_social"],
  /** "Community Management API" */
  COMMUNITY_MANAGEMENT: [
    "w_organization_social",
    "r_organization_social",
    "rw_organization_admin",
    "r_organization_admin",
    "w_member_social",
    "r_member_social",
    "r_member_postAnalytics",
  ],
  /** "Advertising API" */
  ADVERTISING: ["rw_ads", "r_ads"],
} as const satisfies Record<string, readonly string[]>;

export type ProductName = keyof typeof PRODUCTS;
export const PRODUCT_NAMES = Object.keys(PRODUCTS) as ProductName[];

/** Every scope string LinkedIn knows; legacy and partner-only ones are known but granted by no product here. */
export const KNOWN_SCOPES: ReadonlySet<string> = new Set<string>([
  ...Object.values(PRODUCTS).flat(),
  "r_compliance",
  "w_compliance",
  "r_liteprofile",
  "r_emailaddress",
  "r_basicprofile",
  "r_fullprofile",
  "r_organization_followers",
]);

/** Human descriptions shown on the consent page. */
export const SCOPE_DESCRIPTIONS: Record<string, string> = {
  openid: "Use your name and photo to sign you in",
  profile: "Use your name and photo",
  email: "Use the primary email address associated with your LinkedIn account",
  w_member_social: "Create, modify, and delete posts, comments, and reactions on your behalf",
  r_member_social: "Retrieve your posts, comments, likes, and other engagement data",
  w_organization_social:
    "Create, modify, and delete posts, comments, and reactions on your organization's behalf",
  r_organization_social: "Retrieve your organization's posts, comments, reactions, and other engagement data",
  rw_organization_admin: "Manage your organization's pages and retrieve reporting data",
  r_organization_admin: "Retrieve your organization's pages and their reporting data",
  r_member_postAnalytics: "Retrieve analytics for your posts",
  rw_ads: "Manage your advertising accounts",
  r_ads: "Retrieve your advertising accounts",
};

/** Splits a scope parameter on every separator seen in the wild: space, `+`, `%20` (already decoded) and `,`. Keeps first-seen order. */
export function splitScopes(raw: string): string[] {
  const seen = new Set<string>();
  for (const part of raw.split(/[\s+,]+/)) if (part) seen.add(part);
  return [...seen];
}

export function scopesGrantedBy(products: readonly ProductName[]): Set<string> {
  return new Set(products.flatMap((p) => [...PRODUCTS[p]]));
}

/** Scope sets compare as sets: order and duplicates do not make a different grant. */
export function sameScopeSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((s) => setB.has(s));
}

export function formatScopes(scopes: readonly string[], separator: "," | " "): string {
  return scopes.join(separator);
}
