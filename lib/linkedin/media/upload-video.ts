// The whole video flow (doc §9): initializeUpload → thumbnail and SRT captions → every part to its
// own URL (bounded concurrency, streamed from disk) → finalizeUpload with the ETags in order.
// Resumable: the state is saved through onState after each step, and a saved state passed back as
// `resume` continues with only the missing parts while its URLs are valid; an expired or foreign
// state starts a fresh upload. Processing is not awaited here: call waitForMediaAvailable next.
import { isLinkedInError } from "../errors/linkedin-errors";
import { LinkedInUploadExpiredError } from "../errors/media-errors";
import { assertNoProblemsOrThrow, type PreflightProblem } from "../errors/preflight-error";
import type { LinkedInClient } from "../http/linkedin-client";
import type { VideoUrn } from "../urns";
import { checkMediaFile, sniffFormat, SNIFF_BYTES } from "./check-media-file";
import { finalizeVideoUpload } from "./finalize-video-upload";
import { getMediaStatus } from "./get-media-status";
import { initializeVideoUpload } from "./initialize-video-upload";
import { uploadSideFile } from "./upload-side-file";
import { ProgressTracker, type ProgressListener } from "./upload-progress";
import { readSourceHead, sourceSize, type UploadSource } from "./upload-source";
import { createStateSaver, type StateSaver } from "./state-saver";
import {
  acknowledgedBytes,
  canResumeUpload,
  type MediaUploadState,
  type VideoUploadState,
} from "./upload-state";
import { uploadVideoParts } from "./upload-video-parts";

