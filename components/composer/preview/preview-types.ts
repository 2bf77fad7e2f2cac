// What the composer's preview needs to draw a post the way LinkedIn's feed shows it: resolved
// media URLs and dimensions, not the asset ids the post itself is saved with.

export type PreviewChannel = { name: string; logoUrl: string | null; kind: "ORGANIZATION" | "MEMBER" };

export type PreviewImage = { url: string; width: number | null; height: number | null; altText: string };

export type PreviewVideo = {
  kind: "VIDEO";
  videoUrl: string;
  thumbnailUrl: string | null;
  title: string;
  durationMs: number | null;
  width: number | null;
  height: number | null;
};

export type PreviewDocument = {
  kind: "DOCUMENT";
  title: string;
  pageCount: number | null;
  fileName: string;
  url: string;
};

export type PreviewArticle = {
  kind: "ARTICLE";
  url: string;
  title: string;
  /** Kept for completeness; LinkedIn's link card does not show it, so neither does the preview. */
  description: string;
  thumbnailUrl: string | null;
};

export type PreviewContent =
  | { kind: "TEXT" }
  /** 1 to 20 images. */
  | { kind: "IMAGES"; images: PreviewImage[] }
  | PreviewVideo
  | PreviewDocument
  | PreviewArticle;

/** LinkedIn crops feed media to between 1.91:1 (landscape) and 4:5 (portrait). */
export const WIDEST_RATIO = 1.91;
export const TALLEST_RATIO = 4 / 5;

/** width / height clamped to what the feed shows, or `fallback` when the size is unknown. */
export function feedAspectRatio(
  width: number | null,
  height: number | null,
  fallback: number,
  widest = WIDEST_RATIO,
  tallest = TALLEST_RATIO,
): number {
  if (!width || !height || width <= 0 || height <= 0) return fallback;
  return Math.min(widest, Math.max(tallest, width / height));
}
