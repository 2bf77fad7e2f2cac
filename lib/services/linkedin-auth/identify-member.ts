// Who granted the token. With OpenID Connect scopes, userinfo says; a Community-Management-only
// app has no userinfo, but the member's Page roles name them as roleAssignee.
import {
  getUserInfo,
  isLinkedInError,
  LinkedInTokenError,
  listOrganizationAcls,
  type LinkedInClient,
} from "@/lib/linkedin";

export type MemberIdentity = { urn: string; name: string; pictureUrl: string | null; fromProfile: boolean };

/**
 * A freshly issued token can briefly answer 401 REVOKED_ACCESS_TOKEN (LinkedIn notes §15.7):
 * that one case is retried once after a short pause.
 */
async function withFreshTokenGrace<T>(
  run: () => Promise<T>,
  sleep: (ms: number) => Promise<void>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof LinkedInTokenError && error.reason === "revoked")) throw error;
    await sleep(3_000);
    return run();
  }
}

export async function identifyMember(
  client: LinkedInClient,
  grantedScopes: string[],
): Promise<MemberIdentity | null> {
  const sleep = client.config.sleep;
  if (grantedScopes.includes("profile") || grantedScopes.includes("openid")) {
    const info = await withFreshTokenGrace(() => getUserInfo(client), sleep);
    return {
      urn: info.personUrn,
      name: info.name ?? "LinkedIn member",
      pictureUrl: info.pictureUrl,
      fromProfile: true,
    };
  }
  try {
    const acls = await withFreshTokenGrace(() => listOrganizationAcls(client, { state: "ANY" }), sleep);
    const urn = acls[0]?.roleAssigneeUrn;
    return urn ? { urn, name: "LinkedIn member", pictureUrl: null, fromProfile: false } : null;
  } catch (error) {
    if (isLinkedInError(error) && error.kind === "permission") return null;
    throw error;
  }
}
