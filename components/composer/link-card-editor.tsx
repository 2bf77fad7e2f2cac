"use client";

import { Link2, Loader2 } from "lucide-react";
import { useState } from "react";
import { AssetSlot } from "@/components/composer/asset-slot";
import { FieldErrors } from "@/components/composer/field-errors";
import { Button } from "@/components/ui/button";
import { useLinkPreview } from "@/lib/hooks/use-link-preview";
import { ARTICLE_DESCRIPTION_MAX_LENGTH, httpUrlSchema } from "@/lib/schemas/post-content";
import type { MediaAssetView } from "@/lib/schemas/media";

export type ArticleValue = {
  url: string;
  title: string;
  description: string;
  thumbnailAssetId?: string | null;
};

type Props = {
  workspaceId: string;
  article: ArticleValue | null;
  assets: Record<string, MediaAssetView>;
  onChange: (article: ArticleValue, added?: MediaAssetView) => void;
  onRemove: () => void;
  errors: Record<string, string[] | undefined>;
};

const inputClass =
  "focus:border-brand-500 focus:ring-brand-100 mt-1.5 block w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm focus:ring-2 focus:outline-none";

/**
 * A link card. LinkedIn does not look at the page (pitfall §15.12), so Cadence fetches its
 * OpenGraph data once, on the server, and the card shows exactly what is written here.
 */
export function LinkCardEditor({ workspaceId, article, assets, onChange, onRemove, errors }: Props) {
  const [url, setUrl] = useState(article?.url ?? "");
  const [urlError, setUrlError] = useState<string | null>(null);
  const preview = useLinkPreview(workspaceId);

  const fetchCard = (value: string) => {
    const parsed = httpUrlSchema.safeParse(value);
    if (!parsed.success) {
      setUrlError(parsed.error.issues[0]?.message ?? "Enter a web address.");
      return;
    }
    setUrlError(null);
    preview.mutate(parsed.data, {
      onSuccess: (card) =>
        onChange(
          {
            url: card.url,
            title: card.title ?? "",
            description: card.description ?? "",
            thumbnailAssetId: card.image?.id ?? null,
          },
          card.image ?? undefined,
        ),
    });
  };

  return (
    <div className="space-y-4" data-testid="link-editor">
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          fetchCard(url);
        }}
      >
        <div className="flex-1">
          <label htmlFor="link-url" className="text-sm font-medium text-slate-800">
            Link
          </label>
          <input
            id="link-url"
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://example.com/article"
            onChange={(event) => setUrl(event.target.value)}
            onPaste={(event) => {
              const pasted = event.clipboardData.getData("text").trim();
              if (pasted) {
                event.preventDefault();
                setUrl(pasted);
                fetchCard(pasted);
              }
            }}
            aria-invalid={urlError || preview.error ? true : undefined}
            className={`${inputClass} h-10`}
          />
        </div>
        <Button type="submit" variant="secondary" loading={preview.isPending}>
          {article ? "Fetch again" : "Fetch preview"}
        </Button>
      </form>
      <FieldErrors
        errors={urlError ? [urlError] : preview.error ? [preview.error.message] : errors["content.url"]}
      />
      {preview.isPending && (
        <p className="flex items-center gap-2 text-xs text-slate-500" role="status">
          <Loader2 className="size-3.5 animate-spin" aria-hidden /> Reading the page&apos;s title and image…
        </p>
      )}
      {preview.data?.imageProblem && (
        <p className="text-xs text-amber-800" role="status">
          The page&apos;s image could not be used: {preview.data.imageProblem} Add a thumbnail below if you
          like.
        </p>
      )}

      {article ? (
        <div className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4">
          <p className="flex items-center gap-2 truncate text-xs text-slate-500">
            <Link2 className="size-3.5 shrink-0" aria-hidden /> {article.url}
          </p>
          <div>
            <label htmlFor="link-title" className="text-sm font-medium text-slate-800">
              Card title
            </label>
            <input
              id="link-title"
              value={article.title}
              onChange={(event) => onChange({ ...article, title: event.target.value })}
              aria-invalid={errors["content.title"] ? true : undefined}
              className={`${inputClass} h-10`}
            />
            <FieldErrors errors={errors["content.title"]} />
          </div>
          <div>
            <label htmlFor="link-description" className="text-sm font-medium text-slate-800">
              Description{" "}
              <span className="font-normal text-slate-500">(sent to LinkedIn; most feeds hide it)</span>
            </label>
            <textarea
              id="link-description"
              rows={2}
              value={article.description}
              onChange={(event) => onChange({ ...article, description: event.target.value })}
              className={`${inputClass} py-2`}
            />
            <p className="text-right text-[11px] text-slate-400 tabular-nums">
              {article.description.length} / {ARTICLE_DESCRIPTION_MAX_LENGTH}
            </p>
            <FieldErrors errors={errors["content.description"]} />
          </div>
          <div>
            <p className="mb-1.5 text-sm font-medium text-slate-800">Thumbnail</p>
            <AssetSlot
              workspaceId={workspaceId}
              label="Card image"
              description="JPG, PNG or GIF; 1.91:1 looks best"
              uploadKind="image"
              libraryKind="IMAGE"
              asset={article.thumbnailAssetId ? (assets[article.thumbnailAssetId] ?? null) : null}
              onChange={(next) =>
                onChange({ ...article, thumbnailAssetId: next?.id ?? null }, next ?? undefined)
              }
              errors={errors["content.thumbnailAssetId"]}
            />
          </div>
          <button type="button" onClick={onRemove} className="text-xs text-slate-500 hover:text-red-600">
            Remove link card
          </button>
        </div>
      ) : null}
    </div>
  );
}
