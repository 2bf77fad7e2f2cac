// Media uploads and the media library: the inputs the routes accept and the shapes they answer
// with. Safe in the browser (it imports only LinkedIn's limits and the pure size checks), so the
// dropzone refuses an oversized file with the same sentence the server would.
import { z } from "zod";
import { checkDocumentSize, checkVideoSize } from "@/lib/media/inspect/check-size";
import { formatBytes } from "@/lib/media/inspect/inspect-result";
import { VIDEO_MAX_BYTES } from "@/lib/media/inspect/media-limits";

/** What the client says a file is for; the server decides from the bytes. */
export const UPLOAD_KINDS = ["image", "video", "document", "captions", "thumbnail"] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

export const MEDIA_KINDS = ["IMAGE", "VIDEO", "DOCUMENT", "CAPTIONS"] as const;
export type MediaKindName = (typeof MEDIA_KINDS)[number];

const MiB = 1024 * 1024;
/** One PUT carries at most this much; clients send smaller chunks (see lib/media/resumable-upload). */
export const MAX_CHUNK_BYTES = 8 * MiB;
/**
 * Cadence's own caps where LinkedIn states none (§8 limits images by pixels only). Image and
 * captions checks read the whole file into memory, so they are bounded here.
 */
export const IMAGE_MAX_BYTES = 100 * MiB;
export const CAPTIONS_MAX_BYTES = 5 * MiB;

/** A reason the declared size cannot be right for the kind, or undefined. */
export function checkUploadSize(kind: UploadKind | undefined, size: number): string | undefined {
  if (size <= 0) return "The file is empty (0 bytes).";
  switch (kind) {
    case "video":
      return checkVideoSize(size);
    case "document":
      return checkDocumentSize(size);
    case "image":
    case "thumbnail":
      return size > IMAGE_MAX_BYTES
        ? `Image is ${formatBytes(size)}; Cadence accepts images up to ${formatBytes(IMAGE_MAX_BYTES)}.`
        : undefined;
    case "captions":
      return size > CAPTIONS_MAX_BYTES
        ? `Captions file is ${formatBytes(size)}; Cadence accepts up to ${formatBytes(CAPTIONS_MAX_BYTES)}.`
        : undefined;
    case undefined:
      return size > VIDEO_MAX_BYTES
        ? `File is ${formatBytes(size)}; the largest file LinkedIn accepts is a video of ${formatBytes(VIDEO_MAX_BYTES)}.`
        : undefined;
  }
}

/** POST /api/media/uploads: mirrors a browser File ({ name, size, type }) plus the kind hint. */
export const createUploadSchema = z
  .object({
    name: z.string().trim().min(1, "The file needs a name.").max(255, "The file name is too long."),
    size: z.number().int("The size must be whole bytes.").positive("The file is empty (0 bytes)."),
    type: z.string().trim().max(255).optional(),
    kind: z.enum(UPLOAD_KINDS).optional(),
  })
  .superRefine((input, ctx) => {
    const problem = checkUploadSize(input.kind, input.size);
    if (problem) ctx.addIssue({ code: "custom", path: ["size"], message: problem });
  });
export type CreateUploadInput = z.input<typeof createUploadSchema>;

export const uploadIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not an upload id.");
export const mediaIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a media id.");

/** GET /api/media?kind=IMAGE&limit=50&cursor=… */
export const listMediaQuerySchema = z.object({
  kind: z.enum(MEDIA_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: mediaIdSchema.optional(),
});
export type ListMediaQuery = z.input<typeof listMediaQuerySchema>;

/** `Content-Range: bytes {first}-{last}/{total}` of a chunk PUT (last inclusive, as in HTTP). */
export function parseContentRange(
  header: string | null,
): { start: number; end: number; total: number } | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header?.trim() ?? "");
  if (!match) return undefined;
  const [start, last, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!Number.isSafeInteger(total) || last < start || last >= total) return undefined;
  return { start, end: last + 1, total };
}

export function formatContentRange(start: number, end: number, total: number): string {
  return `bytes ${start}-${end - 1}/${total}`;
}

// ── what the routes answer (dates as ISO strings, sizes as numbers) ──

export type MediaAssetView = {
  id: string;
  kind: MediaKindName;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  pageCount: number | null;
  createdAt: string;
  /** GET it for previews and thumbnails (workspace-checked, streams the stored bytes). */
  url: string;
};

export type UploadSessionView = {
  id: string;
  fileName: string;
  kind: UploadKind | null;
  size: number;
  /** Bytes stored so far: the offset the next chunk must start at. */
  offset: number;
  status: "UPLOADING" | "COMPLETED" | "FAILED";
  error: string | null;
  assetId: string | null;
  expiresAt: string;
  /** The largest chunk one PUT may carry. */
  maxChunkBytes: number;
};

export type CompleteUploadView = { asset: MediaAssetView; deduplicated: boolean };
export type MediaListView = { items: MediaAssetView[]; nextCursor: string | null };

/** The error body of every media route; 409s on a chunk also carry the server's offset. */
export type MediaErrorBody = {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]>; offset?: number };
};

// ── for file pickers (a hint to the browser; the server checks the bytes) ──

/** `accept` attribute values per kind. */
export const ACCEPT_BY_KIND: Record<UploadKind, string> = {
  image: "image/jpeg,image/png,image/gif,.jpg,.jpeg,.png,.gif",
  thumbnail: "image/jpeg,image/png,.jpg,.jpeg,.png",
  video: "video/mp4,.mp4",
  document:
    "application/pdf,.pdf,.ppt,.pptx,.doc,.docx,application/msword,application/vnd.ms-powerpoint," +
    "application/vnd.openxmlformats-officedocument.presentationml.presentation," +
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  captions: ".srt,application/x-subrip",
};
