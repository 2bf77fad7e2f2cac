// A post as Cadence describes it (doc §7.1), independent of LinkedIn's wire shape: the author,
// the structured commentary document (serialized to little text only when sent), and at most one
// content kind — the union makes "two kinds at once" impossible to write.
import type { CommentaryDocument } from "../commentary/commentary-schema";
import type { DocumentUrn, ImageUrn, OrganizationUrn, PersonUrn, PostUrn, VideoUrn } from "../urns";

/** `CONTAINER` (groups) is not something Cadence publishes to. `CONNECTIONS`: member authors only. */
export type PostVisibility = "PUBLIC" | "CONNECTIONS" | "LOGGED_IN";
export type FeedDistribution = "MAIN_FEED" | "NONE";

export interface MultiImageItem {
  image: ImageUrn;
  altText?: string;
}

export type PostContentInput =
  | { kind: "image"; image: ImageUrn; altText?: string; title?: string }
  | { kind: "video"; video: VideoUrn; title?: string }
  /** The title is shown on the document card; LinkedIn's required-ness is UNCONFIRMED, Cadence requires it. */
  | { kind: "document"; document: DocumentUrn; title: string }
  /** 2–20 images owned by the author (doc §7.1). */
  | { kind: "multiImage"; images: MultiImageItem[] }
  /** LinkedIn never scrapes the URL (pitfall §15.12): the card shows exactly these fields. */
  | {
      kind: "article";
      source: string;
      title: string;
      description?: string;
      thumbnail?: ImageUrn;
      thumbnailAltText?: string;
    }
  | { kind: "reshare"; parent: PostUrn };

export type PostContentKind = PostContentInput["kind"];

export interface CreatePostInput {
  author: PersonUrn | OrganizationUrn;
  /** May be empty only with content (e.g. a reshare without comment). */
  commentary: CommentaryDocument;
  /** Default PUBLIC. */
  visibility?: PostVisibility;
  /** Default MAIN_FEED. */
  feedDistribution?: FeedDistribution;
  /** Default PUBLISHED. */
  lifecycleState?: "PUBLISHED" | "DRAFT";
  isReshareDisabled?: boolean;
  content?: PostContentInput | null;
}
