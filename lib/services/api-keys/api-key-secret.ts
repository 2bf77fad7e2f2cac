// An API key is `cad_` + 32 random bytes (base64url): shown once, stored only as its SHA-256, so a
// database leak gives no usable key. The first 12 characters are kept in clear as the prefix the
// Settings page shows ("cad_Xk3f9aQ2…") to tell keys apart. SHA-256 without salt is right for
// 256-bit random secrets (nothing to brute-force) and lets a request find its key by one lookup.
import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX_LENGTH = 12;
const KEY_PATTERN = /^cad_[A-Za-z0-9_-]{43}$/;

export function newApiKeySecret(): { secret: string; prefix: string; hashedKey: string } {
  const secret = `cad_${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, API_KEY_PREFIX_LENGTH), hashedKey: hashApiKey(secret) };
}

export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Looks like a Cadence key (cheap check before any database work). */
export const isApiKeyShaped = (value: string) => KEY_PATTERN.test(value);
