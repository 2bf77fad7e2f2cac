// POST /api/link-preview: what it takes and what it answers. Safe in the browser (zod and the
// content schema only), so the composer's hook shares these types.
import { z } from "zod";
import type { MediaAssetView } from "@/lib/schemas/media";
import { httpUrlSchema } from "@/lib/schemas/post-content";

export const linkPreviewRequestSchema = z.object(
  { url: z.string({ error: "Enter a link to preview." }).pipe(httpUrlSchema) },
  { error: 'Send the link as JSON: { "url": "https://…" }.' },
);
export type LinkPreviewRequest = z.input<typeof linkPreviewRequestSchema>;

/** An editable link card: the ARTICLE content's url, title, description and thumbnail. */
export type LinkPreview = {
  /** Where the link ended up (after redirects), or the page's own og:url when on the same site. */
  url: string;
  /** Never empty (the host name when the page has no title), at most MEDIA_TITLE_MAX_LENGTH. */
  title: string;
  /** "" when the page has none; at most ARTICLE_DESCRIPTION_MAX_LENGTH. */
  description: string;
  siteName: string | null;
  /** The thumbnail, stored as an IMAGE asset of the workspace: use its id as thumbnailAssetId. */
  image: MediaAssetView | null;
  /** Why the page's image could not become the thumbnail; null when it did or there was none. */
  imageProblem: string | null;
};
