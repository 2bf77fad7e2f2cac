"use client";

import { FileText, Film, Subtitles, Trash2 } from "lucide-react";
import { FieldErrors } from "@/components/composer/field-errors";
import { MediaLibraryButton } from "@/components/composer/media-library-dialog";
import { formatFileSize } from "@/components/media/format-file-size";
import { UploadDropzone } from "@/components/media/upload-dropzone";
import {
  ACCEPT_BY_KIND,
  type MediaAssetView,
  type MediaKindName,
  type UploadKind,
} from "@/lib/schemas/media";

type Props = {
  workspaceId: string;
  label: string;
  description: string;
  /** Which rules the upload is checked against. */
  uploadKind: UploadKind;
  libraryKind: MediaKindName;
  libraryMimeTypes?: string[];
  asset: MediaAssetView | null;
  onChange: (asset: MediaAssetView | null) => void;
  errors?: string[];
  testId?: string;
};

/** One file in one place of the post (the video, its thumbnail, its captions, the document). */
export function AssetSlot({
  workspaceId,
  label,
  description,
  uploadKind,
  libraryKind,
  libraryMimeTypes,
  asset,
  onChange,
  errors,
  testId,
}: Props) {
  return (
    <div data-testid={testId}>
      {asset ? (
        <div className="flex items-center gap-3 rounded-lg border border-slate-200 bg-white p-2 shadow-sm">
          <AssetIcon asset={asset} />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-slate-800" title={asset.fileName}>
              {asset.fileName}
            </p>
            <p className="text-xs text-slate-500">{describe(asset)}</p>
          </div>
          <button
            type="button"
            onClick={() => onChange(null)}
            aria-label={`Remove ${asset.fileName}`}
            title={`Remove ${asset.fileName}`}
            className="rounded p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
          >
            <Trash2 className="size-4" aria-hidden />
          </button>
        </div>
      ) : (
        <div className="space-y-2">
          <UploadDropzone
            kind={uploadKind}
            accept={ACCEPT_BY_KIND[uploadKind]}
            multiple={false}
            label={label}
            description={description}
            hideCompleted
            onUploaded={(uploaded) => onChange(uploaded)}
          />
          <MediaLibraryButton
            workspaceId={workspaceId}
            kind={libraryKind}
            mimeTypes={libraryMimeTypes}
            multiple={false}
            max={1}
            exclude={[]}
            onPick={([picked]) => picked && onChange(picked)}
          />
        </div>
      )}
      <FieldErrors errors={errors} />
    </div>
  );
}

function AssetIcon({ asset }: { asset: MediaAssetView }) {
  if (asset.kind === "IMAGE")
    return (
      // eslint-disable-next-line @next/next/no-img-element -- same-origin media route
      <img src={asset.url} alt="" className="size-12 shrink-0 rounded-md bg-slate-100 object-cover" />
    );
  const Icon = asset.kind === "VIDEO" ? Film : asset.kind === "CAPTIONS" ? Subtitles : FileText;
  return (
    <span className="flex size-12 shrink-0 items-center justify-center rounded-md bg-slate-100">
      <Icon className="size-5 text-slate-500" aria-hidden />
    </span>
  );
}

function describe(asset: MediaAssetView): string {
  const parts = [formatFileSize(asset.sizeBytes)];
  if (asset.width && asset.height) parts.push(`${asset.width}×${asset.height}`);
  if (asset.durationMs) parts.push(`${(asset.durationMs / 1000).toFixed(1)} s`);
  if (asset.pageCount) parts.push(`${asset.pageCount} page${asset.pageCount === 1 ? "" : "s"}`);
  return parts.join(" · ");
}
