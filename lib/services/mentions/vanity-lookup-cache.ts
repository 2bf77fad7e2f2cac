// Answers LinkedIn gave to vanity-name lookups, kept briefly in memory so a type-ahead does not
// spend the daily quota (doc §13.4) asking the same thing again. Bounded: the oldest entry goes
// first. Pages found are kept longer than misses, which a Page may stop being any minute.
import { nowMs } from "@/lib/clock";
import type { VanityOrganization } from "@/lib/linkedin";

export const FOUND_TTL_MS = 10 * 60_000;
export const MISSING_TTL_MS = 2 * 60_000;
export const CACHE_MAX_ENTRIES = 500;

type Entry = { organization: VanityOrganization | null; expiresAt: number };

const entries = new Map<string, Entry>();

/** The cached answer (a Page, or null for "no such Page"), or undefined when not cached. */
export function readVanityLookup(vanityName: string): VanityOrganization | null | undefined {
  const entry = entries.get(vanityName);
  if (!entry) return undefined;
  if (entry.expiresAt <= nowMs()) {
    entries.delete(vanityName);
    return undefined;
  }
  return entry.organization;
}

export function saveVanityLookup(vanityName: string, organization: VanityOrganization | null): void {
  entries.delete(vanityName);
  entries.set(vanityName, {
    organization,
    expiresAt: nowMs() + (organization ? FOUND_TTL_MS : MISSING_TTL_MS),
  });
  // Maps iterate in insertion order: the first keys are the oldest.
  for (const key of entries.keys()) {
    if (entries.size <= CACHE_MAX_ENTRIES) break;
    entries.delete(key);
  }
}

/** Tests only. */
export function clearVanityLookupCache(): void {
  entries.clear();
}

export const vanityLookupCacheSize = () => entries.size;
