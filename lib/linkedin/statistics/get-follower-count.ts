// A Page's total followers: `GET /rest/networkSizes/{enc(orgUrn)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`
// (doc §12.6) — follower statistics no longer return the total.
import type { LinkedInClient } from "../http/linkedin-client";
import { encodeRestliKey } from "../restli/encode-restli";
import type { OrganizationUrn } from "../urns";
import { NETWORK_SIZE_SCOPES } from "./statistics-scopes";
import { networkSizeSchema } from "./statistics-schemas";

export async function getFollowerCount(
  client: LinkedInClient,
  input: { organization: OrganizationUrn; signal?: AbortSignal },
): Promise<number> {
  const { data } = await client.request({
    api: "rest",
    method: "GET",
    path: `/networkSizes/${encodeRestliKey(input.organization)}`,
    query: { edgeType: "COMPANY_FOLLOWED_BY_MEMBER" },
    schema: networkSizeSchema,
    requiredScopes: NETWORK_SIZE_SCOPES,
    signal: input.signal,
  });
  return data.firstDegreeSize;
}
