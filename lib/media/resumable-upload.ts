// The browser side of a resumable upload, without React: pre-check the file (size and format from
// its first bytes, in the server's words), open a session, send chunks, and when a chunk fails or
// the connection drops, wait with backoff, ask the server how many bytes it holds and continue
// from there. An upload is never restarted from zero. The transport is injected so the chunk and
// retry logic is tested without a network (resumable-upload.test.ts).
import { SNIFF_BYTES, sniffFormat } from "@/lib/media/inspect/sniff-format";
import { precheckUpload } from "@/lib/media/precheck-upload";
import {
  type CompleteUploadView,
  MAX_CHUNK_BYTES,
  type MediaAssetView,
  type UploadKind,
  type UploadSessionView,
} from "@/lib/schemas/media";

export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MAX_RETRIES = 8;

/** A failed request: `status` 0 means the network (no answer at all). */
export class UploadRequestError extends Error {
  readonly status: number;
  /** On a 409 to a chunk: where the server's bytes end. */
  readonly offset?: number;

  constructor(message: string, status: number, offset?: number) {
    super(message);
    this.name = "UploadRequestError";
    this.status = status;
    this.offset = offset;
  }
}

/** Retries ran out; the session is kept, so trying again continues where it stopped. */
export class UploadGaveUpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UploadGaveUpError";
  }
}

export type UploadTransport = {
  createSession(
    input: { name: string; size: number; type?: string; kind?: UploadKind },
    signal: AbortSignal,
  ): Promise<UploadSessionView>;
  getSession(id: string, signal: AbortSignal): Promise<UploadSessionView>;
  putChunk(input: {
    id: string;
    start: number;
    end: number;
    total: number;
    body: Blob;
    signal: AbortSignal;
    /** Bytes of this chunk sent so far, as the browser reports them. */
    onProgress?: (loaded: number) => void;
  }): Promise<UploadSessionView>;
  complete(id: string, signal: AbortSignal): Promise<CompleteUploadView>;
  cancel(id: string): Promise<void>;
};

/** Remembers session ids so picking the same file again (after a reload) resumes it. */
export type SessionMemory = {
  get(key: string): string | undefined;
  set(key: string, sessionId: string): void;
  delete(key: string): void;
};

/** queued: waiting for a free slot (useResumableUploads); checking: reading the first bytes. */
export type UploadStatus =
  "queued" | "checking" | "uploading" | "retrying" | "completing" | "done" | "error" | "cancelled";

export type UploadState = {
  status: UploadStatus;
  fileName: string;
  totalBytes: number;
  bytesSent: number;
  /** 0–1 */
  progress: number;
  /** Consecutive failed attempts while retrying (1 = first retry). */
  attempt: number;
  /** A sentence for the person uploading (the server's own message when it refused the file). */
  error: string | null;
  /** False when retrying cannot help (the file was refused); true after network give-ups. */
  canRetry: boolean;
  asset: MediaAssetView | null;
  deduplicated: boolean;
};

export type UploadFile = Blob & { name: string; lastModified?: number };

