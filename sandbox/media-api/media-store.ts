// Lookups over state.media shared by the media handlers, posts validation, the feed page and the
// state view. Processing is modelled without timers: a record carries its outcome and the sandbox
// time it completes at, and settleMedia() applies it once the clock has passed that instant.
import type { MediaKind } from "../config";
import { findHistoryMedia } from "../history/history-posts";
import type { SandboxMedia, SandboxState } from "../state";

export const MEDIA_URN = /^urn:li:(image|video|document):([A-Za-z0-9_-]{1,64})$/;

export function parseMediaUrn(urn: string): { kind: MediaKind; id: string } | undefined {
  const match = MEDIA_URN.exec(urn);
  return match ? { kind: match[1] as MediaKind, id: match[2] as string } : undefined;
}

export const mediaUrn = (kind: MediaKind, id: string) => `urn:li:${kind}:${id}`;

export function settleMedia(media: SandboxMedia, now: number): SandboxMedia {
  const processing = media.processing;
  if (media.status === "PROCESSING" && processing && now >= processing.completesAt) {
    media.status = processing.outcome.status;
    if (processing.outcome.status === "PROCESSING_FAILED")
      media.processingFailureReason = processing.outcome.reason;
  }
  return media;
}

export function settleAllMedia(state: SandboxState): void {
  const now = state.clock.now();
  for (const media of Object.values(state.media)) settleMedia(media, now);
}

/** The media record, settled; undefined when unknown. Also finds the assets of history posts (a copy). */
export function findMedia(state: SandboxState, urn: string): SandboxMedia | undefined {
  const media = Object.hasOwn(state.media, urn) ? state.media[urn] : undefined;
  return media ? settleMedia(media, state.clock.now()) : findHistoryMedia(state, urn);
}
