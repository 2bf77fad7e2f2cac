// Several uploads at once (a dropzone with many files): each file gets its own resumable upload
// and state, at most `concurrency` run together (lib/media/upload-queue). Cancel, retry (which
// continues a kept session) and remove work per item.
import { useCallback, useEffect, useState } from "react";
import type { ResumableUploadOptions } from "@/lib/hooks/use-resumable-upload";
import { initialUploadState } from "@/lib/media/resumable-upload";
import { browserSessionMemory } from "@/lib/media/session-memory";
import { createUploadQueue, type QueuedUpload, type UploadQueueConfig } from "@/lib/media/upload-queue";
import { createHttpUploadTransport } from "@/lib/media/upload-transport";
import type { UploadKind } from "@/lib/schemas/media";

export type UploadItem = QueuedUpload;

let refusedCount = 0;

export type ResumableUploadsOptions = ResumableUploadOptions & {
  /** Uploads running at the same time (default 3). */
  concurrency?: number;
};

export function useResumableUploads(options: ResumableUploadsOptions = {}) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [queue] = useState(() => createUploadQueue(queueConfig(options, setItems)));
  // The latest callbacks and settings, for uploads that start from now on.
  useEffect(() => queue.configure(queueConfig(options, setItems)), [queue, options]);
  // Leaving the page stops the uploads; their sessions stay resumable until they expire.
  useEffect(() => () => queue.abortAll(), [queue]);

  /** Queues files; returns their item ids in order. */
  const add = useCallback(
    (files: readonly File[], { kind }: { kind?: UploadKind } = {}) => {
      const added = queue.add(files, kind);
      setItems((current) => [...current, ...added]);
      return added.map((item) => item.id);
    },
    [queue],
  );

  /** Lists files that will not be uploaded, each with the reason shown beside it. */
  const refuse = useCallback((files: readonly File[], reason: string) => {
    const refused: UploadItem[] = files.map((file) => ({
      ...initialUploadState(file),
      id: `refused-${++refusedCount}`,
      file,
      status: "error",
      error: reason,
      canRetry: false,
    }));
    setItems((current) => [...current, ...refused]);
  }, []);

  const remove = useCallback(
    (id: string) => {
      queue.remove(id);
      setItems((current) => current.filter((item) => item.id !== id));
    },
    [queue],
  );

  const clearFinished = useCallback(() => {
    setItems((current) =>
      current.filter((item) => {
        const finished = ["done", "cancelled", "error"].includes(item.status);
        if (finished) queue.remove(item.id);
        return !finished;
      }),
    );
  }, [queue]);

  return { items, add, refuse, cancel: queue.cancel, retry: queue.retry, remove, clearFinished };
}

function queueConfig(
  { rememberSessions = true, transport, onUploaded, onError, ...rest }: ResumableUploadsOptions,
  setItems: React.Dispatch<React.SetStateAction<UploadItem[]>>,
): UploadQueueConfig {
  return {
    ...rest,
    transport: transport ?? createHttpUploadTransport(),
    memory: rememberSessions ? browserSessionMemory() : undefined,
    onChange: (id, state) =>
      setItems((current) => current.map((item) => (item.id === id ? { ...item, ...state } : item))),
    onFinished: (_id, final, file) => {
      if (final.status === "done" && final.asset) onUploaded?.(final.asset, file);
      if (final.status === "error" && final.error) onError?.(final.error, file);
    },
  };
}
