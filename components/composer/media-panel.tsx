"use client";

import { FileText, Film, ImagePlus, Link2, X } from "lucide-react";
import { useState } from "react";
import { DocumentEditor } from "@/components/composer/document-editor";
import { FieldErrors } from "@/components/composer/field-errors";
import { ImagesEditor } from "@/components/composer/images-editor";
import { LinkCardEditor } from "@/components/composer/link-card-editor";
import { MediaLibraryButton } from "@/components/composer/media-library-dialog";
import { VideoEditor } from "@/components/composer/video-editor";
import { UploadDropzone } from "@/components/media/upload-dropzone";
import { type ComposerDraft, titleFromFileName } from "@/lib/composer/composer-draft";
import { MULTI_IMAGE_MAX } from "@/lib/linkedin/posts/post-limits";
import type { PostContent } from "@/lib/schemas/post-content";
import { ACCEPT_BY_KIND, type MediaAssetView } from "@/lib/schemas/media";
import { cn } from "@/lib/utils/cn";

type Kind = Exclude<PostContent["kind"], "TEXT">;
type Props = {
  workspaceId: string;
  draft: ComposerDraft;
  /** Functional, because several uploads can finish between two renders. */
  updateDraft: (change: (draft: ComposerDraft) => ComposerDraft) => void;
  errors: Record<string, string[] | undefined>;
};

const kinds: { kind: Kind; label: string; icon: typeof ImagePlus; hint: string }[] = [
  { kind: "IMAGES", label: "Images", icon: ImagePlus, hint: "1 to 20 JPG, PNG or GIF images" },
  { kind: "VIDEO", label: "Video", icon: Film, hint: "MP4, 3 s to 30 min, up to 500 MB" },
  { kind: "DOCUMENT", label: "Document", icon: FileText, hint: "PDF, PPT(X) or DOC(X), up to 300 pages" },
  { kind: "ARTICLE", label: "Link", icon: Link2, hint: "A link card with title and thumbnail" },
];

const withAssets = (draft: ComposerDraft, added: MediaAssetView[]) => ({
  ...draft.assets,
  ...Object.fromEntries(added.map((asset) => [asset.id, asset])),
});

/** Adds images, keeping the order they arrive in and never more than LinkedIn's 20. */
function addImages(draft: ComposerDraft, added: MediaAssetView[]): ComposerDraft {
  const current = draft.content.kind === "IMAGES" ? draft.content.images : [];
  const fresh = added.filter((asset) => !current.some((image) => image.assetId === asset.id));
  const images = [...current, ...fresh.map((asset) => ({ assetId: asset.id, altText: "" }))];
  return {
    ...draft,
    content: { kind: "IMAGES", images: images.slice(0, MULTI_IMAGE_MAX) },
    assets: withAssets(draft, added),
  };
}

