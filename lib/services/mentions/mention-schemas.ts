// The mention type-ahead's request and answer, shared by the route, the service and the hook.
// Safe in the browser: zod only.
import { z } from "zod";

export const MENTION_QUERY_MAX_LENGTH = 100;
export const MENTION_SUGGESTIONS_MAX = 8;

export const mentionSearchQuerySchema = z.object({
  q: z
    .string({ error: "Type what to look for after the @." })
    .trim()
    .min(1, "Type what to look for after the @.")
    .max(MENTION_QUERY_MAX_LENGTH, `Look for at most ${MENTION_QUERY_MAX_LENGTH} characters.`),
});

/** Where a suggestion came from: a Page channel of the workspace, an earlier post, or LinkedIn. */
export type MentionSource = "channel" | "recent" | "linkedin";

export type MentionSuggestion = {
  urn: string;
  name: string;
  vanityName?: string;
  logoUrl?: string;
  source: MentionSource;
};

export type MentionSearchResult = {
  suggestions: MentionSuggestion[];
  /** The exact vanity name looked up on LinkedIn, and whether a Page has it (absent: no lookup). */
  lookup?: { vanityName: string; found: boolean };
  /** Why LinkedIn could not be asked, in plain words; the local suggestions are still there. */
  lookupProblem?: string;
};
