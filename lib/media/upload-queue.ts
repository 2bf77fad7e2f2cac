// Several resumable uploads with at most `concurrency` running together; the rest wait their turn.
// Plain TypeScript (the React side is lib/hooks/use-resumable-uploads), so it is tested directly.
import {
  initialUploadState,
  runResumableUpload,
  type UploadOptions,
  type UploadState,
} from "@/lib/media/resumable-upload";
import type { UploadKind } from "@/lib/schemas/media";

export type QueuedUpload = UploadState & { id: string; file: File; kind?: UploadKind };

export type UploadQueueConfig = Pick<UploadOptions, "chunkSize" | "maxRetries" | "memory" | "sleep"> & {
  transport: UploadOptions["transport"];
  /** Uploads running at the same time (default 3). */
  concurrency?: number;
  onChange: (id: string, state: Partial<QueuedUpload>) => void;
  onFinished?: (id: string, final: UploadState, file: File) => void;
};

let nextId = 0;

/** `configure` may be called again (e.g. on every render) to swap callbacks and settings. */
export function createUploadQueue(initial: UploadQueueConfig) {
  let settings = initial;
  const config = () => settings;
  const jobs = new Map<string, { file: File; kind?: UploadKind }>();
  const running = new Map<string, AbortController>();
  const outcomes = new Map<string, UploadState["status"]>();
  let waiting: string[] = [];

  function pump() {
    while (running.size < (settings.concurrency ?? 3) && waiting.length > 0) {
      const id = waiting.shift()!;
      const job = jobs.get(id);
      if (!job) continue;
      const controller = new AbortController();
      running.set(id, controller);
      void runResumableUpload({
        ...settings,
        file: job.file,
        kind: job.kind,
        signal: controller.signal,
        onChange: (state) => config().onChange(id, state),
      }).then((final) => {
        running.delete(id);
        outcomes.set(id, final.status);
        config().onFinished?.(id, final, job.file);
        pump();
      });
    }
  }

  return {
    configure(next: UploadQueueConfig) {
      settings = next;
    },
    /** Queues files and returns their items (status "queued"), in order. */
    add(files: readonly File[], kind?: UploadKind): QueuedUpload[] {
      const added = files.map((file) => {
        const id = `upload-${++nextId}`;
        jobs.set(id, { file, kind });
        waiting.push(id);
        return { ...initialUploadState(file), status: "queued" as const, id, file, kind };
      });
      // Callers render the new items before the first progress arrives.
      queueMicrotask(pump);
      return added;
    },
    cancel(id: string) {
      const controller = running.get(id);
      if (controller) return void controller.abort(); // the upload reports "cancelled" itself
      if (waiting.includes(id)) {
        waiting = waiting.filter((other) => other !== id);
        outcomes.set(id, "cancelled");
        config().onChange(id, { status: "cancelled" });
      }
    },
    /** Continues a failed or cancelled upload (a kept session resumes); false for anything else. */
    retry(id: string): boolean {
      const outcome = outcomes.get(id);
      if (!jobs.has(id) || (outcome !== "error" && outcome !== "cancelled")) return false;
      outcomes.delete(id);
      config().onChange(id, { status: "queued", error: null, attempt: 0 });
      waiting.push(id);
      pump();
      return true;
    },
    remove(id: string) {
      running.get(id)?.abort();
      waiting = waiting.filter((other) => other !== id);
      jobs.delete(id);
      outcomes.delete(id);
    },
    abortAll() {
      waiting = [];
      running.forEach((controller) => controller.abort());
    },
    get runningCount() {
      return running.size;
    },
  };
}

export type UploadQueue = ReturnType<typeof createUploadQueue>;