export interface UploadVideoInput {
  /** `urn:li:person:…` or `urn:li:organization:…`: the future post's author (media is per owner). */
  owner: string;
  /** A path streams from disk; in-memory data is for small files. */
  source: UploadSource;
  /** An SRT file (doc §9.4). */
  captions?: UploadSource;
  /** A JPG or PNG poster (doc §9.4). */
  thumbnail?: UploadSource;
  /** A saved state (parseMediaUploadState of MediaUpload.progress) to continue. */
  resume?: MediaUploadState | null;
  /** Persist this (it is plain JSON) to resume later; called in order, awaited before the next step. */
  onState?: (state: VideoUploadState) => void | Promise<void>;
  onProgress?: ProgressListener;
  /** Parts in flight (default 3, at most 8). */
  concurrency?: number;
  /** Attempts per part before giving up (default 4). */
  partAttempts?: number;
  stallTimeoutMs?: number;
  /** Largest accepted video; default 500 MiB (doc §9.7), up to 5 GB where LinkedIn allows it. */
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface UploadVideoResult {
  urn: VideoUrn;
  state: VideoUploadState;
  /** A saved state was continued (its acknowledged parts were not sent again). */
  resumed: boolean;
  /** Parts sent by this call. */
  partsUploaded: number;
}

export async function uploadVideo(
  client: LinkedInClient,
  input: UploadVideoInput,
): Promise<UploadVideoResult> {
  const fileSizeBytes = await sourceSize(input.source);
  await preflightOrThrow(input, fileSizeBytes);
  const saver = createStateSaver(input.onState);
  const resumable = (state: MediaUploadState | null | undefined): state is VideoUploadState =>
    state?.kind === "video" &&
    canResumeUpload(state, {
      kind: "video",
      owner: input.owner,
      fileSizeBytes,
      nowMs: client.config.now(),
    }) &&
    (state.captions !== null) === (input.captions !== undefined) &&
    (state.thumbnail !== null) === (input.thumbnail !== undefined);

  let state = resumable(input.resume) ? structuredClone(input.resume) : null;
  let resumed = state !== null;
  // One fresh start is allowed when LinkedIn says the URLs expired although our clock did not.
  for (let round = 0; ; round++) {
    state ??= await startUpload(client, input, fileSizeBytes, saver);
    try {
      const partsUploaded = await continueUpload(client, input, state, saver);
      await saver.flush();
      return { urn: state.mediaUrn, state, resumed, partsUploaded };
    } catch (error) {
      await saver.flush().catch(() => undefined);
      if (!(error instanceof LinkedInUploadExpiredError) || round > 0) throw error;
      state = null;
      resumed = false;
    }
  }
}

async function preflightOrThrow(input: UploadVideoInput, fileSizeBytes: number): Promise<void> {
  const problems: PreflightProblem[] = checkMediaFile(
    "video",
    { sizeBytes: fileSizeBytes, head: await readSourceHead(input.source, SNIFF_BYTES) },
    { videoMaxBytes: input.maxBytes },
  );
  if (input.thumbnail) {
    const format = sniffFormat(await readSourceHead(input.thumbnail, SNIFF_BYTES));
    if (format !== "jpeg" && format !== "png") {
      problems.push({ field: "thumbnail", message: "A video thumbnail must be a JPG or PNG image." });
    }
  }
  assertNoProblemsOrThrow(problems, "POST /rest/videos");
}

async function startUpload(
  client: LinkedInClient,
  input: UploadVideoInput,
  fileSizeBytes: number,
  saver: StateSaver<VideoUploadState>,
): Promise<VideoUploadState> {
  const state = await initializeVideoUpload(client, {
    owner: input.owner,
    fileSizeBytes,
    uploadCaptions: input.captions !== undefined,
    uploadThumbnail: input.thumbnail !== undefined,
    signal: input.signal,
  });
  saver.save(state);
  await saver.flush();
  return state;
}

/** Side files, missing parts, finalize: each step skipped when the state says it is done. */
async function continueUpload(
  client: LinkedInClient,
  input: UploadVideoInput,
  state: VideoUploadState,
  saver: StateSaver<VideoUploadState>,
): Promise<number> {
  if (state.finalized) return 0;
  for (const [slot, source] of [
    ["thumbnail", input.thumbnail],
    ["captions", input.captions],
  ] as const) {
    const side = state[slot];
    if (!side || side.uploaded || !source) continue;
    await uploadSideFile(client, {
      url: side.uploadUrl,
      source,
      mediaUrn: state.mediaUrn,
      signal: input.signal,
    });
    side.uploaded = true;
    saver.save(state);
  }
  const progress = new ProgressTracker(
    {
      totalBytes: state.fileSizeBytes,
      acknowledgedBytes: acknowledgedBytes(state),
      partsAcknowledged: state.parts.filter((p) => p.etag !== null).length,
      partCount: state.parts.length,
    },
    input.onProgress,
  );
  const partsUploaded = await uploadVideoParts(client, {
    state,
    source: input.source,
    concurrency: input.concurrency,
    partAttempts: input.partAttempts,
    stallTimeoutMs: input.stallTimeoutMs,
    signal: input.signal,
    progress,
    onPartAcknowledged: () => saver.save(state),
  });
  await saver.flush();
  await finalizeOnce(client, state, input.signal);
  state.finalized = true;
  saver.save(state);
  return partsUploaded;
}

/**
 * finalizeUpload is not repeated blindly: if it fails after possibly going through (a lost
 * answer, or a crash before `finalized` was saved, which makes LinkedIn refuse a second one), the
 * video's status tells — anything past WAITING_UPLOAD means it was finalized.
 */
async function finalizeOnce(
  client: LinkedInClient,
  state: VideoUploadState,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await finalizeVideoUpload(client, {
      video: state.mediaUrn,
      owner: state.owner,
      uploadToken: state.uploadToken,
      uploadedPartIds: state.parts.map((p) => p.etag ?? ""),
      signal,
    });
  } catch (error) {
    if (!isLinkedInError(error) || (error.kind !== "transient" && error.kind !== "validation")) throw error;
    const status = await getMediaStatus(client, state.mediaUrn, { signal }).catch(() => null);
    if (status === null || status.status === "WAITING_UPLOAD") throw error;
  }
}