export type UploadOptions = {
  file: UploadFile;
  kind?: UploadKind;
  transport: UploadTransport;
  chunkSize?: number;
  maxRetries?: number;
  memory?: SessionMemory;
  signal?: AbortSignal;
  onChange?: (state: UploadState) => void;
  /** Injected in tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
};

// ── pure pieces ──

/** The next chunk: [offset, end) of at most `chunkSize` bytes (and never more than the server allows). */
export function nextChunk(offset: number, size: number, chunkSize: number): { start: number; end: number } {
  const length = Math.max(1, Math.min(chunkSize, MAX_CHUNK_BYTES));
  return { start: offset, end: Math.min(size, offset + length) };
}

/** Exponential backoff with jitter: ~0.5 s, 1 s, 2 s … capped at 20 s, each between 50% and 100%. */
export function retryDelayMs(
  attempt: number,
  random: () => number = Math.random,
  baseMs = 500,
  maxMs = 20_000,
) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/** Worth another try: no answer, a timeout, rate limiting or a server-side failure. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof UploadRequestError)) return false;
  return (
    error.status === 0 ||
    error.status === 408 ||
    error.status === 425 ||
    error.status === 429 ||
    error.status >= 500
  );
}

export function progressOf(bytesSent: number, totalBytes: number): number {
  return totalBytes <= 0 ? 0 : Math.min(1, Math.max(0, bytesSent / totalBytes));
}

/** The key under which a file's session id is remembered. */
export function fileKey(file: UploadFile, kind: UploadKind | undefined): string {
  return `cadence:upload:${kind ?? "auto"}:${file.name}:${file.size}:${file.lastModified ?? 0}`;
}

export function initialUploadState(file: UploadFile): UploadState {
  return {
    status: "checking",
    fileName: file.name,
    totalBytes: file.size,
    bytesSent: 0,
    progress: 0,
    attempt: 0,
    error: null,
    canRetry: false,
    asset: null,
    deduplicated: false,
  };
}

// ── the upload ──

export class UploadAbortedError extends Error {
  constructor() {
    super("The upload was cancelled.");
    this.name = "UploadAbortedError";
  }
}

/** Runs one upload to its end; resolves with the final state (done, error or cancelled), never throws. */
export async function runResumableUpload(options: UploadOptions): Promise<UploadState> {
  const { file, transport, memory, onChange } = options;
  const signal = options.signal ?? new AbortController().signal;
  let state = initialUploadState(file);
  const update = (patch: Partial<UploadState>) => {
    state = { ...state, ...patch };
    if (patch.bytesSent !== undefined) state.progress = progressOf(state.bytesSent, state.totalBytes);
    onChange?.(state);
  };
  onChange?.(state);

  let sessionId: string | undefined;
  let key: string | undefined;
  try {
    const format = sniffFormat(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
    const checked = precheckUpload({ size: file.size, format, kind: options.kind });
    if (!checked.ok) {
      update({ status: "error", error: checked.reason, canRetry: false });
      return state;
    }
    key = fileKey(file, checked.kind);
    const uploader = new Uploader(options, signal, (patch) => update(patch));
    const result = await uploader.run(checked.kind, key, (id) => (sessionId = id));
    memory?.delete(key);
    update({ status: "done", bytesSent: file.size, asset: result.asset, deduplicated: result.deduplicated });
  } catch (error) {
    if (signal.aborted || error instanceof UploadAbortedError) {
      if (sessionId) void transport.cancel(sessionId).catch(() => {});
      if (key) memory?.delete(key);
      update({ status: "cancelled", error: null });
    } else {
      const retryable = error instanceof UploadGaveUpError || isRetryable(error);
      // A refused or vanished session cannot be resumed: the next try starts a new one.
      if (key && !retryable) memory?.delete(key);
      update({ status: "error", error: messageOf(error), canRetry: retryable });
    }
  }
  return state;
}

class Uploader {
  private failures = 0;

  constructor(
    private readonly options: UploadOptions,
    private readonly signal: AbortSignal,
    private readonly update: (patch: Partial<UploadState>) => void,
  ) {}

  async run(kind: UploadKind, key: string, onSession: (id: string) => void): Promise<CompleteUploadView> {
    const { file, memory } = this.options;
    const session = await this.openSession(kind, key);
    onSession(session.id);
    memory?.set(key, session.id);
    if (session.status === "FAILED")
      throw new UploadRequestError(session.error ?? "The file was refused.", 422);
    let offset = session.status === "COMPLETED" ? file.size : session.offset;
    this.update({ status: "uploading", bytesSent: offset });

    for (;;) {
      offset = await this.sendFrom(session.id, offset);
      if (this.signal.aborted) throw new UploadAbortedError();
      this.update({ status: "completing", bytesSent: file.size });
      try {
        return await this.options.transport.complete(session.id, this.signal);
      } catch (error) {
        // The server lost bytes (409 with its offset): send them again from there.
        if (error instanceof UploadRequestError && error.status === 409 && error.offset !== undefined) {
          offset = error.offset;
          this.update({ status: "uploading", bytesSent: offset });
          continue;
        }
        await this.backoffOrThrow(error);
      }
    }
  }

  /** A remembered session for this file if the server still has it, otherwise a new one. */
  private async openSession(kind: UploadKind, key: string): Promise<UploadSessionView> {
    const { file, memory, transport } = this.options;
    const remembered = memory?.get(key);
    if (remembered) {
      try {
        const session = await transport.getSession(remembered, this.signal);
        if (session.size === file.size && session.status !== "FAILED") return session;
      } catch (error) {
        if (this.signal.aborted) throw new UploadAbortedError();
        if (isRetryable(error)) throw error;
      }
      memory?.delete(key);
    }
    for (;;) {
      try {
        return await transport.createSession(
          { name: file.name, size: file.size, type: file.type || undefined, kind },
          this.signal,
        );
      } catch (error) {
        await this.backoffOrThrow(error);
      }
    }
  }

  /** Sends every chunk from `offset`; returns when the server holds the whole file. */
  private async sendFrom(id: string, offset: number): Promise<number> {
    const { file, transport } = this.options;
    const chunkSize = this.options.chunkSize ?? DEFAULT_CHUNK_BYTES;
    while (offset < file.size) {
      if (this.signal.aborted) throw new UploadAbortedError();
      const { start, end } = nextChunk(offset, file.size, chunkSize);
      try {
        const session = await transport.putChunk({
          id,
          start,
          end,
          total: file.size,
          body: file.slice(start, end),
          signal: this.signal,
          onProgress: (loaded) => this.update({ bytesSent: start + Math.min(loaded, end - start) }),
        });
        offset = session.offset;
        this.failures = 0;
        this.update({ status: "uploading", bytesSent: offset, attempt: 0 });
      } catch (error) {
        // The server holds a different amount than we thought: continue from its offset.
        if (error instanceof UploadRequestError && error.status === 409 && error.offset !== undefined) {
          if (error.offset !== start) {
            offset = error.offset;
            this.update({ bytesSent: offset });
            continue;
          }
          // Same offset: another request of ours is still being saved. Wait, then ask again.
        } else if (!isRetryable(error)) {
          throw error;
        }
        // What was sent of a failed chunk is not stored: show what the server holds.
        this.update({ bytesSent: start });
        await this.backoffOrThrow(error, true);
        offset = await this.serverOffset(id, offset);
        this.update({ bytesSent: offset });
      }
    }
    return offset;
  }

  /** Where the server's bytes end, or our own offset when it cannot say (the next PUT will tell). */
  private async serverOffset(id: string, fallback: number): Promise<number> {
    try {
      const session = await this.options.transport.getSession(id, this.signal);
      if (session.status === "COMPLETED") return this.options.file.size;
      return session.offset;
    } catch (error) {
      if (this.signal.aborted) throw new UploadAbortedError();
      if (!isRetryable(error)) throw error;
      return fallback;
    }
  }

  private async backoffOrThrow(error: unknown, retryableConflict = false): Promise<void> {
    if (this.signal.aborted) throw new UploadAbortedError();
    if (!retryableConflict && !isRetryable(error)) throw error;
    this.failures++;
    const max = this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
    if (this.failures > max) {
      throw new UploadGaveUpError(
        `The upload stopped after ${max} retries (${messageOf(error).replace(/\.$/, "")}). ` +
          "Check your connection and try again: it continues where it stopped.",
      );
    }
    const delay = retryDelayMs(this.failures, this.options.random);
    this.update({ status: "retrying", attempt: this.failures });
    await (this.options.sleep ?? sleep)(delay, this.signal);
    if (this.signal.aborted) throw new UploadAbortedError();
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return "The upload failed.";
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
