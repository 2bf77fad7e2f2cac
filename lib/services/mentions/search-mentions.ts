// The composer's @-mention type-ahead: organizations to mention, from the workspace's own Page
// channels, from mentions in its earlier posts, and — when the query is a vanity name or a
// linkedin.com/company/… URL — from LinkedIn's exact vanity-name lookup, the only lookup LinkedIn
// offers (people cannot be looked up at all: pitfall §15.17).
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isOrganizationUrn, mentionRunSchema } from "@/lib/linkedin";
import { lookUpVanityName, type VanityLookup } from "./look-up-vanity-name";
import { matchMention, parseVanityName, type MatchScore } from "./match-mention";
import {
  MENTION_SUGGESTIONS_MAX,
  mentionSearchQuerySchema,
  type MentionSearchResult,
  type MentionSource,
  type MentionSuggestion,
} from "./mention-schemas";

/** Newest posts with a mention scanned for "mentioned before": enough for a workspace's habits. */
export const RECENT_POSTS_SCANNED = 200;

type Candidate = { suggestion: MentionSuggestion; score: MatchScore };

const SOURCE_ORDER: Record<MentionSource, number> = { channel: 0, recent: 1, linkedin: 2 };

export async function searchMentions({
  workspaceId,
  query,
}: {
  workspaceId: string;
  query: string;
}): Promise<MentionSearchResult> {
  const parsed = mentionSearchQuerySchema.safeParse({ q: query });
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "Invalid query.");
  const q = parsed.data.q;
  const vanityName = parseVanityName(q);
  // A pasted Page URL is matched locally by its vanity name.
  const localQuery = vanityName && /linkedin\.com\//i.test(q) ? vanityName : q;

  const [channels, recent] = await Promise.all([
    channelCandidates(workspaceId, localQuery),
    recentCandidates(workspaceId, localQuery),
  ]);
  // Our own Page with that vanity name answers already: spare LinkedIn's quota.
  const known = vanityName && channels.some((c) => c.suggestion.vanityName === vanityName);
  const lookup: VanityLookup | null =
    vanityName && !known ? await lookUpVanityName({ workspaceId, vanityName }) : null;

  const candidates = [...channels, ...recent];
  if (lookup?.ok && lookup.organization) {
    const { urn, name, vanityName: vanity, logoUrl } = lookup.organization;
    candidates.push({
      suggestion: { urn, name, vanityName: vanity, ...(logoUrl ? { logoUrl } : {}), source: "linkedin" },
      score: 0,
    });
  }

  return {
    suggestions: mergeCandidates(candidates).slice(0, MENTION_SUGGESTIONS_MAX),
    ...(lookup?.ok && vanityName ? { lookup: { vanityName, found: lookup.organization !== null } } : {}),
    ...(lookup && !lookup.ok ? { lookupProblem: lookup.problem } : {}),
  };
}

async function channelCandidates(workspaceId: string, query: string): Promise<Candidate[]> {
  const db = await getDb();
  const channels = await db.channel.findMany({
    where: { workspaceId, kind: "ORGANIZATION" },
    select: { authorUrn: true, name: true, vanityName: true, logoUrl: true },
    orderBy: { name: "asc" },
    take: 500,
  });
  return channels.flatMap(({ authorUrn, name, vanityName, logoUrl }) => {
    const score = matchMention(query, { name, vanityName });
    if (score === null) return [];
    const suggestion: MentionSuggestion = {
      urn: authorUrn,
      name,
      ...(vanityName ? { vanityName } : {}),
      ...(logoUrl ? { logoUrl } : {}),
      source: "channel",
    };
    return [{ suggestion, score }];
  });
}

/** Organizations mentioned in the workspace's posts, newest post first, each once (its latest name). */
async function recentCandidates(workspaceId: string, query: string): Promise<Candidate[]> {
  const db = await getDb();
  const posts = await db.post.findMany({
    // JSON containment (`@>`): only posts whose body holds at least one mention run.
    where: { workspaceId, body: { array_contains: [{ type: "mention" }] } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { body: true },
    take: RECENT_POSTS_SCANNED,
  });
  const seen = new Map<string, Candidate | null>();
  for (const { body } of posts) {
    if (!Array.isArray(body)) continue;
    for (const run of body) {
      const mention = mentionRunSchema.safeParse(run);
      if (!mention.success || !isOrganizationUrn(mention.data.urn) || seen.has(mention.data.urn)) continue;
      const { urn, name } = mention.data;
      const score = matchMention(query, { name });
      seen.set(urn, score === null ? null : { suggestion: { urn, name, source: "recent" }, score });
    }
  }
  return [...seen.values()].filter((candidate): candidate is Candidate => candidate !== null);
}

/**
 * Best matches first (exact, starts with, a word starts with, contains), then own Pages before
 * earlier mentions before LinkedIn; channels by name, earlier mentions newest first (a stable
 * sort keeps each source's order). One suggestion per URN: the first source keeps
 * it, filling in a logo or vanity name another source knew.
 */
function mergeCandidates(candidates: Candidate[]): MentionSuggestion[] {
  const byUrn = new Map<string, Candidate>();
  const ordered = [...candidates].sort(
    (a, b) => SOURCE_ORDER[a.suggestion.source] - SOURCE_ORDER[b.suggestion.source] || a.score - b.score,
  );
  for (const candidate of ordered) {
    const existing = byUrn.get(candidate.suggestion.urn);
    if (!existing) {
      byUrn.set(candidate.suggestion.urn, { ...candidate, suggestion: { ...candidate.suggestion } });
      continue;
    }
    existing.score = Math.min(existing.score, candidate.score) as MatchScore;
    const { logoUrl, vanityName } = candidate.suggestion;
    if (logoUrl && !existing.suggestion.logoUrl) existing.suggestion.logoUrl = logoUrl;
    if (vanityName && !existing.suggestion.vanityName) existing.suggestion.vanityName = vanityName;
  }
  return [...byUrn.values()]
    .sort(
      (a, b) => a.score - b.score || SOURCE_ORDER[a.suggestion.source] - SOURCE_ORDER[b.suggestion.source],
    )
    .map((candidate) => candidate.suggestion);
}
