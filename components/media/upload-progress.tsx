"use client";

import { CheckCircle2, FileUp, RotateCcw, X } from "lucide-react";
import { formatFileSize } from "@/components/media/format-file-size";
import type { UploadStatus } from "@/lib/media/resumable-upload";
import { cn } from "@/lib/utils/cn";

export type UploadProgressProps = {
  fileName: string;
  status: UploadStatus;
  /** 0–1 */
  progress: number;
  bytesSent: number;
  totalBytes: number;
  /** Shown in the error state, in the server's words. */
  error?: string | null;
  /** The retry in progress (1 = first) while the connection is being re-established. */
  attempt?: number;
  /** Offer "Try again" (only when it can help: a connection that gave up, not a refused file). */
  canRetry?: boolean;
  onCancel?: () => void;
  onRetry?: () => void;
  onDismiss?: () => void;
  className?: string;
};

const active: UploadStatus[] = ["queued", "checking", "uploading", "retrying", "completing"];

/** One file's upload: a real progress bar with percentage and bytes, or the reason it failed. */
export function UploadProgress({
  fileName,
  status,
  progress,
  bytesSent,
  totalBytes,
  error,
  attempt = 0,
  canRetry = false,
  onCancel,
  onRetry,
  onDismiss,
  className,
}: UploadProgressProps) {
  // Floor, so 100% only shows once every byte is there.
  const percent = status === "done" ? 100 : Math.floor(Math.min(1, Math.max(0, progress)) * 100);
  const failed = status === "error";
  const isActive = active.includes(status);
  const label = statusLabel(status, percent, attempt);
  return (
    <div
      className={cn(
        "rounded-lg border bg-white px-3 py-2.5 shadow-sm",
        failed ? "border-red-200" : "border-slate-200",
        className,
      )}
      data-testid="upload-progress"
      data-status={status}
    >
      <div className="flex items-center gap-2">
        {status === "done" ? (
          <CheckCircle2 className="size-4 shrink-0 text-emerald-600" aria-hidden />
        ) : (
          <FileUp className={cn("size-4 shrink-0", failed ? "text-red-600" : "text-slate-500")} aria-hidden />
        )}
        <p className="min-w-0 flex-1 truncate text-sm font-medium text-slate-800" title={fileName}>
          {fileName}
        </p>
        <span className="shrink-0 text-xs text-slate-500 tabular-nums">{label}</span>
        {failed && canRetry && onRetry && (
          <IconButton label={`Try uploading ${fileName} again`} onClick={onRetry}>
            <RotateCcw className="size-4" aria-hidden />
          </IconButton>
        )}
        {isActive && onCancel && (
          <IconButton label={`Cancel upload of ${fileName}`} onClick={onCancel}>
            <X className="size-4" aria-hidden />
          </IconButton>
        )}
        {!isActive && onDismiss && (
          <IconButton label={`Dismiss ${fileName}`} onClick={onDismiss}>
            <X className="size-4" aria-hidden />
          </IconButton>
        )}
      </div>
      <div
        role="progressbar"
        aria-label={`Upload of ${fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${formatFileSize(bytesSent)} of ${formatFileSize(totalBytes)}`}
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={cn(
            "h-full rounded-full transition-[width] duration-300 ease-out",
            failed ? "bg-red-500" : status === "done" ? "bg-emerald-500" : "bg-brand-600",
            status === "retrying" && "animate-pulse",
          )}
          style={{ width: `${failed && percent === 0 ? 100 : percent}%` }}
        />
      </div>
      {failed ? (
        <p className="mt-1.5 text-xs font-medium text-red-700" role="alert">
          {error ?? "The upload failed."}
        </p>
      ) : (
        <p className="mt-1 text-xs text-slate-500 tabular-nums">
          {formatFileSize(bytesSent)} of {formatFileSize(totalBytes)}
        </p>
      )}
    </div>
  );
}

function statusLabel(status: UploadStatus, percent: number, attempt: number): string {
  switch (status) {
    case "queued":
      return "Waiting…";
    case "checking":
      return "Checking…";
    case "uploading":
      return `${percent}%`;
    case "retrying":
      return `${percent}% · connection lost, retrying${attempt > 1 ? ` (${attempt})` : ""}…`;
    case "completing":
      return "Checking LinkedIn's rules…";
    case "done":
      return "Uploaded";
    case "cancelled":
      return "Cancelled";
    case "error":
      return "Failed";
  }
}

function IconButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      title={label}
      className="rounded p-0.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
    >
      {children}
    </button>
  );
}
