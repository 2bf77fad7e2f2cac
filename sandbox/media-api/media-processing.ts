// Asynchronous processing (doc §11): once all bytes are in (videos: after finalizeUpload) an asset
// is PROCESSING for the configured delay of sandbox time, then AVAILABLE or PROCESSING_FAILED. The
// verdict comes from the byte inspectors in sandbox/media (bytes breaking a rule fail the asset,
// as LinkedIn does) or from an injected PROCESSING_FAILED fault; it is computed when processing
// starts and revealed when the clock passes `completesAt`.
import { existsSync } from "node:fs";
import { takeFault } from "../faults/faults";
import {
  checkDocumentSize,
  checkVideoSize,
  formatBytes,
  inspectDocument,
  inspectImage,
  inspectVideo,
} from "../../lib/media/inspect";
import type { MediaInfo, SandboxMedia, SandboxState } from "../state";
import { blobStore } from "./blob-store";
import { parseMediaUrn, settleMedia } from "./media-store";

export type Verdict = { ok: true; info: MediaInfo } | { ok: false; reason: string };

const idOf = (media: SandboxMedia) => parseMediaUrn(media.id)?.id ?? "";

/** Runs the inspector for the asset's kind over its stored bytes. `overflowSize`: the upload exceeded the store limit. */
export async function inspectStoredMedia(
  state: SandboxState,
  media: SandboxMedia,
  received: { size: number; overflow: boolean },
): Promise<Verdict> {
  const limits = state.config.media.maxBytes;
  const file = blobStore(state).pathFor(idOf(media), "main");
  if (media.kind === "image") {
    if (received.overflow)
      return {
        ok: false,
        reason: `Image is ${formatBytes(received.size)}; the sandbox accepts at most ${formatBytes(limits.image)}.`,
      };
    const result = await inspectImage(file);
    if (!result.ok) return result;
    const { format, mimeType, width, height, frameCount, sizeBytes } = result.info;
    return { ok: true, info: { format, mimeType, width, height, frameCount, sizeBytes } };
  }
  if (media.kind === "document") {
    if (received.overflow)
      return { ok: false, reason: checkDocumentSize(received.size, { maxBytes: limits.document }) ?? "" };
    const result = await inspectDocument(file, { maxBytes: limits.document });
    if (!result.ok) return result;
    const { format, mimeType, sizeBytes, pageCount } = result.info;
    return {
      ok: true,
      info: { format, mimeType, sizeBytes, ...(pageCount === undefined ? {} : { pageCount }) },
    };
  }
  const rules = { maxBytes: limits.video };
  const sizeProblem = checkVideoSize(received.size, rules);
  if (sizeProblem) return { ok: false, reason: sizeProblem };
  if (!existsSync(file)) return { ok: false, reason: "The uploaded video bytes are missing." };
  const result = await inspectVideo(file, rules);
  if (!result.ok) return result;
  const { sizeBytes, durationMs, width, height } = result.info;
  return {
    ok: true,
    info: {
      format: "mp4",
      mimeType: "video/mp4",
      sizeBytes,
      durationMs,
      ...(width === undefined ? {} : { width, height }),
    },
  };
}

/** Moves the asset to PROCESSING with its eventual outcome (an injected fault overrides the verdict). */
export function startProcessing(state: SandboxState, media: SandboxMedia, verdict: Verdict): void {
  const now = state.clock.now();
  const fault = takeFault(state, "PROCESSING_FAILED", media.id);
  const outcome = fault
    ? ({
        status: "PROCESSING_FAILED",
        reason: fault.reason ?? "Processing failed (injected PROCESSING_FAILED fault)",
      } as const)
    : verdict.ok
      ? ({ status: "AVAILABLE" } as const)
      : ({ status: "PROCESSING_FAILED", reason: verdict.reason } as const);
  if (verdict.ok) media.info = verdict.info;
  media.uploadedAt = now;
  media.status = "PROCESSING";
  media.processing = {
    startedAt: now,
    completesAt: now + state.config.media.processingDelayMs[media.kind],
    outcome,
  };
  settleMedia(media, now);
}
