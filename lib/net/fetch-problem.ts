// Failures of a fetched URL as AppErrors for the person who entered it: 400 with the message on
// the `url` field, whether the socket failed (SafeFetchError) or the site answered with an error.
import { AppError } from "@/lib/errors";
import { SafeFetchError } from "@/lib/net/safe-fetch-error";

/** Why an HTTP status is not the page or file asked for; `what` is "page", "image", … */
export function describeHttpStatus(status: number, what: string): string {
  if (status === 404 || status === 410)
    return `The site says this ${what} does not exist (${status}). Check the link.`;
  if (status === 401 || status === 403)
    return `The site refused to share this ${what} (${status}); it may need a sign-in.`;
  if (status === 429) return "The site is limiting requests right now (429). Try again in a few minutes.";
  if (status >= 500) return `The site had a problem answering (${status}). Try again later.`;
  return `The site answered with an error (${status}) instead of the ${what}.`;
}

export function fetchProblem(message: string, cause?: unknown): AppError {
  return new AppError("VALIDATION", message, { fieldErrors: { url: [message] }, cause });
}

/** A SafeFetchError as a 400 AppError; anything else is rethrown untouched. */
export function toFetchProblemOrRethrow(error: unknown): never {
  if (error instanceof SafeFetchError) throw fetchProblem(error.message, error);
  throw error;
}