/** What the post carries besides text: one kind of media (or a link card), as LinkedIn allows. */
export function MediaPanel({ workspaceId, draft, updateDraft, errors }: Props) {
  const [opened, setOpened] = useState<Kind | null>(null);
  const current: Kind | null = draft.content.kind === "TEXT" ? null : draft.content.kind;
  const showing = current ?? opened;
  const clear = () => {
    setOpened(null);
    updateDraft((d) => ({ ...d, content: { kind: "TEXT" } }));
  };
  const content = draft.content;

  return (
    <section aria-labelledby="media-heading" className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="media-heading" className="mr-2 text-sm font-medium text-slate-800">
          Media
        </h2>
        {kinds.map(({ kind, label, icon: Icon, hint }) => {
          const blocked = current !== null && current !== kind;
          return (
            <button
              key={kind}
              type="button"
              aria-pressed={showing === kind}
              disabled={blocked}
              title={
                blocked
                  ? `A LinkedIn post carries one kind of media. Remove the ${kindName(current)} to add ${label.toLowerCase() === "images" ? "images" : `a ${label.toLowerCase()}`}.`
                  : hint
              }
              onClick={() => setOpened(showing === kind && current === null ? null : kind)}
              className={cn(
                "flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-sm transition-colors disabled:cursor-not-allowed disabled:opacity-40",
                showing === kind
                  ? "border-brand-500 bg-brand-50 text-brand-700"
                  : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              <Icon className="size-4" aria-hidden />
              {label}
            </button>
          );
        })}
        {current && (
          <button
            type="button"
            onClick={clear}
            className="ml-auto flex items-center gap-1 text-xs text-slate-500 hover:text-red-600"
          >
            <X className="size-3.5" aria-hidden /> Remove {kindName(current)}
          </button>
        )}
      </div>
      <FieldErrors errors={errors["content"] ?? errors["content.images"]} />

      {showing === "IMAGES" && (
        <div className="space-y-3">
          {content.kind === "IMAGES" && (
            <ImagesEditor
              images={content.images}
              assets={draft.assets}
              errors={errors}
              onChange={(images) =>
                updateDraft((d) => ({
                  ...d,
                  content: images.length ? { kind: "IMAGES", images } : { kind: "TEXT" },
                }))
              }
            />
          )}
          <UploadDropzone
            kind="image"
            accept={ACCEPT_BY_KIND.image}
            maxFiles={MULTI_IMAGE_MAX - (content.kind === "IMAGES" ? content.images.length : 0)}
            tooManyMessage={`A post can have at most ${MULTI_IMAGE_MAX} images; this one was not added.`}
            label="Drop images here or choose them"
            description="JPG, PNG or GIF · under 36 megapixels · GIFs up to 250 frames"
            hideCompleted
            onUploaded={(asset) => updateDraft((d) => addImages(d, [asset]))}
          />
          <MediaLibraryButton
            workspaceId={workspaceId}
            kind="IMAGE"
            multiple
            max={MULTI_IMAGE_MAX - (content.kind === "IMAGES" ? content.images.length : 0)}
            exclude={content.kind === "IMAGES" ? content.images.map((image) => image.assetId) : []}
            onPick={(picked) => updateDraft((d) => addImages(d, picked))}
          />
        </div>
      )}

      {showing === "VIDEO" &&
        (content.kind === "VIDEO" ? (
          <VideoEditor
            workspaceId={workspaceId}
            video={content}
            assets={draft.assets}
            errors={errors}
            onRemove={clear}
            onChange={(video, added) =>
              updateDraft((d) => ({
                ...d,
                content: { kind: "VIDEO", ...video },
                assets: withAssets(d, added ? [added] : []),
              }))
            }
          />
        ) : (
          <FirstFile
            workspaceId={workspaceId}
            kind="VIDEO"
            onAsset={(asset) =>
              updateDraft((d) => ({
                ...d,
                content: { kind: "VIDEO", assetId: asset.id, title: "" },
                assets: withAssets(d, [asset]),
              }))
            }
          />
        ))}

      {showing === "DOCUMENT" &&
        (content.kind === "DOCUMENT" ? (
          <DocumentEditor
            workspaceId={workspaceId}
            document={content}
            assets={draft.assets}
            errors={errors}
            onRemove={clear}
            onChange={(document, added) =>
              updateDraft((d) => ({
                ...d,
                content: { kind: "DOCUMENT", ...document },
                assets: withAssets(d, added ? [added] : []),
              }))
            }
          />
        ) : (
          <FirstFile
            workspaceId={workspaceId}
            kind="DOCUMENT"
            onAsset={(asset) =>
              updateDraft((d) => ({
                ...d,
                content: { kind: "DOCUMENT", assetId: asset.id, title: titleFromFileName(asset.fileName) },
                assets: withAssets(d, [asset]),
              }))
            }
          />
        ))}

      {showing === "ARTICLE" && (
        <LinkCardEditor
          workspaceId={workspaceId}
          article={content.kind === "ARTICLE" ? content : null}
          assets={draft.assets}
          errors={errors}
          onRemove={clear}
          onChange={(article, added) =>
            updateDraft((d) => ({
              ...d,
              content: { kind: "ARTICLE", ...article },
              assets: withAssets(d, added ? [added] : []),
            }))
          }
        />
      )}
    </section>
  );
}

/** The first video or document of a post: drop it, pick it, or reuse an earlier upload. */
function FirstFile({
  workspaceId,
  kind,
  onAsset,
}: {
  workspaceId: string;
  kind: "VIDEO" | "DOCUMENT";
  onAsset: (asset: MediaAssetView) => void;
}) {
  const video = kind === "VIDEO";
  return (
    <div className="space-y-2">
      <UploadDropzone
        kind={video ? "video" : "document"}
        accept={ACCEPT_BY_KIND[video ? "video" : "document"]}
        multiple={false}
        label={video ? "Drop a video here or choose one" : "Drop a document here or choose one"}
        description={
          video
            ? "MP4 · 75 KB to 500 MB · 3 seconds to 30 minutes · large files resume if the connection drops"
            : "PDF, PPT, PPTX, DOC or DOCX · up to 100 MB and 300 pages"
        }
        hideCompleted
        onUploaded={onAsset}
      />
      <MediaLibraryButton
        workspaceId={workspaceId}
        kind={kind}
        multiple={false}
        max={1}
        exclude={[]}
        onPick={([asset]) => asset && onAsset(asset)}
      />
    </div>
  );
}

function kindName(kind: Kind): string {
  return kind === "IMAGES" ? "images" : kind === "ARTICLE" ? "link" : kind.toLowerCase();
}
