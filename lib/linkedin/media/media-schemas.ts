// Wire shapes of the Images, Videos and Documents APIs (doc §8–§11). Lenient where the doc is
// UNCONFIRMED (extra fields pass; optional fields may be missing or null), strict where Cadence
// depends on a value (URNs, upload URLs, byte ranges).
import { z } from "zod";

const imageUrn = z.templateLiteral(["urn:li:image:", z.string().min(1)]);
const videoUrn = z.templateLiteral(["urn:li:video:", z.string().min(1)]);
const documentUrn = z.templateLiteral(["urn:li:document:", z.string().min(1)]);

/** §8.1 (images) and §10 (documents): one upload URL, singular `uploadUrlExpiresAt`. */
export const initializeImageResponseSchema = z.object({
  value: z.looseObject({ uploadUrl: z.url(), uploadUrlExpiresAt: z.number(), image: imageUrn }),
});
export const initializeDocumentResponseSchema = z.object({
  value: z.looseObject({ uploadUrl: z.url(), uploadUrlExpiresAt: z.number(), document: documentUrn }),
});

export const uploadInstructionSchema = z.looseObject({
  uploadUrl: z.url(),
  firstByte: z.number().int().nonnegative(),
  lastByte: z.number().int().nonnegative(),
});

/** §9.1: one URL per part, plural `uploadUrlsExpireAt`, `uploadToken` often "" for one part. */
export const initializeVideoResponseSchema = z.object({
  value: z.looseObject({
    video: videoUrn,
    uploadUrlsExpireAt: z.number(),
    uploadInstructions: z.array(uploadInstructionSchema).min(1),
    uploadToken: z.string().nullish(),
    captionsUploadUrl: z.url().nullish(),
    thumbnailUploadUrl: z.url().nullish(),
  }),
});

export const mediaStatusSchema = z.enum(["WAITING_UPLOAD", "PROCESSING", "AVAILABLE", "PROCESSING_FAILED"]);

/** GET /rest/{images|videos|documents}/{urn} (§8.4, §9.6, §10); unknown statuses fail loudly. */
export const mediaEntitySchema = z.looseObject({
  id: z.string(),
  owner: z.string().nullish(),
  status: mediaStatusSchema,
  downloadUrl: z.string().nullish(),
  downloadUrlExpiresAt: z.number().nullish(),
  aspectRatioWidth: z.number().nullish(),
  aspectRatioHeight: z.number().nullish(),
  /** Videos; unit UNCONFIRMED (the sandbox uses ms). */
  duration: z.number().nullish(),
  processingFailureReason: z.string().nullish(),
});

export type MediaEntity = z.infer<typeof mediaEntitySchema>;
export type MediaStatus = z.infer<typeof mediaStatusSchema>;
