// One small file to a side URL of a video upload: the SRT captions or the thumbnail (doc §9.4),
// each in one PUT before finalize. Retried on transient failures: re-sending a whole small file
// to the same URL replaces nothing that matters.
import type { LinkedInClient } from "../http/linkedin-client";
import { retryWithBackoff } from "../http/retry-with-backoff";
import { openSourceRange, sourceSize, type UploadSource } from "./upload-source";

export async function uploadSideFile(
  client: LinkedInClient,
  input: { url: string; source: UploadSource; mediaUrn: string; contentType?: string; signal?: AbortSignal },
): Promise<void> {
  const size = await sourceSize(input.source);
  await retryWithBackoff(
    () =>
      client.upload({
        url: input.url,
        body: openSourceRange(input.source, 0, size - 1),
        contentLength: size,
        contentType: input.contentType,
        mediaUrn: input.mediaUrn,
        signal: input.signal,
      }),
    { policy: client.config.retry, sleep: client.config.sleep, random: client.config.random },
  );
}
