// What a post carries besides its text, as the composer and the API describe it: media by
// Cadence asset id (uploaded to LinkedIn per author only when published), never LinkedIn URNs.
// At most one kind per post — the union makes "images and a video" impossible to write, like
// LinkedIn's own `content` (doc §7.1). Safe in the browser: the composer checks with these too.
import { z } from "zod";
import { ALT_TEXT_MAX_LENGTH, MULTI_IMAGE_MAX } from "@/lib/linkedin/posts/post-limits";

/** Cadence's caps where LinkedIn states none (doc §7.1 gives no title or description length). */
export const MEDIA_TITLE_MAX_LENGTH = 200;
export const ARTICLE_DESCRIPTION_MAX_LENGTH = 500;
export const ARTICLE_URL_MAX_LENGTH = 2000;

const assetId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a media id.");

const altText = z
  .string()
  .max(ALT_TEXT_MAX_LENGTH, `Alt text can be at most ${ALT_TEXT_MAX_LENGTH.toLocaleString("en-US")} characters.`)
  .default("");

const title = (what: string) =>
  z
    .string()
    .trim()
    .max(MEDIA_TITLE_MAX_LENGTH, `The ${what} can be at most ${MEDIA_TITLE_MAX_LENGTH} characters.`);

export const httpUrlSchema = z
  .string()
  .trim()
  .max(ARTICLE_URL_MAX_LENGTH, `A link can be at most ${ARTICLE_URL_MAX_LENGTH} characters.`)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "Enter a full web address starting with https:// or http://.");

export const imageItemSchema = z.object({ assetId, altText });

export const textContentSchema = z.object({ kind: z.literal("TEXT") });

/** One image is a single-image post; 2–20 are a multi-image post (doc §7.1). */
export const imagesContentSchema = z.object({
  kind: z.literal("IMAGES"),
  images: z
    .array(imageItemSchema)
    .min(1, "Add an image, or choose another kind of post.")
    .max(MULTI_IMAGE_MAX, `A post can have at most ${MULTI_IMAGE_MAX} images.`)
    .refine(
      (images) => new Set(images.map((image) => image.assetId)).size === images.length,
      "The same image is in the post twice.",
    ),
});

export const videoContentSchema = z.object({
  kind: z.literal("VIDEO"),
  assetId,
  title: title("video title").default(""),
  /** A JPG or PNG shown before the video plays (doc §9.4). */
  thumbnailAssetId: assetId.nullish(),
  /** An SRT file (doc §9.4). */
  captionsAssetId: assetId.nullish(),
});

export const documentContentSchema = z.object({
  kind: z.literal("DOCUMENT"),
  assetId,
  /** Shown on the document card; Cadence requires it (LinkedIn's required-ness is unconfirmed). */
  title: title("document title").min(1, "Give the document a title; LinkedIn shows it on the card."),
});

/** LinkedIn never fetches the page (pitfall §15.12): the card shows exactly these fields. */
export const articleContentSchema = z.object({
  kind: z.literal("ARTICLE"),
  url: httpUrlSchema,
  title: title("link title").min(1, "Give the link card a title; LinkedIn does not fetch one."),
  description: z
    .string()
    .trim()
    .max(
      ARTICLE_DESCRIPTION_MAX_LENGTH,
      `The link description can be at most ${ARTICLE_DESCRIPTION_MAX_LENGTH} characters.`,
    )
    .default(""),
  thumbnailAssetId: assetId.nullish(),
});

export const postContentSchema = z.discriminatedUnion("kind", [
  textContentSchema,
  imagesContentSchema,
  videoContentSchema,
  documentContentSchema,
  articleContentSchema,
]);

export type PostContent = z.infer<typeof postContentSchema>;
export type PostContentInput = z.input<typeof postContentSchema>;
export type PostContentKindName = PostContent["kind"];

/** The database's ContentKind column for a content value. */
export function contentKindColumn(
  content: PostContent,
): "TEXT" | "IMAGE" | "MULTI_IMAGE" | "VIDEO" | "DOCUMENT" | "ARTICLE" {
  switch (content.kind) {
    case "TEXT":
      return "TEXT";
    case "IMAGES":
      return content.images.length === 1 ? "IMAGE" : "MULTI_IMAGE";
    case "VIDEO":
      return "VIDEO";
    case "DOCUMENT":
      return "DOCUMENT";
    case "ARTICLE":
      return "ARTICLE";
  }
}

/** Every media asset a content value refers to, with the role it plays in the post. */
export function contentMedia(
  content: PostContent,
): { assetId: string; role: "PRIMARY" | "THUMBNAIL" | "CAPTIONS"; position: number; altText?: string; title?: string }[] {
  switch (content.kind) {
    case "TEXT":
      return [];
    case "IMAGES":
      return content.images.map((image, position) => ({
        assetId: image.assetId,
        role: "PRIMARY",
        position,
        altText: image.altText,
      }));
    case "VIDEO":
      return [
        { assetId: content.assetId, role: "PRIMARY", position: 0, title: content.title },
        ...(content.thumbnailAssetId
          ? [{ assetId: content.thumbnailAssetId, role: "THUMBNAIL" as const, position: 0 }]
          : []),
        ...(content.captionsAssetId
          ? [{ assetId: content.captionsAssetId, role: "CAPTIONS" as const, position: 0 }]
          : []),
      ];
    case "DOCUMENT":
      return [{ assetId: content.assetId, role: "PRIMARY", position: 0, title: content.title }];
    case "ARTICLE":
      return content.thumbnailAssetId
        ? [{ assetId: content.thumbnailAssetId, role: "THUMBNAIL", position: 0 }]
        : [];
  }
}
