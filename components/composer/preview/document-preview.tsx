import { ChevronLeft, ChevronRight, FileText, Presentation } from "lucide-react";
import type { PreviewDocument } from "./preview-types";

const SLIDE_EXTENSIONS = new Set(["ppt", "pptx", "pps", "ppsx", "odp", "key"]);

function extensionOf(fileName: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? "";
}

export function pageCountLabel(pageCount: number | null): string {
  if (pageCount === null || !Number.isFinite(pageCount) || pageCount < 1) return "Document";
  return `${pageCount.toLocaleString("en-US")} ${pageCount === 1 ? "page" : "pages"}`;
}

/**
 * LinkedIn's document carousel before anyone pages through it: a dark bar with the title and page
 * count over a grey stage with the first page, and arrows either side. The first page itself is a
 * placeholder: rendering PDFs and slides in the browser is more than a preview needs.
 */
export function DocumentPreview({ document }: { document: Omit<PreviewDocument, "kind"> }) {
  const extension = extensionOf(document.fileName) || extensionOf(document.url.split(/[?#]/)[0] ?? "");
  const slides = SLIDE_EXTENSIONS.has(extension);
  const Icon = slides ? Presentation : FileText;
  const title = document.title || document.fileName;
  return (
    <div data-testid="preview-media" data-kind="DOCUMENT" className="bg-slate-100">
      <div className="flex items-center gap-1.5 bg-slate-900/95 px-3 py-2 text-xs text-white">
        <span className="min-w-0 truncate font-semibold">{title}</span>
        <span aria-hidden className="text-white/60">
          •
        </span>
        <span className="shrink-0 text-white/80">{pageCountLabel(document.pageCount)}</span>
      </div>
      <div className="relative flex justify-center px-12 py-5">
        <div
          className={
            slides
              ? "flex aspect-[16/9] w-full flex-col items-center justify-center gap-2 rounded-sm bg-white shadow-md ring-1 ring-slate-200"
              : "flex aspect-[8.5/11] w-48 flex-col items-center justify-center gap-2 rounded-sm bg-white shadow-md ring-1 ring-slate-200"
          }
        >
          <Icon aria-hidden className="size-10 text-slate-400" strokeWidth={1.5} />
          {extension && (
            <span className="text-[0.625rem] font-semibold tracking-wider text-slate-400 uppercase">
              {extension}
            </span>
          )}
          <span aria-hidden className="mt-2 flex w-3/5 flex-col gap-1.5">
            <span className="h-1 rounded-full bg-slate-200" />
            <span className="h-1 rounded-full bg-slate-200" />
            <span className="h-1 w-2/3 rounded-full bg-slate-200" />
          </span>
        </div>
        <span
          aria-hidden
          className="absolute top-1/2 left-2 flex size-8 -translate-y-1/2 items-center justify-center rounded-full bg-white/70 text-slate-400 shadow-sm"
        >
          <ChevronLeft className="size-5" />
        </span>
        <span
          aria-hidden
          className="absolute top-1/2 right-2 flex size-8 -translate-y-1/2 items-center justify-center rounded-full bg-white text-slate-700 shadow"
        >
          <ChevronRight className="size-5" />
        </span>
      </div>
    </div>
  );
}
