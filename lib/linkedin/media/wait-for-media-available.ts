// Polls an asset until LinkedIn has processed it (doc §11): backoff from 2 s doubling to 30 s,
// within an overall deadline (default 30 min for videos, 10 min otherwise), ending AVAILABLE or in
// a LinkedInMediaProcessingError (PROCESSING_FAILED with LinkedIn's reason, or DEADLINE_EXCEEDED).
// Read failures are counted apart from "still processing": a few in a row end the wait.
//
// Pitfall §15.16 (UNCONFIRMED): image/document status reads are reported to fail for member-only
// tokens (w_member_social). Following doc §11, a 403 on such a read is "unknown": wait a grace
// period, then let the post go ahead. `memberImageDocumentStatus: "skip"` does not even try (what
// the integrations in §15.16 do); videos are polled with any token.
import { LinkedInMediaProcessingError } from "../errors/media-errors";
import { LinkedInPermissionError, LinkedInTransientError } from "../errors/linkedin-errors";
import type { LinkedInClient } from "../http/linkedin-client";
import { mediaKindOf, type MediaUrn } from "../urns";
import { getMediaStatus, type LinkedInMediaStatus } from "./get-media-status";
import { PAGE_OR_ADS_SCOPES } from "./media-scopes";

export interface WaitForMediaInput {
  urn: MediaUrn;
  /** The asset's owner when known: the §15.16 allowance applies only to member-owned media. */
  owner?: string;
  /** Overall budget from the first read. */
  timeoutMs?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Member-only tokens and images/documents (§15.16): `poll` (default) falls back to the grace on a 403; `skip` never reads. */
  memberImageDocumentStatus?: "poll" | "skip";
  /** How long to wait when the status cannot be read (default 10 s). */
  graceMs?: number;
  maxConsecutiveReadFailures?: number;
  onStatus?: (status: LinkedInMediaStatus) => void;
  signal?: AbortSignal;
}

export type WaitForMediaResult =
  | { urn: MediaUrn; outcome: "AVAILABLE"; media: LinkedInMediaStatus }
  /** §15.16: LinkedIn would not tell; the grace period has passed. */
  | { urn: MediaUrn; outcome: "ASSUMED_AVAILABLE"; reason: "status_unreadable_with_member_token" };

export const DEFAULT_VIDEO_PROCESSING_BUDGET_MS = 30 * 60_000;
export const DEFAULT_PROCESSING_BUDGET_MS = 10 * 60_000;
export const DEFAULT_STATUS_GRACE_MS = 10_000;

export async function waitForMediaAvailable(
  client: LinkedInClient,
  input: WaitForMediaInput,
): Promise<WaitForMediaResult> {
  const { config } = client;
  const kind = mediaKindOf(input.urn);
  if (kind === null) throw new TypeError(`Not a media URN: ${input.urn}`);
  const memberOwned = input.owner === undefined || input.owner.startsWith("urn:li:person:");
  const graceAllowed = kind !== "video" && memberOwned;
  const assume = async (): Promise<WaitForMediaResult> => {
    await config.sleep(input.graceMs ?? DEFAULT_STATUS_GRACE_MS);
    return { urn: input.urn, outcome: "ASSUMED_AVAILABLE", reason: "status_unreadable_with_member_token" };
  };
  const memberOnlyToken =
    client.grantedScopes !== undefined && !PAGE_OR_ADS_SCOPES.some((s) => client.grantedScopes?.includes(s));
  if (graceAllowed && memberOnlyToken && input.memberImageDocumentStatus === "skip") return assume();

  const budget =
    input.timeoutMs ?? (kind === "video" ? DEFAULT_VIDEO_PROCESSING_BUDGET_MS : DEFAULT_PROCESSING_BUDGET_MS);
  const deadline = config.now() + budget;
  const maxDelay = input.maxDelayMs ?? 30_000;
  let delay = input.initialDelayMs ?? 2_000;
  let readFailures = 0;
  for (;;) {
    let media: LinkedInMediaStatus | null = null;
    try {
      media = await getMediaStatus(client, input.urn, { signal: input.signal });
      readFailures = 0;
    } catch (error) {
      if (error instanceof LinkedInPermissionError && graceAllowed) return assume();
      if (!(error instanceof LinkedInTransientError)) throw error;
      readFailures += 1;
      if (readFailures >= (input.maxConsecutiveReadFailures ?? 3)) throw error;
    }
    if (media) {
      input.onStatus?.(media);
      if (media.status === "AVAILABLE") return { urn: input.urn, outcome: "AVAILABLE", media };
      if (media.status === "PROCESSING_FAILED") {
        throw new LinkedInMediaProcessingError(
          input.urn,
          "PROCESSING_FAILED",
          media.processingFailureReason,
          {
            status: 200,
            endpoint: `GET /rest/${kind}s`,
            linkedinMessage: media.processingFailureReason,
          },
        );
      }
    }
    const remaining = deadline - config.now();
    if (remaining <= 0) {
      throw new LinkedInMediaProcessingError(input.urn, "DEADLINE_EXCEEDED", null, {
        status: null,
        endpoint: `GET /rest/${kind}s`,
      });
    }
    await config.sleep(Math.min(delay, remaining));
    delay = Math.min(maxDelay, delay * 2);
  }
}
