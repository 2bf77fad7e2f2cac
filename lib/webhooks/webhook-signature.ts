// Signing per the Standard Webhooks specification (standardwebhooks.com), so receivers can verify
// deliveries with any of its libraries or a few lines of their own: the secret is "whsec_" +
// base64 of 32 random bytes; the signature is HMAC-SHA256, keyed with the base64-decoded secret,
// over "{webhook-id}.{webhook-timestamp}.{body}", sent as "v1,{base64}". The timestamp lets
// receivers refuse replays of old requests; the id (the event's) lets them drop duplicates.
import { createHmac, randomBytes } from "node:crypto";

const SECRET_PREFIX = "whsec_";
export const WEBHOOK_USER_AGENT = "Cadence-Webhooks/1";

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

export function isWebhookSecret(value: string): boolean {
  return (
    value.startsWith(SECRET_PREFIX) && Buffer.from(value.slice(SECRET_PREFIX.length), "base64").length === 32
  );
}

/** "v1,<base64 HMAC-SHA256>" of one message. */
export function signWebhook(input: { id: string; timestamp: number; body: string; secret: string }): string {
  if (!input.secret.startsWith(SECRET_PREFIX)) throw new Error("not a whsec_ webhook secret");
  const key = Buffer.from(input.secret.slice(SECRET_PREFIX.length), "base64");
  const mac = createHmac("sha256", key)
    .update(`${input.id}.${input.timestamp}.${input.body}`)
    .digest("base64");
  return `v1,${mac}`;
}

/** Every header of one delivery attempt; the timestamp is the attempt's, in unix seconds. */
export function webhookHeaders(input: {
  id: string;
  timestamp: number;
  body: string;
  secret: string;
}): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": WEBHOOK_USER_AGENT,
    "webhook-id": input.id,
    "webhook-timestamp": String(input.timestamp),
    "webhook-signature": signWebhook(input),
  };
}
