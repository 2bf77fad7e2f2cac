import type { PreviewArticle } from "./preview-types";

/** The host a link card names: "example.com" for https://www.example.com/post. */
export function displayDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, "");
  } catch {
    return url;
  }
}

/**
 * LinkedIn's link card: the thumbnail across the top at 1.91:1, then the title and the site's
 * domain on grey. LinkedIn does not show the description on the card, so neither does this.
 */
export function ArticleCard({ article }: { article: Omit<PreviewArticle, "kind"> }) {
  const domain = displayDomain(article.url);
  return (
    <div data-testid="preview-media" data-kind="ARTICLE">
      {article.thumbnailUrl && (
        <div className="relative aspect-[1.91/1] w-full overflow-hidden bg-slate-100">
          {/* Same-origin /api/media/{id}/file URL of the user's own upload; next/image adds nothing here. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={article.thumbnailUrl}
            alt=""
            loading="lazy"
            draggable={false}
            className="absolute inset-0 size-full object-cover"
          />
        </div>
      )}
      <div className="bg-[#eef3f8] px-3 py-2">
        <p className="line-clamp-2 text-sm font-semibold break-words text-slate-900">
          {article.title || domain}
        </p>
        <p className="mt-0.5 truncate text-xs text-slate-500">{domain}</p>
      </div>
    </div>
  );
}
