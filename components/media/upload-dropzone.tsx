"use client";

import { UploadCloud } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { UploadProgress } from "@/components/media/upload-progress";
import { type ResumableUploadsOptions, useResumableUploads } from "@/lib/hooks/use-resumable-uploads";
import type { MediaAssetView, UploadKind } from "@/lib/schemas/media";
import { cn } from "@/lib/utils/cn";

export type UploadDropzoneProps = {
  /** The file picker's `accept` (e.g. ACCEPT_BY_KIND.image); a hint only, the bytes decide. */
  accept?: string;
  /** Which LinkedIn rules apply (image, video, document, captions, thumbnail); default: from the bytes. */
  kind?: UploadKind;
  /** Several files per pick or drop (default true). */
  multiple?: boolean;
  /** Files this zone may still take (e.g. 20 minus the images already in the post); extra ones are refused. */
  maxFiles?: number;
  /** Shown beside each file beyond `maxFiles`. */
  tooManyMessage?: string;
  disabled?: boolean;
  label?: string;
  description?: string;
  /** Called once per file that became a media asset, in the order the files were picked. */
  onUploaded?: (asset: MediaAssetView, file: File) => void;
  /** Called with the plain-words reason a file was refused or could not be sent. */
  onError?: (message: string, file: File) => void;
  /** Drop an item from the list once it is uploaded (the caller shows the asset instead). */
  hideCompleted?: boolean;
  className?: string;
} & Pick<ResumableUploadsOptions, "chunkSize" | "maxRetries" | "concurrency" | "transport">;

/** Drag-and-drop or pick files; each uploads in resumable chunks with its own progress bar. */
export function UploadDropzone({
  accept,
  kind,
  multiple = true,
  maxFiles,
  tooManyMessage,
  disabled = false,
  label = multiple ? "Drop files here or choose them" : "Drop a file here or choose one",
  description,
  onUploaded,
  onError,
  hideCompleted = false,
  className,
  ...uploadOptions
}: UploadDropzoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const descriptionId = useId();
  const [dragging, setDragging] = useState(false);
  // Uploads run in parallel and finish in any order; assets are handed on in pick order, so the
  // images of a post keep the order they were chosen in.
  const picked = useRef<File[]>([]);
  const finished = useRef(new Map<File, MediaAssetView | null>());
  const flush = (items: { file: File; status: string }[]) => {
    while (picked.current.length > 0) {
      const head = picked.current[0]!;
      const status = items.find((item) => item.file === head)?.status;
      if (!finished.current.has(head) && status !== "cancelled" && status !== "error" && status !== undefined) break;
      picked.current.shift();
      const asset = finished.current.get(head);
      finished.current.delete(head);
      if (asset) onUploaded?.(asset, head);
    }
  };
  const uploads = useResumableUploads({
    ...uploadOptions,
    onUploaded: (asset, file) => {
      finished.current.set(file, asset);
      flush(uploadsRef.current);
    },
    onError,
  });
  const uploadsRef = useRef(uploads.items);
  useEffect(() => {
    uploadsRef.current = uploads.items;
    flush(uploads.items);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- flush reads refs; run when items change
  }, [uploads.items]);

  const take = (list: FileList | null) => {
    let files = Array.from(list ?? []);
    if (!multiple) files = files.slice(0, 1);
    // Uploads still running here will take room too.
    const running = uploads.items.filter((item) => !["done", "error", "cancelled"].includes(item.status));
    const room = maxFiles === undefined ? files.length : Math.max(0, maxFiles - running.length);
    // Files beyond the room are listed with the reason beside each, not silently dropped.
    if (files.length > room) uploads.refuse(files.slice(room), tooManyMessage ?? "No more files fit here.");
    files = files.slice(0, room);
    if (files.length > 0) {
      picked.current.push(...files);
      uploads.add(files, { kind });
    }
  };

  const visible = hideCompleted ? uploads.items.filter((item) => item.status !== "done") : uploads.items;
  return (
    <div className={cn("space-y-2", className)}>
      <button
        type="button"
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
        onDragEnter={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = disabled ? "none" : "copy";
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!disabled) take(event.dataTransfer.files);
        }}
        aria-describedby={description ? descriptionId : undefined}
        data-testid="upload-dropzone"
        data-dragging={dragging || undefined}
        className={cn(
          "flex w-full flex-col items-center justify-center gap-1.5 rounded-xl border-2 border-dashed px-6 py-8 text-center transition-colors",
          "focus-visible:border-brand-500 focus-visible:ring-brand-100 focus-visible:ring-4 focus-visible:outline-none",
          dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-white hover:bg-slate-50",
          disabled && "cursor-not-allowed opacity-60 hover:bg-white",
        )}
      >
        <UploadCloud className={cn("size-7", dragging ? "text-brand-600" : "text-slate-400")} aria-hidden />
        <span className="text-sm font-medium text-slate-800">{label}</span>
        {description && (
          <span id={descriptionId} className="text-xs text-slate-500">
            {description}
          </span>
        )}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        className="sr-only"
        tabIndex={-1}
        aria-hidden
        data-testid="upload-input"
        onChange={(event) => {
          take(event.currentTarget.files);
          event.currentTarget.value = ""; // picking the same file again fires change again
        }}
      />
      {visible.length > 0 && (
        <ul className="space-y-2" aria-label="Uploads">
          {visible.map((item) => (
            <li key={item.id}>
              <UploadProgress
                fileName={item.fileName}
                status={item.status}
                progress={item.progress}
                bytesSent={item.bytesSent}
                totalBytes={item.totalBytes}
                error={item.error}
                attempt={item.attempt}
                canRetry={item.canRetry}
                onCancel={() => uploads.cancel(item.id)}
                onRetry={() => uploads.retry(item.id)}
                onDismiss={() => uploads.remove(item.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
