// Requested vs granted scopes after a connection (doc §3.2 conflict, pitfall §15.5): LinkedIn can
// silently drop scopes the app's products do not cover, so Cadence compares and names the
// LinkedIn product that is missing, in words an admin can act on.
import { describeScope, splitScopes, type LinkedInProduct } from "../scopes";

export interface MissingScope {
  scope: string;
  /** The LinkedIn product whose approval brings this scope; null for scopes Cadence does not know. */
  product: LinkedInProduct | null;
  explanation: string;
}

export interface ScopeComparison {
  isComplete: boolean;
  granted: string[];
  missing: MissingScope[];
  /** One paragraph per missing product, for the connection screen. */
  explanation: string | null;
}

// LinkedIn reportedly refuses Community Management in the same app as Sign In / Share (pitfall §15.5).
const PRODUCT_NOTES: Partial<Record<LinkedInProduct, string>> = {
  "Community Management API":
    "LinkedIn only allows this product in an app without “Sign In with LinkedIn using OpenID Connect” and “Share on LinkedIn”, so Page features usually need their own LinkedIn app.",
};

export function compareScopes(
  requested: readonly string[],
  granted: readonly string[] | string | null | undefined,
): ScopeComparison {
  const grantedList =
    typeof granted === "string" || granted == null ? splitScopes(granted) : [...new Set(granted)];
  const grantedSet = new Set(grantedList);
  const missing = [...new Set(requested)]
    .filter((scope) => !grantedSet.has(scope))
    .map((scope): MissingScope => {
      const { product, purpose } = describeScope(scope);
      const source = product
        ? `It comes with LinkedIn's “${product}” product, which the LinkedIn app Cadence uses must have.`
        : "LinkedIn did not grant it to the LinkedIn app Cadence uses.";
      return { scope, product, explanation: `Cadence cannot ${purpose} (permission “${scope}”). ${source}` };
    });
  return {
    isComplete: missing.length === 0,
    granted: grantedList,
    missing,
    explanation: missing.length === 0 ? null : explainByProduct(missing),
  };
}

function explainByProduct(missing: readonly MissingScope[]): string {
  const groups = new Map<LinkedInProduct | null, MissingScope[]>();
  for (const item of missing) groups.set(item.product, [...(groups.get(item.product) ?? []), item]);
  return [...groups.entries()]
    .map(([product, items]) => {
      const abilities = items.map((item) => describeScope(item.scope).purpose).join(", ");
      const names = items.map((item) => `“${item.scope}”`).join(", ");
      if (!product) return `LinkedIn did not grant ${names}, so Cadence cannot ${abilities}.`;
      const note = PRODUCT_NOTES[product];
      return `LinkedIn did not grant ${names}, so Cadence cannot ${abilities}. Add the “${product}” product to the LinkedIn app in the LinkedIn Developer Portal, then reconnect.${note ? ` ${note}` : ""}`;
    })
    .join("\n\n");
}
