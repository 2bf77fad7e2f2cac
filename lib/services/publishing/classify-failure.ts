// What a failure means for a target, per error class of lib/linkedin (architecture.md):
// transient → retry with backoff; rate limit → wait until LinkedIn allows it; token → refresh once,
// else reconnect; version sunset → fail fast and alert the operator; validation, permission and
// PROCESSING_FAILED → failed with LinkedIn's reason. During the create call itself, anything that
// leaves the answer unknown (timeout, dropped connection, 5xx) must be reconciled, not retried.
import { isLinkedInError, LinkedInRateLimitError } from "@/lib/linkedin";
import type { FailureCode } from "@/lib/publishing/failure-codes";

export type FailureOutcome =
  | { kind: "retry"; code: FailureCode; message: string; retryAt?: Date }
  | { kind: "fail"; code: FailureCode; message: string; alertOperator?: boolean }
  | { kind: "token"; message: string }
  | { kind: "unknown-outcome"; message: string };

export function classifyFailure(error: unknown, { duringCreate }: { duringCreate: boolean }): FailureOutcome {
  if (!isLinkedInError(error)) {
    if (
      error instanceof Error &&
      (error.name === "AbortError" || error.name === "TimeoutError") &&
      duringCreate
    )
      return { kind: "unknown-outcome", message: "LinkedIn did not answer in time." };
    const message = error instanceof Error ? error.message : String(error);
    return duringCreate
      ? { kind: "unknown-outcome", message: `The connection to LinkedIn failed: ${message}` }
      : { kind: "retry", code: "TRANSIENT", message: `Cadence could not reach LinkedIn: ${message}` };
  }
  switch (error.kind) {
    case "token":
      return { kind: "token", message: error.userMessage };
    case "permission":
      return { kind: "fail", code: "PERMISSION", message: error.userMessage };
    case "version":
      return { kind: "fail", code: "VERSION", message: error.userMessage, alertOperator: true };
    case "rate_limit":
      return {
        kind: "retry",
        code: "RATE_LIMITED",
        message: error.userMessage,
        retryAt: error instanceof LinkedInRateLimitError ? error.retryAt : undefined,
      };
    case "validation":
      return { kind: "fail", code: "VALIDATION", message: error.linkedinMessage ?? error.userMessage };
    case "media_processing":
      return error.retryable
        ? { kind: "retry", code: "TRANSIENT", message: error.userMessage }
        : { kind: "fail", code: "MEDIA_PROCESSING_FAILED", message: error.userMessage };
    case "transient":
    case "unexpected_response":
      return duringCreate
        ? { kind: "unknown-outcome", message: error.userMessage }
        : { kind: "retry", code: "TRANSIENT", message: error.userMessage };
    case "upload_expired":
      return { kind: "retry", code: "TRANSIENT", message: error.userMessage };
    default:
      return { kind: "fail", code: "UNKNOWN", message: error.userMessage };
  }
}
