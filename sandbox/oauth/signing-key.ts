// The RSA key that signs id_tokens (RS256) and its public JWK for /oauth/openid/jwks. Generated
// once per process (2048-bit generation costs ~100 ms) and kept in snapshots so old tokens verify.
import { createHash, createPrivateKey, generateKeyPairSync, sign, type JsonWebKey } from "node:crypto";

export interface SigningKeyData {
  kid: string;
  privateKeyPem: string;
  publicJwk: JsonWebKey;
}

let processKey: SigningKeyData | undefined;

export function createSigningKey(): SigningKeyData {
  if (processKey) return processKey;
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = publicKey.export({ format: "jwk" });
  // RFC 7638 thumbprint as the key id: stable for the key, unique across keys.
  const thumbprint = createHash("sha256")
    .update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n }))
    .digest("base64url");
  processKey = {
    kid: thumbprint,
    privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    publicJwk: { kty: "RSA", n: jwk.n, e: jwk.e, kid: thumbprint, use: "sig", alg: "RS256" },
  };
  return processKey;
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");

/** Signs a compact JWS with RS256. */
export function signJwt(key: SigningKeyData, payload: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: "RS256", kid: key.kid, typ: "JWT" }));
  const body = base64url(JSON.stringify(payload));
  const signature = sign("RSA-SHA256", Buffer.from(`${header}.${body}`), createPrivateKey(key.privateKeyPem));
  return `${header}.${body}.${signature.toString("base64url")}`;
}
