// GET /_sandbox/state: everything a test or demo wants to inspect, as plain JSON. Shape in README.
import { settleAllMedia } from "../media-api/media-store";
import { tokenStatus } from "../oauth/token-store";
import { settleAllPosts } from "../posts/post-store";
import { SANDBOX_CLIENT_ID } from "../seed";
import type { SandboxState } from "../state";
import { personUrnFor } from "../world";

export function stateView(state: SandboxState) {
  const now = state.clock.now();
  // Processing and publishing finish lazily on the sandbox clock: apply what is due before showing it.
  settleAllPosts(state);
  settleAllMedia(state);
  const memberUrn = (memberId: string | null, clientId: string) =>
    memberId === null ? null : personUrnFor(memberId, clientId, SANDBOX_CLIENT_ID);
  return {
    now,
    iso: new Date(now).toISOString(),
    frozen: state.clock.isFrozen(),
    /** When the world was created or reset: the anchor of the generated history posts. */
    createdAt: state.createdAt,
    /** Stored (API-created) posts only; history posts are generated, never stored. */
    posts: Object.values(state.posts),
    media: Object.values(state.media),
    tokens: Object.values(state.oauth.accessTokens).map((t) => ({
      token: t.token,
      clientId: t.clientId,
      memberId: t.memberId,
      memberUrn: memberUrn(t.memberId, t.clientId),
      scopes: t.scopes,
      authType: t.authType,
      source: t.source,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      revokedAt: t.revokedAt,
      status: tokenStatus(t, now),
      refreshToken: t.refreshToken,
    })),
    refreshTokens: Object.values(state.oauth.refreshTokens).map((t) => ({
      token: t.token,
      clientId: t.clientId,
      memberId: t.memberId,
      scopes: t.scopes,
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      revokedAt: t.revokedAt,
      status: tokenStatus(t, now),
    })),
    grants: Object.values(state.oauth.grants).map((g) => ({ ...g, status: tokenStatus(g, now) })),
    calls: state.usage.calls,
    quotas: { day: state.usage.quotaDay, app: state.usage.app, member: state.usage.member },
    faults: state.faults,
    world: state.world,
    ext: state.ext,
  };
}
