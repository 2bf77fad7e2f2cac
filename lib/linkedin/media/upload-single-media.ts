// Images and documents (doc §8, §10): initializeUpload → ONE PUT of the whole file, streamed from
// disk. Never chunked: chunking images or PDFs corrupts files over 2 MB (pitfall §15.9). A saved
// state continues with the same asset while its URL is valid, so a retry after a crash does not
// leave orphan assets behind.
import { isLinkedInError } from "../errors/linkedin-errors";
import { LinkedInUploadExpiredError } from "../errors/media-errors";
import { assertNoProblemsOrThrow } from "../errors/preflight-error";
import type { LinkedInClient } from "../http/linkedin-client";
import { retryWithBackoff } from "../http/retry-with-backoff";
import type { DocumentUrn, ImageUrn } from "../urns";
import { checkMediaFile, SNIFF_BYTES } from "./check-media-file";
import { getMediaStatus } from "./get-media-status";
import { initializeSingleUpload } from "./initialize-single-upload";
import { createStateSaver } from "./state-saver";
import { ProgressTracker, type ProgressListener } from "./upload-progress";
import { openSourceRange, readSourceHead, sourceSize, type UploadSource } from "./upload-source";
import { canResumeUpload, type MediaUploadState, type SingleUploadState } from "./upload-state";

export interface UploadSingleMediaInput {
  owner: string;
  source: UploadSource;
  resume?: MediaUploadState | null;
  onState?: (state: SingleUploadState) => void | Promise<void>;
  onProgress?: ProgressListener;
  stallTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface UploadSingleMediaResult<U> {
  urn: U;
  state: SingleUploadState;
  resumed: boolean;
}

export async function uploadImage(
  client: LinkedInClient,
  input: UploadSingleMediaInput,
): Promise<UploadSingleMediaResult<ImageUrn>> {
  const result = await uploadSingleMedia(client, "image", input);
  return { ...result, urn: result.state.mediaUrn as ImageUrn };
}

export async function uploadDocument(
  client: LinkedInClient,
  input: UploadSingleMediaInput,
): Promise<UploadSingleMediaResult<DocumentUrn>> {
  const result = await uploadSingleMedia(client, "document", input);
  return { ...result, urn: result.state.mediaUrn as DocumentUrn };
}

async function uploadSingleMedia(
  client: LinkedInClient,
  kind: "image" | "document",
  input: UploadSingleMediaInput,
): Promise<{ state: SingleUploadState; resumed: boolean }> {
  const fileSizeBytes = await sourceSize(input.source);
  const head = await readSourceHead(input.source, SNIFF_BYTES);
  assertNoProblemsOrThrow(checkMediaFile(kind, { sizeBytes: fileSizeBytes, head }), `POST /rest/${kind}s`);
  const saver = createStateSaver(input.onState);
  const saved = input.resume;
  let resumed =
    saved?.kind === kind &&
    canResumeUpload(saved, { kind, owner: input.owner, fileSizeBytes, nowMs: client.config.now() });
  let state: SingleUploadState | null = resumed ? structuredClone(saved as SingleUploadState) : null;

  for (let round = 0; ; round++) {
    if (!state) {
      state = await initializeSingleUpload(client, {
        kind,
        owner: input.owner,
        fileSizeBytes,
        signal: input.signal,
      });
      saver.save(state);
      await saver.flush();
    }
    if (state.uploaded) return { state, resumed };
    try {
      await putWholeFile(client, state, input);
    } catch (error) {
      // LinkedIn says the URL expired although our clock did not: one fresh start.
      if (!(error instanceof LinkedInUploadExpiredError) || round > 0) throw error;
      state = null;
      resumed = false;
      continue;
    }
    state.uploaded = true;
    saver.save(state);
    await saver.flush();
    return { state, resumed };
  }
}

async function putWholeFile(client: LinkedInClient, state: SingleUploadState, input: UploadSingleMediaInput) {
  const progress = new ProgressTracker(
    { totalBytes: state.fileSizeBytes, acknowledgedBytes: 0, partsAcknowledged: 0, partCount: 1 },
    input.onProgress,
  );
  let attempt = 0;
  await retryWithBackoff(
    async () => {
      attempt += 1;
      let sent = 0;
      try {
        await client.upload({
          url: state.uploadUrl,
          body: openSourceRange(input.source, 0, state.fileSizeBytes - 1),
          contentLength: state.fileSizeBytes,
          mediaUrn: state.mediaUrn,
          stallTimeoutMs: input.stallTimeoutMs,
          signal: input.signal,
          onBytes: (bytes) => {
            sent += bytes;
            progress.sent(bytes);
          },
        });
      } catch (error) {
        progress.rewind(sent);
        // A repeat after a lost answer is refused as "already complete": the status tells.
        if (
          attempt > 1 &&
          isLinkedInError(error) &&
          error.kind === "validation" &&
          (await isPastUpload(client, state))
        ) {
          return;
        }
        throw error;
      }
    },
    { policy: client.config.retry, sleep: client.config.sleep, random: client.config.random },
  );
  progress.acknowledged(state.fileSizeBytes);
}

async function isPastUpload(client: LinkedInClient, state: SingleUploadState): Promise<boolean> {
  // Status reads may be refused to member-only tokens (pitfall §15.16): then we cannot tell.
  const status = await getMediaStatus(client, state.mediaUrn).catch(() => null);
  return status !== null && status.status !== "WAITING_UPLOAD";
}
