// Preflight of a file against LinkedIn's documented limits (doc §8, §9.7, §10) before
// initializeUpload: sizes, and the format from the file's first bytes (never from its name).
// The rules themselves live in lib/media/inspect — the one implementation Cadence's uploads
// and the sandbox also use. Pixel count, GIF frames, duration and pages need the whole file:
// Cadence checks those when a file is uploaded to it, LinkedIn again while processing.
import { checkDocumentFormat, checkImageFormat, checkVideoFormat } from "@/lib/media/inspect/check-format";
import { checkDocumentSize, checkVideoSize } from "@/lib/media/inspect/check-size";
import { SNIFF_BYTES, sniffFormat } from "@/lib/media/inspect/sniff-format";
import type { PreflightProblem } from "../errors/preflight-error";
import type { LinkedInMediaKind } from "../urns";

export { SNIFF_BYTES, sniffFormat };

export function checkMediaFile(
  kind: LinkedInMediaKind,
  file: { sizeBytes: number; head: Uint8Array },
  limits: { videoMaxBytes?: number } = {},
): PreflightProblem[] {
  const sniffed = sniffFormat(file.head);
  const reasons: (string | undefined)[] = [];
  if (file.sizeBytes === 0) reasons.push("The file is empty.");
  if (kind === "image") {
    const format = checkImageFormat(sniffed);
    if ("reason" in format) reasons.push(format.reason);
  }
  if (kind === "video")
    reasons.push(
      checkVideoFormat(sniffed),
      checkVideoSize(file.sizeBytes, { maxBytes: limits.videoMaxBytes }),
    );
  if (kind === "document" && file.sizeBytes > 0)
    reasons.push(checkDocumentFormat(sniffed), checkDocumentSize(file.sizeBytes));
  return reasons
    .filter((reason): reason is string => reason !== undefined)
    .map((message) => ({ field: "file", message }));
}
