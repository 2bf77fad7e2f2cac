"use client";

import { AssetSlot } from "@/components/composer/asset-slot";
import { FieldErrors } from "@/components/composer/field-errors";
import { MEDIA_TITLE_MAX_LENGTH } from "@/lib/schemas/post-content";
import type { MediaAssetView } from "@/lib/schemas/media";

export type VideoValue = {
  assetId: string;
  title: string;
  thumbnailAssetId?: string | null;
  captionsAssetId?: string | null;
};

type Props = {
  workspaceId: string;
  video: VideoValue;
  assets: Record<string, MediaAssetView>;
  onChange: (video: VideoValue, added?: MediaAssetView) => void;
  onRemove: () => void;
  errors: Record<string, string[] | undefined>;
};

/** The post's video with its title, custom thumbnail (JPG/PNG) and SRT captions (doc §9.4). */
export function VideoEditor({ workspaceId, video, assets, onChange, onRemove, errors }: Props) {
  const asset = assets[video.assetId] ?? null;
  return (
    <div className="space-y-4" data-testid="video-editor">
      <AssetSlot
        workspaceId={workspaceId}
        label="Video"
        description=""
        uploadKind="video"
        libraryKind="VIDEO"
        asset={asset}
        onChange={(next) => (next ? onChange({ ...video, assetId: next.id }, next) : onRemove())}
        errors={errors["content.assetId"]}
      />
      {asset && (
        <video
          src={asset.url}
          controls
          preload="metadata"
          className="max-h-64 w-full rounded-lg bg-black"
          aria-label={`Video ${asset.fileName}`}
        />
      )}
      <div>
        <label htmlFor="video-title" className="text-sm font-medium text-slate-800">
          Video title <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <input
          id="video-title"
          value={video.title}
          maxLength={MEDIA_TITLE_MAX_LENGTH + 50}
          onChange={(event) => onChange({ ...video, title: event.target.value })}
          className="focus:border-brand-500 focus:ring-brand-100 mt-1.5 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm focus:ring-2 focus:outline-none"
        />
        <FieldErrors errors={errors["content.title"]} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <p className="mb-1.5 text-sm font-medium text-slate-800">Thumbnail</p>
          <AssetSlot
            workspaceId={workspaceId}
            testId="thumbnail-slot"
            label="Custom thumbnail"
            description="JPG or PNG shown before the video plays"
            uploadKind="thumbnail"
            libraryKind="IMAGE"
            libraryMimeTypes={["image/jpeg", "image/png"]}
            asset={video.thumbnailAssetId ? (assets[video.thumbnailAssetId] ?? null) : null}
            onChange={(next) => onChange({ ...video, thumbnailAssetId: next?.id ?? null }, next ?? undefined)}
            errors={errors["content.thumbnailAssetId"]}
          />
        </div>
        <div>
          <p className="mb-1.5 text-sm font-medium text-slate-800">Captions</p>
          <AssetSlot
            workspaceId={workspaceId}
            testId="captions-slot"
            label="Captions file"
            description="SRT subtitles, checked line by line"
            uploadKind="captions"
            libraryKind="CAPTIONS"
            asset={video.captionsAssetId ? (assets[video.captionsAssetId] ?? null) : null}
            onChange={(next) => onChange({ ...video, captionsAssetId: next?.id ?? null }, next ?? undefined)}
            errors={errors["content.captionsAssetId"]}
          />
        </div>
      </div>
    </div>
  );
}
