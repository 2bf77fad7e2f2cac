// LinkedIn tokens at rest: encrypted with the connection's identity as associated data, so a
// ciphertext copied into another connection's row does not decrypt. Tokens never leave the
// server: nothing here is returned to pages, actions or logs.
import { decryptSecret, encryptSecret } from "@/lib/security/encryption";

export type ConnectionKey = { workspaceId: string; memberUrn: string; appKey: string };

export type TokenSet = {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken?: string | null;
  refreshTokenExpiresAt?: Date | null;
};

function context(key: ConnectionKey): string {
  return `linkedin-connection:${key.workspaceId}:${key.memberUrn}:${key.appKey}`;
}

export function sealTokens(key: ConnectionKey, tokens: TokenSet) {
  return {
    accessTokenEnc: encryptSecret(tokens.accessToken, context(key)),
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshTokenEnc: tokens.refreshToken
      ? encryptSecret(tokens.refreshToken, `${context(key)}:refresh`)
      : null,
    refreshTokenExpiresAt: tokens.refreshToken ? (tokens.refreshTokenExpiresAt ?? null) : null,
  };
}

export function openAccessToken(key: ConnectionKey, accessTokenEnc: string): string {
  return decryptSecret(accessTokenEnc, context(key));
}

export function openRefreshToken(key: ConnectionKey, refreshTokenEnc: string): string {
  return decryptSecret(refreshTokenEnc, `${context(key)}:refresh`);
}
