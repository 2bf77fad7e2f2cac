"use client";

import { FileText, Film, ImageIcon, Loader2, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { formatFileSize } from "@/components/media/format-file-size";
import { Button } from "@/components/ui/button";
import { useMediaLibrary } from "@/lib/hooks/use-media-library";
import type { MediaAssetView, MediaKindName } from "@/lib/schemas/media";
import { cn } from "@/lib/utils/cn";

type Props = {
  workspaceId: string;
  kind: MediaKindName;
  /** Pick several (images) or one. */
  multiple: boolean;
  /** Most that may still be picked. */
  max: number;
  /** Already in the post: shown but not pickable again. */
  exclude: string[];
  /** Only these MIME types fit (e.g. JPG/PNG for a video thumbnail). */
  mimeTypes?: string[];
  onPick: (assets: MediaAssetView[]) => void;
};

/** "Choose from library": earlier uploads of one kind, to reuse without uploading again. */
export function MediaLibraryButton(props: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)} disabled={props.max <= 0}>
        Choose from library
      </Button>
      <dialog
        ref={dialogRef}
        onClose={() => setOpen(false)}
        aria-labelledby="media-library-title"
        className="m-auto w-full max-w-2xl rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        {open && <LibraryContent {...props} onClose={() => setOpen(false)} />}
      </dialog>
    </>
  );
}

function LibraryContent({
  workspaceId,
  kind,
  multiple,
  max,
  exclude,
  mimeTypes,
  onPick,
  onClose,
}: Props & { onClose: () => void }) {
  const library = useMediaLibrary({ workspaceId, kind });
  const [picked, setPicked] = useState<MediaAssetView[]>([]);
  const items = (library.data?.pages ?? []).flatMap((page) => page.items);
  const toggle = (asset: MediaAssetView) => {
    if (!multiple) {
      onPick([asset]);
      onClose();
      return;
    }
    setPicked((current) =>
      current.some((item) => item.id === asset.id)
        ? current.filter((item) => item.id !== asset.id)
        : current.length < max
          ? [...current, asset]
          : current,
    );
  };
  return (
    <div className="flex max-h-[80vh] flex-col">
      <header className="flex items-center justify-between border-b border-slate-200 px-5 py-3">
        <h2 id="media-library-title" className="text-base font-semibold text-slate-900">
          Media library
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="rounded p-1 text-slate-500 hover:bg-slate-100"
        >
          <X className="size-4" aria-hidden />
        </button>
      </header>
      <div className="min-h-48 flex-1 overflow-y-auto p-5">
        {library.isPending ? (
          <p className="flex items-center justify-center gap-2 py-12 text-sm text-slate-500">
            <Loader2 className="size-4 animate-spin" aria-hidden /> Loading your uploads…
          </p>
        ) : library.isError ? (
          <p className="py-12 text-center text-sm text-red-600">
            The library could not be loaded. {library.error.message}
          </p>
        ) : items.length === 0 ? (
          <p className="py-12 text-center text-sm text-slate-500">
            Nothing uploaded yet. Files you upload to posts appear here for reuse.
          </p>
        ) : (
          <ul className="grid grid-cols-3 gap-3 sm:grid-cols-4" aria-label="Earlier uploads">
            {items.map((asset) => {
              const used = exclude.includes(asset.id);
              const unfit = mimeTypes !== undefined && !mimeTypes.includes(asset.mimeType);
              const selected = picked.some((item) => item.id === asset.id);
              return (
                <li key={asset.id}>
                  <button
                    type="button"
                    disabled={used || unfit}
                    aria-pressed={multiple ? selected : undefined}
                    onClick={() => toggle(asset)}
                    title={
                      used ? "Already in this post" : unfit ? "This format does not fit here" : asset.fileName
                    }
                    className={cn(
                      "group w-full overflow-hidden rounded-lg border text-left disabled:cursor-not-allowed disabled:opacity-40",
                      selected
                        ? "border-brand-500 ring-brand-200 ring-2"
                        : "border-slate-200 hover:border-slate-400",
                    )}
                  >
                    <AssetThumb asset={asset} />
                    <span className="block truncate px-2 pt-1 text-xs font-medium text-slate-700">
                      {asset.fileName}
                    </span>
                    <span className="block px-2 pb-1.5 text-[11px] text-slate-500">
                      {formatFileSize(asset.sizeBytes)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {library.hasNextPage && (
          <div className="mt-4 text-center">
            <Button
              variant="ghost"
              size="sm"
              loading={library.isFetchingNextPage}
              onClick={() => void library.fetchNextPage()}
            >
              Load more
            </Button>
          </div>
        )}
      </div>
      {multiple && (
        <footer className="flex items-center justify-end gap-2 border-t border-slate-200 px-5 py-3">
          <span className="mr-auto text-xs text-slate-500">
            {picked.length} selected{max < 100 ? ` · room for ${max}` : ""}
          </span>
          <Button variant="secondary" size="sm" onClick={onClose}>
            Cancel
          </Button>
          <Button
            size="sm"
            disabled={picked.length === 0}
            onClick={() => {
              onPick(picked);
              onClose();
            }}
          >
            Add {picked.length || ""}
          </Button>
        </footer>
      )}
    </div>
  );
}

function AssetThumb({ asset }: { asset: MediaAssetView }) {
  if (asset.kind === "IMAGE")
    return (
      // eslint-disable-next-line @next/next/no-img-element -- same-origin media route
      <img src={asset.url} alt="" className="aspect-square w-full bg-slate-100 object-cover" loading="lazy" />
    );
  const Icon = asset.kind === "VIDEO" ? Film : asset.kind === "DOCUMENT" ? FileText : ImageIcon;
  return (
    <span className="flex aspect-square w-full items-center justify-center bg-slate-100">
      <Icon className="size-8 text-slate-400" aria-hidden />
    </span>
  );
}
