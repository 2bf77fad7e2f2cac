// How well a Page name answers what was typed after the @, and whether it could be a vanity name
// (the `<vanity>` of linkedin.com/company/<vanity>, the only key LinkedIn finds Pages by).

/** 0 exact, 1 the name starts with it, 2 a word of the name does, 3 it is inside the name; null: no match. */
export type MatchScore = 0 | 1 | 2 | 3;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function scoreText(query: string, text: string): MatchScore | null {
  const value = text.toLowerCase();
  if (value === query) return 0;
  if (value.startsWith(query)) return 1;
  if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(query)}`, "u").test(value)) return 2;
  return value.includes(query) ? 3 : null;
}

/** The best score of the query against the name (dashes also read as spaces) and the vanity name. */
export function matchMention(
  query: string,
  candidate: { name: string; vanityName?: string | null },
): MatchScore | null {
  const q = query.trim().toLowerCase();
  if (q === "") return null;
  const scores = [scoreText(q, candidate.name)];
  if (q.includes("-")) scores.push(scoreText(q.replaceAll("-", " "), candidate.name));
  if (candidate.vanityName) scores.push(scoreText(q, candidate.vanityName));
  const found = scores.filter((score): score is MatchScore => score !== null);
  return found.length === 0 ? null : (Math.min(...found) as MatchScore);
}

const VANITY = /^[a-z0-9][a-z0-9-]{1,99}$/;
const COMPANY_URL = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/company\/([^/?#\s]+)(?:[/?#]\S*)?$/i;

/**
 * The vanity name to look up, or null: letters, digits and dashes (2–100), or a pasted
 * linkedin.com/company/<vanity> URL. Lower-cased: vanity names are case-insensitive.
 */
export function parseVanityName(query: string): string | null {
  const text = query.trim();
  const fromUrl = COMPANY_URL.exec(text)?.[1];
  let candidate = fromUrl ?? text;
  try {
    candidate = decodeURIComponent(candidate);
  } catch {
    return null;
  }
  candidate = candidate.toLowerCase();
  return VANITY.test(candidate) ? candidate : null;
}
