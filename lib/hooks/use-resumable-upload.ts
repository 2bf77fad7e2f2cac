// Uploads one File to Cadence in resumable chunks (lib/media/resumable-upload) and exposes its
// progress to React: 0–1 and bytes, retries with backoff after a dropped chunk, resumes from the
// server's offset, cancel. For several files at once, see use-resumable-uploads.
import { useCallback, useEffect, useRef, useState } from "react";
import { runResumableUpload, type UploadState, type UploadTransport } from "@/lib/media/resumable-upload";
import { browserSessionMemory } from "@/lib/media/session-memory";
import { createHttpUploadTransport } from "@/lib/media/upload-transport";
import type { MediaAssetView, UploadKind } from "@/lib/schemas/media";

export type ResumableUploadOptions = {
  /** Bytes per PUT (default 4 MiB, at most 8 MiB). */
  chunkSize?: number;
  /** Consecutive failed attempts before giving up (default 8); the session is kept for a retry. */
  maxRetries?: number;
  /** Remember unfinished sessions in localStorage so the same file resumes after a reload (default true). */
  rememberSessions?: boolean;
  /** Tests and stories: replaces the HTTP calls. */
  transport?: UploadTransport;
  onUploaded?: (asset: MediaAssetView, file: File) => void;
  onError?: (message: string, file: File) => void;
};

export function useResumableUpload(options: ResumableUploadOptions = {}) {
  const [state, setState] = useState<UploadState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  // Leaving the page (unmounting) stops the upload; its session stays resumable until it expires.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (file: File, { kind }: { kind?: UploadKind } = {}) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    const { chunkSize, maxRetries, rememberSessions = true, transport } = latest.current;
    const final = await runResumableUpload({
      file,
      kind,
      chunkSize,
      maxRetries,
      transport: transport ?? createHttpUploadTransport(),
      memory: rememberSessions ? browserSessionMemory() : undefined,
      signal: own.signal,
      onChange: (next) => {
        if (controller.current === own) setState(next);
      },
    });
    if (controller.current === own) controller.current = null;
    if (final.status === "done" && final.asset) latest.current.onUploaded?.(final.asset, file);
    if (final.status === "error" && final.error) latest.current.onError?.(final.error, file);
    return final;
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState(null);
  }, []);

  const isUploading =
    state !== null && ["checking", "uploading", "retrying", "completing"].includes(state.status);
  return { state, start, cancel, reset, isUploading };
}
