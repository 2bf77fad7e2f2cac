// Webhook signing secrets at rest: AES-256-GCM (lib/security/encryption) with the endpoint's
// identity as associated data, so a ciphertext copied into another endpoint's row does not
// decrypt. Cadence needs the secret back to sign every delivery, so it cannot be a hash like API
// keys; the plain secret is returned only by create and rotate, never by a list.
import { decryptSecret, encryptSecret } from "@/lib/security/encryption";

type EndpointKey = { id: string; workspaceId: string };

function context(endpoint: EndpointKey): string {
  return `webhook-endpoint:${endpoint.workspaceId}:${endpoint.id}`;
}

export function sealWebhookSecret(endpoint: EndpointKey, secret: string): string {
  return encryptSecret(secret, context(endpoint));
}

export function openWebhookSecret(endpoint: EndpointKey, encryptedSecret: string): string {
  return decryptSecret(encryptedSecret, context(endpoint));
}
