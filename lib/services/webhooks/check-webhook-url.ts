// A webhook address must be one Cadence is allowed to call: its host is resolved now and refused
// when any address is private, loopback or link-local (unless CADENCE_ALLOW_PRIVATE_URLS), so a
// workspace admin cannot point Cadence's server at the internal network. The check is repeated on
// every delivery by safe-fetch (DNS can change); this one only gives a clear answer in the form.
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { resolveAllowedAddresses, systemResolver, type Resolver } from "@/lib/net/resolve-allowed-addresses";
import { Deadline } from "@/lib/net/fetch-deadline";
import { isSafeFetchError } from "@/lib/net/safe-fetch-error";

const RESOLVE_TIMEOUT_MS = 5_000;

export const PRIVATE_WEBHOOK_URL_MESSAGE =
  "That address is in a private network (localhost, LAN or link-local), where Cadence does not send webhooks. " +
  "Use a public address, or set CADENCE_ALLOW_PRIVATE_URLS=true on a server that may reach your network.";

const METADATA_WEBHOOK_URL_MESSAGE =
  "That address belongs to a cloud metadata service, which Cadence never calls.";

export async function assertWebhookUrlAllowedOrThrow(
  value: string,
  { resolve = systemResolver }: { resolve?: Resolver } = {},
): Promise<void> {
  const refuse = (message: string) =>
    new AppError("VALIDATION", message, { fieldErrors: { url: [message] } });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse("Enter a complete address starting with https:// or http://.");
  }
  // safe-fetch's own deadline: a slow DNS server gets a "took too long" instead of holding the form.
  const deadline = new Deadline(RESOLVE_TIMEOUT_MS, RESOLVE_TIMEOUT_MS, undefined);
  try {
    await deadline.race(resolveAllowedAddresses(url, { resolve, allowPrivate: getEnv().allowPrivateUrls }));
  } catch (error) {
    if (!isSafeFetchError(error)) throw error;
    if (error.code !== "BLOCKED_ADDRESS") throw refuse(error.message);
    throw refuse(
      error.detail?.endsWith("(metadata)") ? METADATA_WEBHOOK_URL_MESSAGE : PRIVATE_WEBHOOK_URL_MESSAGE,
    );
  } finally {
    deadline.dispose();
  }
}
