// LinkedIn's upload limits (doc §8, §9.2, §9.7, §10), checked before Cadence initializes an upload
// so a file LinkedIn will refuse never costs a 500 MB transfer. Units are binary (KiB/MiB), the
// reading of Microsoft's docs and of §9.2 ("4 MiB = 4,194,304"); the sandbox reads them the same.

/** §9.2: every video part but the last is 4 MiB; used only to sanity-check LinkedIn's instructions. */
export const VIDEO_PART_SIZE = 4_194_304;
/** §9.7: "75 KB – 500 MB" (organic posts; the 5 GB of the schema is for ads). */
export const VIDEO_MIN_BYTES = 75 * 1024;
export const VIDEO_MAX_BYTES = 500 * 1024 * 1024;
/** §10: "The file size cannot exceed 100MB and 300 pages." */
export const DOCUMENT_MAX_BYTES = 100 * 1024 * 1024;
/** §8: "pixel count (width × height) < 36,152,320" (pitfall §15.10). */
export const IMAGE_MAX_PIXELS_EXCLUSIVE = 36_152_320;
/** §8: JPG, PNG, GIF. */
export const IMAGE_FORMATS = ["jpeg", "png", "gif"] as const;
/** §9.4: a video thumbnail is a JPG or PNG. */
export const THUMBNAIL_FORMATS = ["jpeg", "png"] as const;

export type ImageFormat = (typeof IMAGE_FORMATS)[number];
