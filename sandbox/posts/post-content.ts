// Validation of `content` and `reshareContext` on create (doc §7.1, checklist 17, 21): at most one
// content kind; media with id/altText/title; multiImage with 2–20 images; article with
// source/title/description/thumbnail (the URL is never fetched); referenced media must exist, be
// AVAILABLE and be owned by the author.
import { badRequest } from "../http/errors";
import { findMedia, parseMediaUrn } from "../media-api/media-store";
import type { SandboxState } from "../state";
import { findPost, isPostUrn } from "./post-store";

export const MULTI_IMAGE_MIN = 2;
export const MULTI_IMAGE_MAX = 20;
const SUPPORTED = ["media", "multiImage", "article"] as const;
/** Real content kinds the sandbox does not model (sponsored carousels, polls, celebrations, events). */
const UNSUPPORTED = ["carousel", "poll", "celebration", "reference"] as const;

export const invalidField = (field: string, problem: string) =>
  badRequest(`Invalid value for field "${field}": ${problem}`);

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function optionalString(value: Json, key: string, field: string): string | undefined {
  const v = value[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw invalidField(`${field}.${key}`, "must be a string");
  return v;
}

function requiredString(value: Json, key: string, field: string): string {
  const v = optionalString(value, key, field);
  if (v === undefined || v.trim() === "") throw invalidField(`${field}.${key}`, "is required");
  return v;
}

/**
 * Throws unless `urn` names media of one of `kinds` that exists, is AVAILABLE and belongs to
 * `author` (§7.1, §11).
 */
export function requireUsableMedia(
  state: SandboxState,
  urn: string,
  author: string,
  field: string,
  kinds: readonly ("image" | "video" | "document")[],
): void {
  const parsed = parseMediaUrn(urn);
  if (!parsed || !kinds.includes(parsed.kind)) {
    const expected = kinds.map((k) => `urn:li:${k}:…`).join(" or ");
    throw badRequest(
      `Invalid value for field "${field}": expected ${expected}, got "${urn}"`,
      "INVALID_URN_ID",
    );
  }
  const media = findMedia(state, urn);
  if (!media) throw invalidField(field, `media ${urn} does not exist`);
  if (media.owner !== author) {
    throw invalidField(
      field,
      `media ${urn} is owned by ${media.owner}; a post can only use media owned by its author ${author}`,
    );
  }
  if (media.status === "AVAILABLE") return;
  const codes = {
    WAITING_UPLOAD: "MEDIA_ASSET_WAITING_UPLOAD",
    PROCESSING: "MEDIA_ASSET_PROCESSING",
    PROCESSING_FAILED: "MEDIA_ASSET_PROCESSING_FAILED",
  } as const;
  const reason = media.processingFailureReason ? ` (${media.processingFailureReason})` : "";
  throw badRequest(
    `Media ${urn} is not AVAILABLE (status ${media.status}${reason}); posts can only use AVAILABLE media`,
    codes[media.status],
  );
}

/** Validates `content` and returns the normalized object to store (unknown sub-fields dropped). */
export function validateContent(state: SandboxState, content: unknown, author: string): Json {
  if (!isRecord(content)) throw invalidField("content", "must be an object");
  const kinds = Object.keys(content).filter((k) => content[k] !== undefined && content[k] !== null);
  for (const kind of kinds) {
    if ((UNSUPPORTED as readonly string[]).includes(kind))
      throw invalidField("content", `content.${kind} is not supported by the sandbox`);
    if (!(SUPPORTED as readonly string[]).includes(kind))
      throw invalidField("content", `unknown content kind "${kind}"`);
  }
  if (kinds.length !== 1) {
    throw invalidField(
      "content",
      `exactly one of media, multiImage, article is required, got ${kinds.length === 0 ? "none" : kinds.join(", ")}`,
    );
  }
  const kind = kinds[0] as (typeof SUPPORTED)[number];
  if (kind === "media") return { media: validateMedia(state, content.media, author) };
  if (kind === "multiImage") return { multiImage: validateMultiImage(state, content.multiImage, author) };
  return { article: validateArticle(state, content.article, author) };
}

function validateMedia(state: SandboxState, value: unknown, author: string): Json {
  const field = "content.media";
  if (!isRecord(value)) throw invalidField(field, "must be an object");
  const id = requiredString(value, "id", field);
  requireUsableMedia(state, id, author, `${field}.id`, ["image", "video", "document"]);
  const title = optionalString(value, "title", field);
  const altText = optionalString(value, "altText", field);
  return { id, ...(title === undefined ? {} : { title }), ...(altText === undefined ? {} : { altText }) };
}

function validateMultiImage(state: SandboxState, value: unknown, author: string): Json {
  const field = "content.multiImage";
  if (!isRecord(value)) throw invalidField(field, "must be an object");
  const images = value.images;
  if (!Array.isArray(images)) throw invalidField(`${field}.images`, "must be an array");
  if (images.length < MULTI_IMAGE_MIN || images.length > MULTI_IMAGE_MAX) {
    throw invalidField(
      `${field}.images`,
      `a multiImage post needs between ${MULTI_IMAGE_MIN} and ${MULTI_IMAGE_MAX} images, got ${images.length}`,
    );
  }
  return {
    images: images.map((image: unknown, i) => {
      const at = `${field}.images[${i}]`;
      if (!isRecord(image)) throw invalidField(at, "must be an object");
      const id = requiredString(image, "id", at);
      requireUsableMedia(state, id, author, `${at}.id`, ["image"]);
      const altText = optionalString(image, "altText", at);
      return { id, ...(altText === undefined ? {} : { altText }) };
    }),
  };
}

function validateArticle(state: SandboxState, value: unknown, author: string): Json {
  const field = "content.article";
  if (!isRecord(value)) throw invalidField(field, "must be an object");
  const source = requiredString(value, "source", field);
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    throw invalidField(`${field}.source`, `"${source}" is not an absolute URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw invalidField(`${field}.source`, "must be an http or https URL");
  const title = requiredString(value, "title", field);
  const description = optionalString(value, "description", field);
  const thumbnail = optionalString(value, "thumbnail", field);
  if (thumbnail !== undefined) requireUsableMedia(state, thumbnail, author, `${field}.thumbnail`, ["image"]);
  const thumbnailAltText = optionalString(value, "thumbnailAltText", field);
  return {
    source,
    title,
    ...(description === undefined ? {} : { description }),
    ...(thumbnail === undefined ? {} : { thumbnail }),
    ...(thumbnailAltText === undefined ? {} : { thumbnailAltText }),
  };
}

/** `{parent}` of a reshare: an existing, live, published post whose author allows resharing. */
export function validateReshareContext(
  state: SandboxState,
  value: unknown,
): { parent: string; root: string } {
  const field = "reshareContext";
  if (!isRecord(value)) throw invalidField(field, "must be an object");
  const parent = requiredString(value, "parent", field);
  if (!isPostUrn(parent))
    throw badRequest(
      `Invalid value for field "${field}.parent": "${parent}" is not a post URN`,
      "INVALID_URN_ID",
    );
  const post = findPost(state, parent);
  if (!post || post.deletedAt !== undefined)
    throw invalidField(`${field}.parent`, `post ${parent} does not exist`);
  if (post.lifecycleState !== "PUBLISHED")
    throw invalidField(`${field}.parent`, `post ${parent} is not published (${post.lifecycleState})`);
  if (post.isReshareDisabledByAuthor)
    throw invalidField(`${field}.parent`, `the author of ${parent} disabled resharing`);
  return { parent, root: post.reshareContext?.root ?? parent };
}
