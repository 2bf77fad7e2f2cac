// LinkedIn URNs used across operations (doc §1): build them, recognise them, take them apart.

export type PersonUrn = `urn:li:person:${string}`;
export type OrganizationUrn = `urn:li:organization:${string}`;
/** Post URNs: shares, ugcPosts and group posts are all accepted wherever a post is taken (doc §7.2). */
export type PostUrn = `urn:li:${"share" | "ugcPost" | "groupPost"}:${string}`;

/** Media URNs (doc §8–§10): the kind is visible only from the prefix (doc §7.2). */
export type ImageUrn = `urn:li:image:${string}`;
export type VideoUrn = `urn:li:video:${string}`;
export type DocumentUrn = `urn:li:document:${string}`;
export type MediaUrn = ImageUrn | VideoUrn | DocumentUrn;
export type LinkedInMediaKind = "image" | "video" | "document";

const ORGANIZATION_URN = /^urn:li:organization:(\d{1,19})$/;
const PERSON_URN = /^urn:li:person:([A-Za-z0-9_-]+)$/;
const POST_URN = /^urn:li:(share|ugcPost|groupPost):[A-Za-z0-9_-]+$/;

export const personUrn = (id: string): PersonUrn => `urn:li:person:${id}`;
export const organizationUrn = (id: number | string): OrganizationUrn => `urn:li:organization:${id}`;

export const isPersonUrn = (value: string): value is PersonUrn => PERSON_URN.test(value);
export const isOrganizationUrn = (value: string): value is OrganizationUrn => ORGANIZATION_URN.test(value);
export const isPostUrn = (value: string): value is PostUrn => POST_URN.test(value);

/** The numeric id of `urn:li:organization:{id}`, or null for anything else. */
export function parseOrganizationId(urn: string): number | null {
  const match = ORGANIZATION_URN.exec(urn);
  return match?.[1] === undefined ? null : Number(match[1]);
}

const MEDIA_URN = /^urn:li:(image|video|document):[A-Za-z0-9_-]+$/;

export const isImageUrn = (value: string): value is ImageUrn => mediaKindOf(value) === "image";
export const isVideoUrn = (value: string): value is VideoUrn => mediaKindOf(value) === "video";
export const isDocumentUrn = (value: string): value is DocumentUrn => mediaKindOf(value) === "document";

/** `image` / `video` / `document` for a media URN, or null for anything else. */
export function mediaKindOf(urn: string): LinkedInMediaKind | null {
  const match = MEDIA_URN.exec(urn);
  return (match?.[1] as LinkedInMediaKind | undefined) ?? null;
}

/** `share` / `ugcPost` / `groupPost` for a post URN: statistics need them apart (pitfall §15.15). */
export function postUrnType(urn: PostUrn): "share" | "ugcPost" | "groupPost" {
  return urn.slice("urn:li:".length, urn.indexOf(":", "urn:li:".length)) as "share" | "ugcPost" | "groupPost";
}
