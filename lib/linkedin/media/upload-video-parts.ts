// Uploads the parts of a video LinkedIn has not acknowledged yet (doc §9.3): each part to its OWN
// URL with exactly its byte range, streamed from disk (fs.createReadStream({start, end}) per
// part), a bounded number of parts in flight, so memory stays at a few chunks per part whatever
// the file size. A failing part is retried with backoff; a part that keeps failing stops the
// others, and the saved state keeps every ETag acknowledged so far for the next attempt.
import { logger } from "@/lib/logger";
import type { RetryPolicy } from "../config";
import { LinkedInUnexpectedResponseError } from "../errors/linkedin-errors";
import type { LinkedInClient } from "../http/linkedin-client";
import { retryWithBackoff } from "../http/retry-with-backoff";
import type { ProgressTracker } from "./upload-progress";
import { openSourceRange, type UploadSource } from "./upload-source";
import { missingPartIndexes, type VideoUploadState } from "./upload-state";

export const DEFAULT_PART_CONCURRENCY = 3;
export const MAX_PART_CONCURRENCY = 8;
/** Attempts per part, the first included; backoff 1 s, 2 s, 4 s (with jitter). */
export const DEFAULT_PART_ATTEMPTS = 4;
const PART_RETRY_POLICY: Omit<RetryPolicy, "maxAttempts"> = { baseDelayMs: 1_000, maxDelayMs: 15_000 };

export interface UploadVideoPartsInput {
  /** Mutated: each acknowledged part gets its ETag. */
  state: VideoUploadState;
  source: UploadSource;
  concurrency?: number;
  partAttempts?: number;
  stallTimeoutMs?: number;
  signal?: AbortSignal;
  progress: ProgressTracker;
  /** Called after each acknowledged part (the caller persists the state). */
  onPartAcknowledged: (index: number) => void;
}

/** Returns how many parts were sent in this call. */
export async function uploadVideoParts(
  client: LinkedInClient,
  input: UploadVideoPartsInput,
): Promise<number> {
  const { state } = input;
  const queue = missingPartIndexes(state);
  const concurrency = Math.max(
    1,
    Math.min(MAX_PART_CONCURRENCY, input.concurrency ?? DEFAULT_PART_CONCURRENCY),
  );
  const stop = new AbortController();
  const signal = input.signal ? AbortSignal.any([input.signal, stop.signal]) : stop.signal;
  let failure: { error: unknown } | null = null;
  let uploaded = 0;

  const uploadPart = async (index: number) => {
    const part = state.parts[index];
    if (!part) return;
    const length = part.lastByte - part.firstByte + 1;
    const result = await retryWithBackoff(
      async () => {
        let sent = 0;
        try {
          return await client.upload({
            url: part.uploadUrl,
            body: openSourceRange(input.source, part.firstByte, part.lastByte),
            contentLength: length,
            mediaUrn: state.mediaUrn,
            stallTimeoutMs: input.stallTimeoutMs,
            signal,
            onBytes: (bytes) => {
              sent += bytes;
              input.progress.sent(bytes);
            },
          });
        } catch (error) {
          input.progress.rewind(sent);
          throw error;
        }
      },
      {
        policy: { ...PART_RETRY_POLICY, maxAttempts: input.partAttempts ?? DEFAULT_PART_ATTEMPTS },
        sleep: client.config.sleep,
        random: client.config.random,
        onRetry: ({ attempt, delayMs, error }) =>
          logger.warn("LinkedIn video part failed, retrying", {
            video: state.mediaUrn,
            part: index,
            attempt,
            delayMs,
            failure: error.failure,
            status: error.status,
          }),
      },
    );
    if (!result.etag) {
      throw new LinkedInUnexpectedResponseError(`part ${index} was accepted without an ETag`, {
        status: result.status,
        endpoint: "PUT dms-uploads",
      });
    }
    part.etag = result.etag;
    uploaded += 1;
    input.progress.acknowledged(length);
    input.onPartAcknowledged(index);
  };

  const worker = async () => {
    for (let index = queue.shift(); index !== undefined && !failure; index = queue.shift()) {
      try {
        await uploadPart(index);
      } catch (error) {
        // The first real failure wins; the aborts it causes in the other parts are not news.
        if (!failure) {
          failure = { error };
          stop.abort();
        }
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
  return uploaded;
}
