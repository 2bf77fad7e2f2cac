// The composer's working copy of a post: what the person typed and picked, kept in this browser
// until it is saved, and turned into the savePost input (lib/schemas/posts) and the previews.
import type { DraftMention } from "@/lib/composer/text-to-commentary";
import type { PostContent } from "@/lib/schemas/post-content";
import type { MediaAssetView } from "@/lib/schemas/media";

export type ComposerDraft = {
  /** Set when editing a saved post. */
  postId?: string;
  text: string;
  mentions: DraftMention[];
  channelIds: string[];
  /** `YYYY-MM-DDTHH:mm` in `timeZone`, as the datetime-local input holds it. */
  wallTime: string;
  timeZone: string;
  content: PostContent;
  /** Every asset `content` refers to, for thumbnails and previews (the ids are the truth). */
  assets: Record<string, MediaAssetView>;
};

export const emptyDraft = (channelIds: string[] = []): ComposerDraft => ({
  text: "",
  mentions: [],
  channelIds,
  wallTime: "",
  timeZone: "UTC",
  content: { kind: "TEXT" },
  assets: {},
});

/** Whether anything worth keeping was typed or picked. */
export function draftHasWork(draft: ComposerDraft): boolean {
  return draft.text.trim() !== "" || draft.content.kind !== "TEXT" || draft.wallTime !== "";
}

/** A localStorage value from an older or foreign version must not break the page. */
export function readStoredDraft(raw: string | null, fallback: ComposerDraft): ComposerDraft {
  if (!raw) return fallback;
  try {
    const parsed = JSON.parse(raw) as Partial<ComposerDraft>;
    if (typeof parsed !== "object" || parsed === null) return fallback;
    return {
      ...fallback,
      ...parsed,
      mentions: Array.isArray(parsed.mentions) ? parsed.mentions : [],
      channelIds: Array.isArray(parsed.channelIds) ? parsed.channelIds : fallback.channelIds,
      content: parsed.content && typeof parsed.content === "object" ? parsed.content : fallback.content,
      assets: parsed.assets && typeof parsed.assets === "object" ? parsed.assets : {},
    };
  } catch {
    return fallback;
  }
}

/** A document's title suggested from its file name ("Q3 report.pdf" → "Q3 report"). */
export function titleFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[_]+/g, " ")
    .trim()
    .slice(0, 200);
}
