// Bearer authentication for api.linkedin.com paths with LinkedIn's 401 variants (doc §13.2–§13.3):
// missing token, unknown scheme, invalid (65600), revoked (65601), expired (65602).
import type { AppConfig } from "../config";
import { linkedinError } from "../http/errors";
import { activeTokenLagMs } from "../faults/faults";
import type { AccessTokenRecord } from "../oauth/token-store";
import { tokenStatus } from "../oauth/token-store";
import { SANDBOX_CLIENT_ID } from "../seed";
import type { SandboxState } from "../state";
import { findMember, personUrnFor, type SandboxMember } from "../world";

export interface AuthInfo {
  token: string;
  record: AccessTokenRecord;
  clientId: string;
  app: AppConfig | undefined;
  /** null for 2-legged tokens. */
  member: SandboxMember | null;
  /** `urn:li:person:{id}` in this app's id space (what the caller must use as author); null for 2-legged tokens. */
  memberUrn: string | null;
  scopes: string[];
}

export const missingTokenError = () =>
  linkedinError(401, "Empty oauth2_access_token", { serviceErrorCode: 401 });
export const unknownSchemeError = () => linkedinError(401, "Unknown authentication schema");
export const invalidTokenError = () =>
  linkedinError(401, "Invalid access token", { serviceErrorCode: 65600 });
export const revokedTokenError = () =>
  linkedinError(401, "The token used in the request has been revoked by the user", {
    serviceErrorCode: 65601,
    code: "REVOKED_ACCESS_TOKEN",
  });
export const expiredTokenError = () =>
  linkedinError(401, "The token used in the request has expired", {
    serviceErrorCode: 65602,
    code: "EXPIRED_ACCESS_TOKEN",
  });

/** Throws the matching 401 ApiError unless `authorization` carries a live token. */
export function authenticateBearer(state: SandboxState, authorization: string | undefined): AuthInfo {
  const header = (authorization ?? "").trim();
  if (header === "") throw missingTokenError();
  const space = header.indexOf(" ");
  const scheme = space === -1 ? header : header.slice(0, space);
  if (scheme.toLowerCase() !== "bearer") throw unknownSchemeError();
  const token = space === -1 ? "" : header.slice(space + 1).trim();
  if (token === "") throw missingTokenError();

  const record = state.oauth.accessTokens[token];
  if (!record) throw invalidTokenError();
  const now = state.clock.now();
  const status = tokenStatus(record, now);
  if (status === "revoked") throw revokedTokenError();
  if (status === "expired") throw expiredTokenError();
  // Fault-injected propagation lag: fresh tokens briefly look revoked (doc §13.3).
  const lag = activeTokenLagMs(state);
  if (lag > 0 && now - record.createdAt < lag) throw revokedTokenError();

  const member = record.memberId === null ? null : (findMember(state.world, record.memberId) ?? null);
  return {
    token,
    record,
    clientId: record.clientId,
    app: state.config.apps[record.clientId],
    member,
    memberUrn: member ? personUrnFor(member.id, record.clientId, SANDBOX_CLIENT_ID) : null,
    scopes: record.scopes,
  };
}
