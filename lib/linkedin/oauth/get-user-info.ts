// The signed-in member's OIDC profile (doc §4): the one unversioned call, `GET /v2/userinfo`,
// with no LinkedIn-Version header. `email*` come only with the `email` scope.
import { z } from "zod";
import type { LinkedInClient } from "../http/linkedin-client";
import { personUrn, type PersonUrn } from "../urns";

const userInfoSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  picture: z.string().optional(),
  // A string in the doc, an object in several client typings (doc §4 conflict): accept both.
  locale: z.union([z.string(), z.object({ country: z.string(), language: z.string() })]).optional(),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
});

export interface LinkedInUserInfo {
  /** Pairwise: the same member has a different `sub` in each LinkedIn app. */
  sub: string;
  /** `urn:li:person:{sub}`: the author URN for member posts (widely used; UNCONFIRMED in the OIDC doc). */
  personUrn: PersonUrn;
  name: string | null;
  givenName: string | null;
  familyName: string | null;
  pictureUrl: string | null;
  /** BCP 47, e.g. `en-US`. */
  locale: string | null;
  email: string | null;
  emailVerified: boolean | null;
}

export async function getUserInfo(client: LinkedInClient): Promise<LinkedInUserInfo> {
  const { data } = await client.request({
    api: "v2",
    method: "GET",
    path: "/userinfo",
    schema: userInfoSchema,
    requiredScopes: ["profile"],
  });
  const locale =
    data.locale === undefined
      ? null
      : typeof data.locale === "string"
        ? data.locale
        : `${data.locale.language}-${data.locale.country}`;
  return {
    sub: data.sub,
    personUrn: personUrn(data.sub),
    name: data.name ?? null,
    givenName: data.given_name ?? null,
    familyName: data.family_name ?? null,
    pictureUrl: data.picture ?? null,
    locale,
    email: data.email ?? null,
    emailVerified: data.email_verified ?? null,
  };
}
