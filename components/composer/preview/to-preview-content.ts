// A draft's content as each channel's preview shows it: asset ids resolved to their URLs and sizes.
import type { PreviewContent } from "@/components/composer/preview/preview-types";
import type { PostContent } from "@/lib/schemas/post-content";
import type { MediaAssetView } from "@/lib/schemas/media";

/** What each channel's preview shows for the draft's content. */
export function toPreviewContent(
  content: PostContent,
  assets: Record<string, MediaAssetView>,
): PreviewContent {
  const url = (id: string | null | undefined) => (id ? (assets[id]?.url ?? null) : null);
  switch (content.kind) {
    case "TEXT":
      return { kind: "TEXT" };
    case "IMAGES":
      return {
        kind: "IMAGES",
        images: content.images.map((image) => ({
          url: assets[image.assetId]?.url ?? "",
          width: assets[image.assetId]?.width ?? null,
          height: assets[image.assetId]?.height ?? null,
          altText: image.altText,
        })),
      };
    case "VIDEO": {
      const video = assets[content.assetId];
      return {
        kind: "VIDEO",
        videoUrl: video?.url ?? "",
        thumbnailUrl: url(content.thumbnailAssetId),
        title: content.title,
        durationMs: video?.durationMs ?? null,
        width: video?.width ?? null,
        height: video?.height ?? null,
      };
    }
    case "DOCUMENT": {
      const document = assets[content.assetId];
      return {
        kind: "DOCUMENT",
        title: content.title,
        pageCount: document?.pageCount ?? null,
        fileName: document?.fileName ?? "",
        url: document?.url ?? "",
      };
    }
    case "ARTICLE":
      return {
        kind: "ARTICLE",
        url: content.url,
        title: content.title,
        description: content.description,
        thumbnailUrl: url(content.thumbnailAssetId),
      };
  }
}
