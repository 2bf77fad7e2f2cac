// AES-256-GCM for secrets at rest (LinkedIn access and refresh tokens). The stored form is
// "v1.<iv>.<tag>.<ciphertext>" in base64url; the version prefix allows key rotation later.
// `context` (e.g. the connection id) is bound as associated data, so a ciphertext copied into
// another row does not decrypt there.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { getSecrets } from "@/lib/secrets";

const VERSION = "v1";

export function encryptSecret(
  plaintext: string,
  context: string,
  key: Buffer = getSecrets().encryptionKey,
): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptSecret(
  stored: string,
  context: string,
  key: Buffer = getSecrets().encryptionKey,
): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined)
    throw new Error("Unrecognised encrypted value");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
