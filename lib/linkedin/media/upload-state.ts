// The state of one upload to LinkedIn as a plain JSON value: what initializeUpload answered (URLs,
// byte ranges, token, expiry) and what LinkedIn acknowledged (each part's ETag). Cadence persists
// it (MediaUpload.progress) after every acknowledged part and passes it back after a crash or a
// failed part, so only the missing parts are sent again while the URLs are valid (doc §3.9, §9.3).
import { z } from "zod";
import type { DocumentUrn, ImageUrn, VideoUrn } from "../urns";

export const UPLOAD_STATE_VERSION = 1;
/** Resume only when the URLs stay valid at least this long: a part must not expire mid-flight. */
export const UPLOAD_EXPIRY_MARGIN_MS = 15 * 60_000;

const sideUploadSchema = z.object({ uploadUrl: z.string(), uploaded: z.boolean() });

const videoPartSchema = z.object({
  uploadUrl: z.string(),
  /** Inclusive byte range, exactly as LinkedIn's uploadInstructions gave it (doc §9.2). */
  firstByte: z.number().int().nonnegative(),
  lastByte: z.number().int().nonnegative(),
  /** The ETag LinkedIn answered for this part; null until acknowledged. */
  etag: z.string().nullable(),
});

const videoUploadStateSchema = z.object({
  version: z.literal(UPLOAD_STATE_VERSION),
  kind: z.literal("video"),
  mediaUrn: z.templateLiteral(["urn:li:video:", z.string()]),
  owner: z.string(),
  fileSizeBytes: z.number().int().positive(),
  /** Echoed unchanged in finalizeUpload (doc §9.5). */
  uploadToken: z.string(),
  /** Epoch ms: `uploadUrlsExpireAt` (doc §9.1). */
  expiresAt: z.number(),
  parts: z.array(videoPartSchema).min(1),
  captions: sideUploadSchema.nullable(),
  thumbnail: sideUploadSchema.nullable(),
  finalized: z.boolean(),
});

const singleUploadStateSchema = z.object({
  version: z.literal(UPLOAD_STATE_VERSION),
  kind: z.enum(["image", "document"]),
  mediaUrn: z.union([
    z.templateLiteral(["urn:li:image:", z.string()]),
    z.templateLiteral(["urn:li:document:", z.string()]),
  ]),
  owner: z.string(),
  fileSizeBytes: z.number().int().nonnegative(),
  uploadUrl: z.string(),
  /** Epoch ms: `uploadUrlExpiresAt` (doc §8.1, §10). */
  expiresAt: z.number(),
  uploaded: z.boolean(),
});

export const mediaUploadStateSchema = z.discriminatedUnion("kind", [
  videoUploadStateSchema,
  singleUploadStateSchema,
]);

export type VideoPartState = z.infer<typeof videoPartSchema>;
export type SideUploadState = z.infer<typeof sideUploadSchema>;
export type VideoUploadState = z.infer<typeof videoUploadStateSchema> & { mediaUrn: VideoUrn };
export type SingleUploadState = z.infer<typeof singleUploadStateSchema> & {
  mediaUrn: ImageUrn | DocumentUrn;
};
export type MediaUploadState = VideoUploadState | SingleUploadState;

/** A persisted state read back (e.g. from MediaUpload.progress), or null when absent or unreadable. */
export function parseMediaUploadState(value: unknown): MediaUploadState | null {
  const parsed = mediaUploadStateSchema.safeParse(value);
  return parsed.success ? (parsed.data as MediaUploadState) : null;
}

/** Whether a saved state belongs to this file and owner and its URLs are still usable. */
export function canResumeUpload(
  state: MediaUploadState,
  expected: { kind: MediaUploadState["kind"]; owner: string; fileSizeBytes: number; nowMs: number },
): boolean {
  return (
    state.kind === expected.kind &&
    state.owner === expected.owner &&
    state.fileSizeBytes === expected.fileSizeBytes &&
    state.expiresAt - expected.nowMs > UPLOAD_EXPIRY_MARGIN_MS
  );
}

/** Indexes of the video parts LinkedIn has not acknowledged yet, in instruction order. */
export function missingPartIndexes(state: VideoUploadState): number[] {
  return state.parts.flatMap((part, index) => (part.etag === null ? [index] : []));
}

export function acknowledgedBytes(state: VideoUploadState): number {
  return state.parts.reduce((sum, p) => sum + (p.etag === null ? 0 : p.lastByte - p.firstByte + 1), 0);
}
