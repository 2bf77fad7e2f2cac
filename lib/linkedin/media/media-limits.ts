// LinkedIn's upload limits (doc §8, §9.2, §9.7, §10), checked before Cadence initializes an upload
// so a file LinkedIn will refuse never costs a 500 MB transfer. Units are binary (KiB/MiB), the
// reading of Microsoft's docs and of §9.2 ("4 MiB = 4,194,304"); the sandbox reads them the same.

/** §9.2: every video part but the last is 4 MiB; used only to sanity-check LinkedIn's instructions. */
export const VIDEO_PART_SIZE = 4_194_304;
/** The limits themselves: one definition for Cadence, its uploads and the sandbox. */
export {
  DOCUMENT_MAX_BYTES,
  IMAGE_FORMATS,
  IMAGE_MAX_PIXELS_EXCLUSIVE,
  THUMBNAIL_FORMATS,
  VIDEO_MAX_BYTES,
  VIDEO_MIN_BYTES,
  type ImageFormat,
} from "@/lib/media/inspect/media-limits";
