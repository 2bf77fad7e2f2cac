// Resolves a URL's host to every address it has and refuses the URL when any of them is not
// public: one private answer among public ones is how DNS tricks reach an internal service.
// safe-fetch then connects to exactly these addresses, so a second (rebinding) lookup never happens.
import { lookup } from "node:dns/promises";
import { classifyIp, parseIp } from "@/lib/net/ip-ranges";
import { SafeFetchError, safeFetchMessages } from "@/lib/net/safe-fetch-error";

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;
/** true: any address; a function: private addresses for the hosts it accepts (an intranet list). */
export type PrivateAddressPolicy = boolean | ((hostname: string) => boolean);

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/** The URL's hostname as sockets take it: IPv6 literals without their [brackets]. */
export function socketHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

export async function resolveAllowedAddresses(
  url: URL,
  { resolve, allowPrivate }: { resolve: Resolver; allowPrivate: PrivateAddressPolicy },
): Promise<ResolvedAddress[]> {
  const hostname = socketHostname(url);
  const literal = parseIp(hostname);
  const addresses: ResolvedAddress[] = literal
    ? [{ address: hostname, family: literal.family }]
    : await resolveOrThrow(hostname, resolve, url);
  const privateAllowed = typeof allowPrivate === "function" ? allowPrivate(hostname) : allowPrivate;
  for (const { address } of addresses) {
    const kind = classifyIp(address);
    // Cloud metadata hands out credentials: never fetched, whatever the configuration.
    const allowed = kind === "public" || (privateAllowed && kind !== "metadata" && kind !== "invalid");
    if (!allowed) {
      throw new SafeFetchError("BLOCKED_ADDRESS", safeFetchMessages.BLOCKED_ADDRESS, {
        url: url.href,
        detail: `${hostname} → ${address} (${kind})`,
      });
    }
  }
  return addresses;
}

async function resolveOrThrow(hostname: string, resolve: Resolver, url: URL): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(hostname);
  } catch (error) {
    throw new SafeFetchError("DNS_FAILED", safeFetchMessages.DNS_FAILED(hostname), {
      url: url.href,
      detail: (error as NodeJS.ErrnoException)?.code,
      cause: error,
    });
  }
  if (addresses.length === 0) {
    throw new SafeFetchError("DNS_FAILED", safeFetchMessages.DNS_FAILED(hostname), {
      url: url.href,
      detail: "no addresses",
    });
  }
  return addresses;
}
