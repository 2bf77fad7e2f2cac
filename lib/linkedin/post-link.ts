// Where a published post can be read by people: LinkedIn's /feed/update/{urn} page (doc §7.2), or
// the sandbox's copy of that page when no LinkedIn app is configured. The sandbox link uses the
// address browsers reach it at (SANDBOX_PUBLIC_URL, else localhost:SANDBOX_PORT), as OAuth does.
import { getEnv } from "@/lib/env";

export function linkedInPostUrl(urn: string): string {
  const env = getEnv();
  if (env.linkedin.target === "sandbox") {
    const base = (env.SANDBOX_PUBLIC_URL ?? env.linkedin.apiBaseUrl).replace(/\/+$/, "");
    return `${base}/feed/update/${encodeURIComponent(urn)}`;
  }
  return `https://www.linkedin.com/feed/update/${urn}/`;
}
