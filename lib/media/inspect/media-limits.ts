// Every upload limit Cadence and the sandbox enforce, in one place, each with the section of
// /work/shared/docs/linkedin-api.md it comes from. Pure constants: safe to import in the browser.
//
// Units: the doc writes "75 KB", "500 MB" and "100MB" without saying decimal or binary. We read them
// as binary (KiB/MiB), the convention of Microsoft's own docs and of §9.2 ("4 MiB = 4,194,304").
// That makes the lower video bound the stricter reading and the upper bounds the lenient one; the
// inspectors take overrides (`minBytes`/`maxBytes`) for anyone who needs the other reading.

/** §8: "pixel count (width × height) < 36,152,320" (exactly 7360 × 4912, a 36 MP sensor, is refused). */
export const IMAGE_MAX_PIXELS_EXCLUSIVE = 36_152_320;
/** §8: "GIF ≤ 250 frames". */
export const GIF_MAX_FRAMES = 250;
/** §8: "formats JPG, PNG, GIF". */
export const IMAGE_FORMATS = ["jpeg", "png", "gif"] as const;
/** §9.4: the video thumbnail is "a JPG/PNG". */
export const THUMBNAIL_FORMATS = ["jpeg", "png"] as const;

/** §9.7: "75 KB – 500 MB", read as 75 KiB. */
export const VIDEO_MIN_BYTES = 75 * 1024;
/** §9.7: "75 KB – 500 MB", read as 500 MiB. */
export const VIDEO_MAX_BYTES = 500 * 1024 * 1024;
/** §9.7: the same page's schema says 5GB; the sandbox may be configured up to this. */
export const VIDEO_MAX_BYTES_CONFIGURABLE = 5 * 1024 * 1024 * 1024;
/** §9.7: "duration 3 s – 30 min", both ends inclusive. */
export const VIDEO_MIN_DURATION_MS = 3_000;
export const VIDEO_MAX_DURATION_MS = 30 * 60 * 1_000;

/** §10: "The file size cannot exceed 100MB and 300 pages." */
export const DOCUMENT_MAX_BYTES = 100 * 1024 * 1024;
export const DOCUMENT_MAX_PAGES = 300;
/** §10: "Formats: PPT, PPTX, DOC, DOCX, PDF". */
export const DOCUMENT_FORMATS = ["pdf", "ppt", "pptx", "doc", "docx"] as const;

export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
