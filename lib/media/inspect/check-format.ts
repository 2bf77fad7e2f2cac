// The format rules alone, from a file's first bytes (see sniff-format): which containers each
// LinkedIn media type accepts (§8, §9.4, §9.7, §10). Pure, so the browser refuses a .mov dropped
// on a video slot with the server's own sentence before sending 500 MB.
import { IMAGE_FORMATS, type ImageFormat } from "./media-limits";
import { formatLabel, type SniffedFormat } from "./sniff-format";

/** The image format when `sniffed` is one of `formats`, otherwise the reason it is refused. */
export function checkImageFormat(
  sniffed: SniffedFormat,
  formats: readonly ImageFormat[] = IMAGE_FORMATS,
): { format: ImageFormat } | { reason: string } {
  if ((formats as readonly string[]).includes(sniffed)) return { format: sniffed as ImageFormat };
  const allowed = formats.map((f) => (f === "jpeg" ? "JPG" : f.toUpperCase())).join(", ");
  return { reason: `Unsupported image format: ${formatLabel(sniffed)}. Accepted formats: ${allowed}.` };
}

/** MP4 only; 3GPP files pass here and are judged by their brands once the whole file is read. */
export function checkVideoFormat(sniffed: SniffedFormat): string | undefined {
  if (sniffed === "mp4" || sniffed === "3gp") return undefined;
  return `Unsupported video format: ${formatLabel(sniffed)}. LinkedIn accepts MP4 only.`;
}

/** PDF, or an Office container (ZIP for PPTX/DOCX, OLE2 for PPT/DOC) whose contents decide later. */
export function checkDocumentFormat(sniffed: SniffedFormat): string | undefined {
  if (sniffed === "pdf" || sniffed === "zip" || sniffed === "cfb") return undefined;
  return `Unsupported document format: ${formatLabel(sniffed)}. Accepted formats: PDF, PPT, PPTX, DOC, DOCX.`;
}
