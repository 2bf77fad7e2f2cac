// Media failures that are LinkedIn's verdict on the file or on the upload session, not on the
// request: processing failed (doc §11, with LinkedIn's reason), processing did not finish within
// Cadence's budget, or the upload URLs expired (doc §3.9: re-initialize).
import { LinkedInError, type LinkedInErrorInit } from "./linkedin-errors";

export type MediaProcessingFailure = "PROCESSING_FAILED" | "DEADLINE_EXCEEDED";

export class LinkedInMediaProcessingError extends LinkedInError {
  readonly kind = "media_processing";
  /** PROCESSING_FAILED is final for these bytes; a missed deadline may still end AVAILABLE later. */
  readonly retryable: boolean;
  readonly userMessage: string;
  constructor(
    readonly mediaUrn: string,
    readonly failure: MediaProcessingFailure,
    /** LinkedIn's `processingFailureReason`, when it gave one. */
    readonly reason: string | null,
    init: LinkedInErrorInit,
  ) {
    super(
      failure === "PROCESSING_FAILED"
        ? `LinkedIn could not process ${mediaUrn}${reason ? ` (${reason})` : ""}`
        : `LinkedIn is still processing ${mediaUrn}`,
      init,
    );
    this.retryable = failure === "DEADLINE_EXCEEDED";
    this.userMessage =
      failure === "PROCESSING_FAILED"
        ? `LinkedIn could not process this file${reason ? `: ${reason}` : "."} Replace the file and try again.`
        : "LinkedIn is taking unusually long to process this file. Cadence will check again later.";
  }
}

/** The upload URLs of an initialized upload are past their expiry: start again with initializeUpload. */
export class LinkedInUploadExpiredError extends LinkedInError {
  readonly kind = "upload_expired";
  /** Calling the upload again with the same saved state starts a fresh upload. */
  readonly retryable = true;
  readonly userMessage = "The LinkedIn upload session expired. Cadence will start the upload again.";
  constructor(
    readonly mediaUrn: string,
    init: LinkedInErrorInit,
  ) {
    super(`LinkedIn upload URLs for ${mediaUrn} have expired`, init);
  }
}
