// Byte accounting for an upload, reported through the caller's onProgress: `sentBytes` counts what
// has been handed to the connection (and falls back when an attempt fails), `acknowledgedBytes`
// what LinkedIn confirmed — the part that survives a crash in the saved state.

export interface UploadProgress {
  totalBytes: number;
  sentBytes: number;
  acknowledgedBytes: number;
  partsAcknowledged: number;
  partCount: number;
}

export type ProgressListener = (progress: UploadProgress) => void;

export class ProgressTracker {
  private readonly progress: UploadProgress;

  constructor(
    init: { totalBytes: number; acknowledgedBytes: number; partsAcknowledged: number; partCount: number },
    private readonly listener: ProgressListener | undefined,
  ) {
    this.progress = { ...init, sentBytes: init.acknowledgedBytes };
  }

  sent(bytes: number): void {
    this.progress.sentBytes += bytes;
    this.emit();
  }

  /** An attempt failed: its bytes will be sent again. */
  rewind(bytes: number): void {
    this.progress.sentBytes -= bytes;
    this.emit();
  }

  acknowledged(bytes: number): void {
    this.progress.acknowledgedBytes += bytes;
    this.progress.partsAcknowledged += 1;
    this.emit();
  }

  snapshot(): UploadProgress {
    return { ...this.progress };
  }

  private emit(): void {
    this.listener?.({ ...this.progress });
  }
}
