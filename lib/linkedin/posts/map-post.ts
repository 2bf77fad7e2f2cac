// LinkedIn's post (doc §7.2) → Cadence's shape: commentary parsed back into the structured
// document (GET returns hashtags as `{hashtag|\#|tag}`), content back into the input union (the
// media kind is only visible from the URN prefix), epoch-ms timestamps into Dates.
import type { CommentaryDocument } from "../commentary/commentary-schema";
import { parseCommentary } from "../commentary/parse-commentary";
import type { LinkedInConfig } from "../config";
import { isDocumentUrn, isImageUrn, isPostUrn, isVideoUrn, type ImageUrn, type PostUrn } from "../urns";
import type { PostContentInput } from "./post-input";
import type { PostWire } from "./post-schemas";

export type LinkedInPostContent = PostContentInput | { kind: "other"; type: string };

export interface LinkedInPost {
  urn: PostUrn;
  author: string;
  commentary: CommentaryDocument;
  /** Exactly as LinkedIn returned it (little text). */
  commentaryLittleText: string;
  visibility: string;
  feedDistribution: string | null;
  /** DRAFT | PUBLISH_REQUESTED | PUBLISHED | PUBLISH_FAILED (doc §7.6). */
  lifecycleState: string;
  content: LinkedInPostContent | null;
  isEdited: boolean;
  isReshareDisabled: boolean;
  createdAt: Date;
  publishedAt: Date | null;
  lastModifiedAt: Date | null;
}

const opt = (value: string | null | undefined) => value ?? undefined;

export function mapPost(wire: PostWire): LinkedInPost {
  const little = wire.commentary ?? "";
  return {
    // LinkedIn's own key for the post: share, ugcPost or groupPost (doc §7.2).
    urn: wire.id as PostUrn,
    author: wire.author,
    commentary: parseCommentary(little),
    commentaryLittleText: little,
    visibility: wire.visibility,
    feedDistribution: wire.distribution?.feedDistribution ?? null,
    lifecycleState: wire.lifecycleState,
    content: mapContent(wire),
    isEdited: wire.lifecycleStateInfo?.isEditedByAuthor ?? false,
    isReshareDisabled: wire.isReshareDisabledByAuthor ?? false,
    createdAt: new Date(wire.createdAt),
    publishedAt: typeof wire.publishedAt === "number" ? new Date(wire.publishedAt) : null,
    lastModifiedAt: typeof wire.lastModifiedAt === "number" ? new Date(wire.lastModifiedAt) : null,
  };
}

function mapContent(wire: PostWire): LinkedInPostContent | null {
  if (wire.reshareContext && isPostUrn(wire.reshareContext.parent)) {
    return { kind: "reshare", parent: wire.reshareContext.parent };
  }
  const content = wire.content;
  if (!content) return null;
  if (content.media) {
    const { id, title, altText } = content.media;
    if (isImageUrn(id)) return { kind: "image", image: id, altText: opt(altText), title: opt(title) };
    if (isVideoUrn(id)) return { kind: "video", video: id, title: opt(title) };
    if (isDocumentUrn(id)) return { kind: "document", document: id, title: title ?? "" };
    return { kind: "other", type: "media" };
  }
  if (content.multiImage) {
    return {
      kind: "multiImage",
      images: content.multiImage.images.map((i) => ({ image: i.id as ImageUrn, altText: opt(i.altText) })),
    };
  }
  if (content.article) {
    const a = content.article;
    return {
      kind: "article",
      source: a.source,
      title: a.title ?? "",
      description: opt(a.description),
      thumbnail: a.thumbnail && isImageUrn(a.thumbnail) ? a.thumbnail : undefined,
      thumbnailAltText: opt(a.thumbnailAltText),
    };
  }
  const kinds = Object.keys(content);
  return { kind: "other", type: kinds[0] ?? "unknown" };
}

/**
 * Where a person sees the post: `https://www.linkedin.com/feed/update/{urn}` (widely used,
 * UNCONFIRMED in LinkedIn's docs, doc §7.2); the sandbox serves the same path on its own host.
 */
export function postWebUrl(config: Pick<LinkedInConfig, "target" | "apiBaseUrl">, urn: PostUrn): string {
  const base = config.target === "sandbox" ? config.apiBaseUrl : "https://www.linkedin.com";
  return `${base}/feed/update/${urn}`;
}
