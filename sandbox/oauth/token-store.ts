// Authorization codes, access and refresh tokens and member grants, with LinkedIn's lifetimes
// (doc §3.9) measured on the sandbox clock.
import { newOpaqueToken } from "../ids";
import type { SandboxState } from "../state";
import { sameScopeSet } from "./scopes";

export const CODE_TTL_MS = 30 * 60 * 1000;

export interface AuthCodeRecord {
  code: string;
  clientId: string;
  redirectUri: string;
  memberId: string;
  scopes: string[];
  createdAt: number;
  expiresAt: number;
}

export interface AccessTokenRecord {
  token: string;
  clientId: string;
  /** null for 2-legged (client credentials) tokens. */
  memberId: string | null;
  scopes: string[];
  createdAt: number;
  expiresAt: number;
  /** When the member consented (introspection `authorized_at`). */
  authorizedAt: number;
  authType: "3L" | "2L";
  revokedAt: number | null;
  refreshToken: string | null;
  source: "authorization_code" | "refresh_token" | "client_credentials" | "sandbox";
}

export interface RefreshTokenRecord {
  token: string;
  clientId: string;
  memberId: string;
  scopes: string[];
  createdAt: number;
  /** Fixed at first issue: refreshing never extends it (doc §3.4). */
  expiresAt: number;
  authorizedAt: number;
  revokedAt: number | null;
}

export interface GrantRecord {
  clientId: string;
  memberId: string;
  scopes: string[];
  grantedAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

export interface OAuthStore {
  codes: Record<string, AuthCodeRecord>;
  accessTokens: Record<string, AccessTokenRecord>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  /** Keyed by `${clientId} ${memberId}`. */
  grants: Record<string, GrantRecord>;
}

export type TokenStatus = "active" | "expired" | "revoked";

export function tokenStatus(
  record: { expiresAt: number; revokedAt: number | null },
  now: number,
): TokenStatus {
  if (record.revokedAt !== null) return "revoked";
  return now >= record.expiresAt ? "expired" : "active";
}

const grantKey = (clientId: string, memberId: string) => `${clientId} ${memberId}`;

export function createCode(
  state: SandboxState,
  input: { clientId: string; redirectUri: string; memberId: string; scopes: string[] },
): AuthCodeRecord {
  const now = state.clock.now();
  pruneExpiredCodes(state, now);
  const record: AuthCodeRecord = {
    ...input,
    code: newOpaqueToken(state, "code"),
    createdAt: now,
    expiresAt: now + CODE_TTL_MS,
  };
  state.oauth.codes[record.code] = record;
  return record;
}

function pruneExpiredCodes(state: SandboxState, now: number): void {
  for (const [code, record] of Object.entries(state.oauth.codes)) {
    // Keep expired codes a while so their exchange answers "expired", not "not found".
    if (record.expiresAt + CODE_TTL_MS < now) delete state.oauth.codes[code];
  }
}

export function issueAccessToken(
  state: SandboxState,
  input: Pick<
    AccessTokenRecord,
    "clientId" | "memberId" | "scopes" | "authorizedAt" | "authType" | "refreshToken" | "source"
  > & {
    ttlSeconds: number;
  },
): AccessTokenRecord {
  const now = state.clock.now();
  const { ttlSeconds, ...rest } = input;
  const record: AccessTokenRecord = {
    ...rest,
    token: newOpaqueToken(state, "access"),
    createdAt: now,
    expiresAt: now + ttlSeconds * 1000,
    revokedAt: null,
  };
  state.oauth.accessTokens[record.token] = record;
  return record;
}

export function issueRefreshToken(
  state: SandboxState,
  input: Pick<RefreshTokenRecord, "clientId" | "memberId" | "scopes" | "authorizedAt"> & {
    ttlSeconds: number;
  },
): RefreshTokenRecord {
  const now = state.clock.now();
  const { ttlSeconds, ...rest } = input;
  const record: RefreshTokenRecord = {
    ...rest,
    token: newOpaqueToken(state, "refresh"),
    createdAt: now,
    expiresAt: now + ttlSeconds * 1000,
    revokedAt: null,
  };
  state.oauth.refreshTokens[record.token] = record;
  return record;
}

/** Revokes one access or refresh token. Returns whether it existed and was not already revoked. */
export function revokeToken(state: SandboxState, token: string): boolean {
  const record = state.oauth.accessTokens[token] ?? state.oauth.refreshTokens[token];
  if (!record || record.revokedAt !== null) return false;
  record.revokedAt = state.clock.now();
  return true;
}

/** Revokes every token (and the grant) of a member for one app, or for all apps when clientId is omitted. */
export function revokeMemberTokens(state: SandboxState, memberId: string, clientId?: string): number {
  const now = state.clock.now();
  let count = 0;
  const matches = (r: { clientId: string; memberId: string | null }) =>
    r.memberId === memberId && (clientId === undefined || r.clientId === clientId);
  for (const record of [
    ...Object.values(state.oauth.accessTokens),
    ...Object.values(state.oauth.refreshTokens),
  ]) {
    if (matches(record) && record.revokedAt === null) {
      record.revokedAt = now;
      count++;
    }
  }
  for (const grant of Object.values(state.oauth.grants)) {
    if (matches(grant) && grant.revokedAt === null) grant.revokedAt = now;
  }
  return count;
}

export function activeGrant(
  state: SandboxState,
  clientId: string,
  memberId: string,
): GrantRecord | undefined {
  const grant = state.oauth.grants[grantKey(clientId, memberId)];
  return grant && tokenStatus(grant, state.clock.now()) === "active" ? grant : undefined;
}

/**
 * Records consent. A scope set different from the member's current grant revokes every earlier
 * token of that member for that app (doc §3.1); the same set keeps them valid.
 */
export function recordGrant(
  state: SandboxState,
  input: { clientId: string; memberId: string; scopes: string[]; ttlSeconds: number },
): GrantRecord {
  const now = state.clock.now();
  const current = activeGrant(state, input.clientId, input.memberId);
  if (current && sameScopeSet(current.scopes, input.scopes)) return current;
  // Tokens minted through /_sandbox/tokens have no grant record: compare their scopes too.
  const differentTokens = Object.values(state.oauth.accessTokens).some(
    (t) =>
      t.clientId === input.clientId &&
      t.memberId === input.memberId &&
      t.revokedAt === null &&
      !sameScopeSet(t.scopes, input.scopes),
  );
  if (current || differentTokens) revokeMemberTokens(state, input.memberId, input.clientId);
  const grant: GrantRecord = {
    clientId: input.clientId,
    memberId: input.memberId,
    scopes: input.scopes,
    grantedAt: now,
    expiresAt: now + input.ttlSeconds * 1000,
    revokedAt: null,
  };
  state.oauth.grants[grantKey(input.clientId, input.memberId)] = grant;
  return grant;
}
