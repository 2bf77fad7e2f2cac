// Preflight of a file against LinkedIn's documented limits (doc §8, §9.7, §10) before
// initializeUpload: sizes, and the format from the file's first bytes (never from its name).
// Pixel count, GIF frames, video duration and page count need a real parser: LinkedIn's own
// processing reports those, as PROCESSING_FAILED with a reason.
import type { PreflightProblem } from "../errors/preflight-error";
import type { LinkedInMediaKind } from "../urns";
import { DOCUMENT_MAX_BYTES, VIDEO_MAX_BYTES, VIDEO_MIN_BYTES } from "./media-limits";

export type SniffedFormat = "jpeg" | "png" | "gif" | "mp4" | "pdf" | "ole" | "zip" | "srt" | "unknown";

/** Enough bytes for every signature below. */
export const SNIFF_BYTES = 16;

export function sniffFormat(head: Uint8Array): SniffedFormat {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a") return "gif";
  if (ascii(4, 8) === "ftyp") return "mp4";
  if (ascii(0, 5) === "%PDF-") return "pdf";
  if (ascii(0, 4) === "\xd0\xcf\x11\xe0") return "ole"; // DOC, PPT
  if (ascii(0, 4) === "PK\x03\x04") return "zip"; // DOCX, PPTX
  return "unknown";
}

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function checkMediaFile(
  kind: LinkedInMediaKind,
  file: { sizeBytes: number; head: Uint8Array },
  limits: { videoMaxBytes?: number } = {},
): PreflightProblem[] {
  const format = sniffFormat(file.head);
  const problems: PreflightProblem[] = [];
  const problem = (message: string) => problems.push({ field: "file", message });
  if (file.sizeBytes === 0) problem("The file is empty.");
  if (kind === "image" && !["jpeg", "png", "gif"].includes(format)) {
    problem("LinkedIn accepts JPG, PNG and GIF images only.");
  }
  if (kind === "video") {
    const max = limits.videoMaxBytes ?? VIDEO_MAX_BYTES;
    if (format !== "mp4") problem("LinkedIn accepts MP4 videos only.");
    if (file.sizeBytes < VIDEO_MIN_BYTES)
      problem(`The video is ${mib(file.sizeBytes)}; LinkedIn needs at least 75 KB.`);
    if (file.sizeBytes > max)
      problem(`The video is ${mib(file.sizeBytes)}; LinkedIn accepts at most ${mib(max)}.`);
  }
  if (kind === "document") {
    if (!["pdf", "ole", "zip"].includes(format))
      problem("LinkedIn accepts PDF, PPT, PPTX, DOC and DOCX documents only.");
    if (file.sizeBytes > DOCUMENT_MAX_BYTES) {
      problem(`The document is ${mib(file.sizeBytes)}; LinkedIn accepts at most 100 MB.`);
    }
  }
  return problems;
}
