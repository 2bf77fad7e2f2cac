// The two expected failures of an upload that need more than an AppError's status and message.
import { AppError } from "@/lib/errors";

/**
 * The bytes break one of LinkedIn's rules (format, pixels, frames, duration, pages, SRT syntax):
 * answered 422 with the inspector's sentence, which the client shows beside the file.
 */
export class MediaRejectedError extends AppError {
  constructor(message: string) {
    super("VALIDATION", message, { fieldErrors: { file: [message] } });
    this.name = "MediaRejectedError";
  }

  override get status(): number {
    return 422;
  }
}

/** A chunk that does not start where the stored bytes end: 409 with the offset to resume from. */
export class UploadOffsetError extends AppError {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super("CONFLICT", message);
    this.name = "UploadOffsetError";
    this.offset = offset;
  }
}
