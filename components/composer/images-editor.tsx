"use client";

import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  arrayMove,
  verticalListSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowLeft, ArrowRight, GripVertical, Trash2 } from "lucide-react";
import { errorsUnder, FieldErrors } from "@/components/composer/field-errors";
import { ALT_TEXT_MAX_LENGTH, MULTI_IMAGE_MAX } from "@/lib/linkedin/posts/post-limits";
import type { MediaAssetView } from "@/lib/schemas/media";
import { cn } from "@/lib/utils/cn";

export type ImageItem = { assetId: string; altText: string };

type Props = {
  images: ImageItem[];
  assets: Record<string, MediaAssetView>;
  onChange: (images: ImageItem[]) => void;
  errors: Record<string, string[] | undefined>;
};

/** The post's images in order: drag (or use the arrow buttons) to reorder, alt text on each. */
export function ImagesEditor({ images, assets, onChange, errors }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const move = (from: number, to: number) => onChange(arrayMove(images, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const ids = images.map((image) => image.assetId);
    move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  return (
    <div>
      <p className="mb-2 text-xs text-slate-500">
        {images.length} of {MULTI_IMAGE_MAX} images · drag to reorder · alt text describes each image for
        people using screen readers.
      </p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={images.map((image) => image.assetId)} strategy={verticalListSortingStrategy}>
          <ol className="grid gap-2" aria-label="Images in the post">
            {images.map((image, index) => (
              <SortableImage
                key={image.assetId}
                image={image}
                index={index}
                count={images.length}
                asset={assets[image.assetId]}
                errors={errorsUnder(errors, `content.images.${index}`)}
                onAltText={(altText) =>
                  onChange(images.map((item, i) => (i === index ? { ...item, altText } : item)))
                }
                onMove={(to) => move(index, to)}
                onRemove={() => onChange(images.filter((_, i) => i !== index))}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

function SortableImage({
  image,
  index,
  count,
  asset,
  errors,
  onAltText,
  onMove,
  onRemove,
}: {
  image: ImageItem;
  index: number;
  count: number;
  asset: MediaAssetView | undefined;
  errors?: string[];
  onAltText: (value: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: image.assetId,
  });
  const name = asset?.fileName ?? `Image ${index + 1}`;
  const altId = `alt-${image.assetId}`;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={cn(
        "rounded-lg border bg-white p-2 shadow-sm",
        errors ? "border-red-300" : "border-slate-200",
        isDragging && "ring-brand-200 z-10 shadow-lg ring-2",
      )}
      data-testid="image-item"
    >
      <div className="flex gap-2">
        <button
          type="button"
          className="flex w-5 shrink-0 cursor-grab items-center justify-center rounded text-slate-400 hover:bg-slate-100 active:cursor-grabbing"
          aria-label={`Reorder ${name} (position ${index + 1} of ${count}); press space then arrow keys`}
          {...attributes}
          {...listeners}
        >
          <GripVertical className="size-4" aria-hidden />
        </button>
        {/* eslint-disable-next-line @next/next/no-img-element -- same-origin media route, not an optimizable static image */}
        <img
          src={asset?.url}
          alt={image.altText}
          className="size-16 shrink-0 rounded-md bg-slate-100 object-cover"
          draggable={false}
        />
        <div className="min-w-0 flex-1">
          <div className="flex items-center gap-1">
            <p className="min-w-0 flex-1 truncate text-xs font-medium text-slate-700" title={name}>
              {index + 1}. {name}
            </p>
            <IconButton
              label={`Move ${name} earlier`}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              <ArrowLeft className="size-3.5" aria-hidden />
            </IconButton>
            <IconButton
              label={`Move ${name} later`}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            >
              <ArrowRight className="size-3.5" aria-hidden />
            </IconButton>
            <IconButton label={`Remove ${name}`} onClick={onRemove}>
              <Trash2 className="size-3.5" aria-hidden />
            </IconButton>
          </div>
          <label htmlFor={altId} className="sr-only">
            Alt text for {name}
          </label>
          <textarea
            id={altId}
            rows={2}
            value={image.altText}
            onChange={(event) => onAltText(event.target.value)}
            placeholder="Alt text: what is in the image?"
            aria-invalid={errors ? true : undefined}
            className="focus:border-brand-500 focus:ring-brand-100 mt-1 block w-full resize-y rounded-md border border-slate-300 px-2 py-1 text-xs focus:ring-2 focus:outline-none"
          />
          <p
            className={cn(
              "text-right text-[11px] tabular-nums",
              image.altText.length > ALT_TEXT_MAX_LENGTH ? "font-medium text-red-600" : "text-slate-400",
            )}
          >
            {image.altText.length.toLocaleString("en-US")} / {ALT_TEXT_MAX_LENGTH.toLocaleString("en-US")}
          </p>
        </div>
      </div>
      <FieldErrors errors={errors} />
    </li>
  );
}

function IconButton({
  label,
  children,
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { label: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800 disabled:opacity-30 disabled:hover:bg-transparent"
      {...props}
    >
      {children}
    </button>
  );
}
