// Cadence's own check of LinkedIn's documented limits BEFORE a request is sent (commentary length,
// 2–20 images, alt text, URN kinds, file sizes): a request that would be refused, or worse
// silently truncated, never leaves Cadence. Nothing was sent, so nothing needs reconciling.
import { LinkedInError } from "./linkedin-errors";

export interface PreflightProblem {
  /** Dotted path in Cadence's input, e.g. `content.images[3].altText`. */
  field: string;
  /** Plain words for the person using Cadence. */
  message: string;
}

export class LinkedInPreflightError extends LinkedInError {
  readonly kind = "validation";
  readonly retryable = false;
  readonly userMessage: string;
  constructor(
    readonly problems: readonly PreflightProblem[],
    /** What was being prepared, e.g. `POST /rest/posts`. */
    endpoint: string,
  ) {
    super(`Not sent to LinkedIn: ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`, {
      status: null,
      endpoint,
    });
    this.userMessage =
      problems.length === 1
        ? (problems[0] as PreflightProblem).message
        : `LinkedIn would not accept this: ${problems.map((p) => p.message).join(" ")}`;
  }
}

/** Throws a LinkedInPreflightError when there are problems. */
export function assertNoProblemsOrThrow(problems: readonly PreflightProblem[], endpoint: string): void {
  if (problems.length > 0) throw new LinkedInPreflightError(problems, endpoint);
}
