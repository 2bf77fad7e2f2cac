"use client";

import { AssetSlot } from "@/components/composer/asset-slot";
import { FieldErrors } from "@/components/composer/field-errors";
import type { MediaAssetView } from "@/lib/schemas/media";

export type DocumentValue = { assetId: string; title: string };

type Props = {
  workspaceId: string;
  document: DocumentValue;
  assets: Record<string, MediaAssetView>;
  onChange: (document: DocumentValue, added?: MediaAssetView) => void;
  onRemove: () => void;
  errors: Record<string, string[] | undefined>;
};

/** A PDF, PPT(X) or DOC(X) shown as a swipeable document, with the title LinkedIn puts on it. */
export function DocumentEditor({ workspaceId, document, assets, onChange, onRemove, errors }: Props) {
  return (
    <div className="space-y-4" data-testid="document-editor">
      <AssetSlot
        workspaceId={workspaceId}
        label="Document"
        description=""
        uploadKind="document"
        libraryKind="DOCUMENT"
        asset={assets[document.assetId] ?? null}
        onChange={(next) => (next ? onChange({ ...document, assetId: next.id }, next) : onRemove())}
        errors={errors["content.assetId"]}
      />
      <div>
        <label htmlFor="document-title" className="text-sm font-medium text-slate-800">
          Document title
        </label>
        <input
          id="document-title"
          value={document.title}
          onChange={(event) => onChange({ ...document, title: event.target.value })}
          aria-invalid={errors["content.title"] ? true : undefined}
          className="focus:border-brand-500 focus:ring-brand-100 mt-1.5 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm focus:ring-2 focus:outline-none"
        />
        <FieldErrors errors={errors["content.title"]} />
      </div>
    </div>
  );
}
