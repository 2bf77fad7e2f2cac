// Which LinkedIn app Cadence authorizes with, and which scopes it asks for. Asking only for what
// the app's products grant avoids LinkedIn's silent scope drops and "not enough scopes" failures
// (LinkedIn notes §15.4–5). One app, or two: pages (Community Management) + members.
import { nowMs } from "@/lib/clock";
import { getEnv, type LinkedInProduct } from "@/lib/env";
import { createLinkedInConfig, type LinkedInConfig } from "@/lib/linkedin";

export type AppKey = "default" | "members";

const productScopes: Record<LinkedInProduct, string[]> = {
  community_management: ["w_organization_social", "r_organization_social", "rw_organization_admin"],
  share_on_linkedin: ["w_member_social"],
  openid_connect: ["openid", "profile"],
};

export type LinkedInApp = {
  key: AppKey;
  config: LinkedInConfig;
  products: LinkedInProduct[];
  scopes: string[];
};

function scopesFor(products: LinkedInProduct[]): string[] {
  return [...new Set(products.flatMap((product) => productScopes[product]))];
}

export function getLinkedInApp(key: AppKey): LinkedInApp | null {
  const env = getEnv();
  if (key === "default") {
    return {
      key,
      config: createLinkedInConfig({ ...env.linkedin, timeoutMs: env.LINKEDIN_TIMEOUT_MS, now: nowMs }),
      products: env.linkedinProducts,
      scopes: scopesFor(env.linkedinProducts),
    };
  }
  if (!env.linkedinMemberApp) return null;
  const products: LinkedInProduct[] = ["share_on_linkedin", "openid_connect"];
  return {
    key,
    config: createLinkedInConfig({
      ...env.linkedin,
      ...env.linkedinMemberApp,
      timeoutMs: env.LINKEDIN_TIMEOUT_MS,
      now: nowMs,
    }),
    products,
    scopes: scopesFor(products),
  };
}

export function linkedInCallbackUrl(): string {
  return `${getEnv().appUrl}/api/linkedin/callback`;
}
