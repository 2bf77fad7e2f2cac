// The small picture at the start of a post row: its first image or its video's (or link card's)
// thumbnail; an icon for a video, document or link without one; nothing for a text post.
import { FileText, Film, ImageIcon, Link2, Play } from "lucide-react";
import type { ContentKind } from "@/lib/generated/prisma/enums";

const describe: Record<ContentKind, (count: number) => string> = {
  TEXT: () => "",
  IMAGE: () => "Image",
  MULTI_IMAGE: (count) => `${count} images`,
  VIDEO: () => "Video",
  DOCUMENT: () => "Document",
  ARTICLE: () => "Link",
  RESHARE: () => "Reshare",
};

const iconFor = { VIDEO: Film, DOCUMENT: FileText, ARTICLE: Link2, RESHARE: Link2 } as const;

export function PostThumbnail({
  thumbnailUrl,
  contentKind,
  mediaCount,
}: {
  thumbnailUrl: string | null;
  contentKind: ContentKind;
  mediaCount: number;
}) {
  if (contentKind === "TEXT" && !thumbnailUrl) return null;
  const label = describe[contentKind](mediaCount);
  const Icon = contentKind in iconFor ? iconFor[contentKind as keyof typeof iconFor] : ImageIcon;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className="relative flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-md bg-slate-100"
      data-testid="post-thumbnail"
    >
      {thumbnailUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- same-origin media route
        <img src={thumbnailUrl} alt="" loading="lazy" className="size-full object-cover" />
      ) : (
        <Icon className="size-5 text-slate-500" aria-hidden />
      )}
      {thumbnailUrl && contentKind === "VIDEO" && (
        <span className="absolute inset-0 flex items-center justify-center bg-slate-900/20">
          <Play className="size-4 fill-white text-white" aria-hidden />
        </span>
      )}
      {mediaCount > 1 && (
        <span className="absolute right-0.5 bottom-0.5 rounded bg-slate-900/70 px-1 text-[10px] leading-4 font-medium text-white">
          {mediaCount}
        </span>
      )}
    </span>
  );
}
