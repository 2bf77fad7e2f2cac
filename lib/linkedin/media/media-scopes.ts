// Scopes for the media APIs (doc §8–§10): writing needs the owner's posting scope (`rw_ads` also
// works); reading status, any of the kind's read scopes. Given to each request so a 403 can say
// "missing scope" rather than "missing Page role".
import type { LinkedInMediaKind } from "../urns";

export function mediaWriteScopes(owner: string): readonly string[] {
  return owner.startsWith("urn:li:organization:")
    ? ["w_organization_social", "rw_ads"]
    : ["w_member_social", "rw_ads"];
}

export const MEDIA_READ_SCOPES: Record<LinkedInMediaKind, readonly string[]> = {
  image: [
    "w_member_social",
    "r_member_social",
    "w_organization_social",
    "r_organization_social",
    "rw_ads",
    "r_ads",
  ],
  video: ["w_organization_social", "w_member_social", "rw_ads", "r_ads"],
  document: [
    "w_organization_social",
    "r_organization_social",
    "w_member_social",
    "r_member_social",
    "rw_ads",
    "r_ads",
  ],
};

/** Scopes that make a token more than a member-only token (pitfall §15.16). */
export const PAGE_OR_ADS_SCOPES = [
  "w_organization_social",
  "r_organization_social",
  "rw_ads",
  "r_ads",
] as const;

export const MEDIA_RESOURCE: Record<LinkedInMediaKind, "images" | "videos" | "documents"> = {
  image: "images",
  video: "videos",
  document: "documents",
};
