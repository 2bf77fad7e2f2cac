// The size rules alone, for a size declared before any byte arrives (LinkedIn's initializeUpload,
// Cadence's upload sessions, the browser's pre-check). Pure: no file access, so the browser can
// import it and show the same sentence the server would answer with.
import { formatBytes } from "./inspect-result";
import { DOCUMENT_MAX_BYTES, VIDEO_MAX_BYTES, VIDEO_MIN_BYTES } from "./media-limits";

export interface VideoSizeRules {
  minBytes?: number;
  /** Up to 5 GB may be configured (§9.7 conflict); the default is 500 MB. */
  maxBytes?: number;
}

export interface DocumentSizeRules {
  maxBytes?: number;
}

/** §9.7: a reason string when the size is outside 75 KB – 500 MB, otherwise undefined. */
export function checkVideoSize(sizeBytes: number, rules: VideoSizeRules = {}): string | undefined {
  const minBytes = rules.minBytes ?? VIDEO_MIN_BYTES;
  const maxBytes = rules.maxBytes ?? VIDEO_MAX_BYTES;
  if (sizeBytes < minBytes)
    return `Video is ${formatBytes(sizeBytes)}; LinkedIn requires at least ${formatBytes(minBytes)}.`;
  if (sizeBytes > maxBytes)
    return `Video is ${formatBytes(sizeBytes)}; LinkedIn accepts at most ${formatBytes(maxBytes)}.`;
  return undefined;
}

/** §10: a reason string when the document is empty or over 100 MB, otherwise undefined. */
export function checkDocumentSize(size: number, rules: DocumentSizeRules = {}): string | undefined {
  const maxBytes = rules.maxBytes ?? DOCUMENT_MAX_BYTES;
  if (size === 0) return "The uploaded document is empty (0 bytes).";
  if (size > maxBytes)
    return `Document is ${formatBytes(size)}; LinkedIn accepts at most ${formatBytes(maxBytes)}.`;
  return undefined;
}
