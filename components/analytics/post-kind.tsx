// A post's picture in the analytics table and detail: Cadence's copy of its first image or video
// thumbnail, or an icon of its kind when there is none (posts made outside Cadence, text posts).
import { AlignLeft, FileText, Film, ImageIcon, Images, Link2, Play, Square } from "lucide-react";
import type { AnalyticsPostRow } from "@/lib/analytics/analytics-types";
import { cn } from "@/lib/utils/cn";

type Kind = AnalyticsPostRow["contentKind"];

export const KIND_LABEL: Record<Kind, string> = {
  TEXT: "Text post",
  IMAGE: "Image",
  IMAGES: "Images",
  VIDEO: "Video",
  DOCUMENT: "Document",
  ARTICLE: "Link",
  OTHER: "Post",
};

const KIND_ICON = {
  TEXT: AlignLeft,
  IMAGE: ImageIcon,
  IMAGES: Images,
  VIDEO: Film,
  DOCUMENT: FileText,
  ARTICLE: Link2,
  OTHER: Square,
} as const;

export function PostKindThumbnail({
  post,
  size = "sm",
}: {
  post: Pick<AnalyticsPostRow, "thumbnailUrl" | "contentKind">;
  size?: "sm" | "lg";
}) {
  const Icon = KIND_ICON[post.contentKind];
  const label = KIND_LABEL[post.contentKind];
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className={cn(
        "relative flex shrink-0 items-center justify-center overflow-hidden rounded-md border border-slate-200 bg-slate-100",
        size === "sm" ? "size-10" : "size-20 rounded-lg",
      )}
      data-testid="analytics-post-thumbnail"
    >
      {post.thumbnailUrl ? (
        // Cadence's own media route (or a data URL): next/image adds nothing for a small preview.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={post.thumbnailUrl} alt="" loading="lazy" className="size-full object-cover" />
      ) : (
        <Icon className={size === "sm" ? "size-4 text-slate-500" : "size-6 text-slate-500"} aria-hidden />
      )}
      {post.thumbnailUrl && post.contentKind === "VIDEO" && (
        <span className="absolute inset-0 flex items-center justify-center bg-slate-900/20">
          <Play className="size-4 fill-white text-white" aria-hidden />
        </span>
      )}
    </span>
  );
}
