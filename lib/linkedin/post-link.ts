// Where a published post can be read by people: LinkedIn's /feed/update/{urn} page (doc §7.2), or
// the sandbox's copy of that page when no LinkedIn app is configured. The sandbox link uses the
// address browsers reach it at (SANDBOX_PUBLIC_URL, else localhost:SANDBOX_PORT), as OAuth does.
import { getEnv } from "@/lib/env";

export function linkedInPostUrl(urn: string): string {
  const env = getEnv();
  if (env.linkedin.target === "sandbox")
    return `${sandboxBrowserBase()}/feed/update/${encodeURIComponent(urn)}`;
  return `https://www.linkedin.com/feed/update/${urn}/`;
}

/**
 * A media link LinkedIn gave the server (downloadUrl, video cover) as a browser reaches it: as is
 * for LinkedIn's CDN; for the sandbox, on the address browsers use for it.
 */
export function browserMediaUrl(url: string): string {
  const env = getEnv();
  if (env.linkedin.target !== "sandbox" || !env.SANDBOX_PUBLIC_URL) return url;
  const api = env.linkedin.apiBaseUrl.replace(/\/+$/, "");
  return url.startsWith(api) ? `${sandboxBrowserBase()}${url.slice(api.length)}` : url;
}

function sandboxBrowserBase(): string {
  const env = getEnv();
  return (env.SANDBOX_PUBLIC_URL ?? env.linkedin.apiBaseUrl).replace(/\/+$/, "");
}
