// What can be judged from a file's size and first bytes, the same way in the browser (before the
// upload starts) and on the server: which rules apply, the size limit, the container format. The
// rest (pixels, frames, duration, pages, SRT syntax) needs the whole file: lib/media/inspect-upload.
import { checkDocumentFormat, checkImageFormat, checkVideoFormat } from "@/lib/media/inspect/check-format";
import { THUMBNAIL_FORMATS } from "@/lib/media/inspect/media-limits";
import { formatLabel, type SniffedFormat } from "@/lib/media/inspect/sniff-format";
import { checkUploadSize, type UploadKind } from "@/lib/schemas/media";

/** Which rules apply to a file nobody said anything about; formats nobody accepts are refused. */
export function kindForFormat(format: SniffedFormat): { kind: UploadKind } | { reason: string } {
  switch (format) {
    case "jpeg":
    case "png":
    case "gif":
    case "webp":
    case "bmp":
    case "tiff":
    case "ico":
    case "heif":
    case "avif":
    case "jpeg2000":
    case "psd":
    case "svg":
      return { kind: "image" };
    case "mp4":
    case "mov":
    case "3gp":
    case "webm":
    case "avi":
    case "flv":
    case "mpeg-ts":
    case "mpeg-ps":
      return { kind: "video" };
    case "pdf":
    case "zip":
    case "cfb":
    case "rtf":
      return { kind: "document" };
    case "text":
      return { kind: "captions" };
    case "ogg":
    case "mp3":
    case "wav":
    case "unknown":
      return {
        reason:
          `LinkedIn can't use this file (${formatLabel(format)}). Posts take JPG, PNG or GIF images, ` +
          "MP4 videos, PDF, PPT, PPTX, DOC or DOCX documents, and SRT captions.",
      };
  }
}

/** The container rule for a kind; captions are judged on the whole text. */
export function checkFormatForKind(kind: UploadKind, format: SniffedFormat): string | undefined {
  switch (kind) {
    case "image": {
      const checked = checkImageFormat(format);
      return "reason" in checked ? checked.reason : undefined;
    }
    case "thumbnail": {
      const checked = checkImageFormat(format, THUMBNAIL_FORMATS);
      return "reason" in checked ? checked.reason : undefined;
    }
    case "video":
      return checkVideoFormat(format);
    case "document":
      return checkDocumentFormat(format);
    case "captions":
      return undefined;
  }
}

/**
 * The kind to upload as (the hint, or what the bytes look like) or the first problem, in the
 * inspectors' words. `format` is sniffFormat of the first SNIFF_BYTES bytes.
 */
export function precheckUpload({
  size,
  format,
  kind: hint,
}: {
  size: number;
  format: SniffedFormat;
  kind?: UploadKind;
}): { ok: true; kind: UploadKind } | { ok: false; reason: string } {
  const detected = hint ? { kind: hint } : kindForFormat(format);
  if ("reason" in detected) return { ok: false, reason: detected.reason };
  const problem = checkUploadSize(detected.kind, size) ?? checkFormatForKind(detected.kind, format);
  return problem ? { ok: false, reason: problem } : { ok: true, kind: detected.kind };
}
