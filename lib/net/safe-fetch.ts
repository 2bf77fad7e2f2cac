// GET (and POST, for webhooks) to URLs that users (or API clients) hand to Cadence, safe against
// SSRF: http(s) only, every address of every hop vetted (lib/net/resolve-allowed-addresses) and the
// socket connected to exactly the vetted address (Host and TLS SNI stay the hostname), at most 5
// redirects (none for a POST: its 3xx comes back as the answer), an overall and an idle timeout,
// and a byte limit enforced while streaming. The body comes back as a Buffer (pages) or a Readable
// (large media, consumed by the caller).
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { getEnv } from "@/lib/env";
import {
  type PrivateAddressPolicy,
  type ResolvedAddress,
  type Resolver,
  resolveAllowedAddresses,
  socketHostname,
  systemResolver,
} from "@/lib/net/resolve-allowed-addresses";
import { Deadline } from "@/lib/net/fetch-deadline";
import { SafeFetchError, safeFetchMessages } from "@/lib/net/safe-fetch-error";

export type SafeFetchOptions = {
  /** Default: the CADENCE_ALLOW_PRIVATE_URLS setting. Tests pass true to reach 127.0.0.1. */
  allowPrivate?: PrivateAddressPolicy;
  /** Default: the system resolver (all addresses). Tests inject one. */
  resolve?: Resolver;
  /** Most bytes of (decoded) body; default 2 MiB. */
  maxBytes?: number;
  /** Beyond maxBytes: fail with TOO_LARGE (default), or (Buffer only) keep the first maxBytes. */
  onTooLarge?: "error" | "truncate";
  /** For the whole exchange, body included; default 15 s. */
  timeoutMs?: number;
  /** Longest silence from the site; default 10 s. */
  idleTimeoutMs?: number;
  maxRedirects?: number;
  /** Default GET. A POST sends `body` once and never follows a redirect. */
  method?: "GET" | "POST";
  /** Request headers, over the defaults (User-Agent, Accept, Accept-Encoding). */
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** "manual": a 3xx is returned as the answer instead of followed. A POST is always "manual". */
  redirect?: "follow" | "manual";
  accept?: string;
  /** What the size message calls the body: "The {subject} is larger than 2 MB." Default "file". */
  subject?: string;
  signal?: AbortSignal;
};

type ResponseHead = {
  status: number;
  statusText: string;
  /** Content-Encoding and Content-Length are dropped when the body was decompressed. */
  headers: Headers;
  /** After redirects. */
  url: string;
};
export type SafeFetchBufferResult = ResponseHead & { body: Buffer; truncated: boolean };
export type SafeFetchStreamResult = ResponseHead & { body: Readable };

export const SAFE_FETCH_DEFAULTS = {
  maxBytes: 2 * 1024 * 1024,
  timeoutMs: 15_000,
  idleTimeoutMs: 10_000,
  maxRedirects: 5,
} as const;

const USER_AGENT = "Mozilla/5.0 (compatible; CadenceBot/1.0; +link previews)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function safeFetch(
  url: string | URL,
  options?: SafeFetchOptions & { as?: "buffer" },
): Promise<SafeFetchBufferResult>;
export function safeFetch(
  url: string | URL,
  options: SafeFetchOptions & { as: "stream" },
): Promise<SafeFetchStreamResult>;
export async function safeFetch(
  input: string | URL,
  options: SafeFetchOptions & { as?: "buffer" | "stream" } = {},
): Promise<SafeFetchBufferResult | SafeFetchStreamResult> {
  const maxBytes = options.maxBytes ?? SAFE_FETCH_DEFAULTS.maxBytes;
  const truncate = options.as !== "stream" && options.onTooLarge === "truncate";
  const deadline = new Deadline(
    options.timeoutMs ?? SAFE_FETCH_DEFAULTS.timeoutMs,
    options.idleTimeoutMs ?? SAFE_FETCH_DEFAULTS.idleTimeoutMs,
    options.signal,
  );
  let current: URL | undefined;
  try {
    const { response, url } = await openFollowingRedirects(input, options, deadline, (at) => (current = at));
    const headers = toHeaders(response.headers);
    const head = {
      status: response.statusCode ?? 0,
      statusText: response.statusMessage ?? "",
      headers,
      url: url.href,
    };
    const limit = truncate ? undefined : { bytes: maxBytes, subject: options.subject ?? "file" };
    const body = openBody(response, headers, limit, deadline, url);
    if (options.as === "stream") {
      body.once("close", () => deadline.dispose());
      return { ...head, body };
    }
    const { buffer, truncated } = await readUpTo(body, maxBytes);
    deadline.dispose();
    return { ...head, body: buffer, truncated };
  } catch (error) {
    deadline.dispose();
    throw deadline.translate(error, current);
  }
}

/** The first `maxBytes` of a stream (then it is destroyed): pages need only their <head>. */
export async function readUpTo(
  stream: Readable,
  maxBytes: number,
): Promise<{ buffer: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const piece = chunk as Buffer;
    if (size + piece.length > maxBytes) {
      chunks.push(piece.subarray(0, maxBytes - size));
      stream.destroy();
      return { buffer: Buffer.concat(chunks, maxBytes), truncated: true };
    }
    chunks.push(piece);
    size += piece.length;
  }
  return { buffer: Buffer.concat(chunks, size), truncated: false };
}

async function openFollowingRedirects(
  input: string | URL,
  options: SafeFetchOptions,
  deadline: Deadline,
  visiting: (url: URL) => void,
): Promise<{ response: IncomingMessage; url: URL }> {
  const maxRedirects = options.maxRedirects ?? SAFE_FETCH_DEFAULTS.maxRedirects;
  const method = options.method ?? "GET";
  // Re-sending a body wherever a redirect points is not ours to decide: a POST never follows one.
  const follow = method === "GET" && options.redirect !== "manual";
  const vetting = {
    resolve: options.resolve ?? systemResolver,
    allowPrivate: options.allowPrivate ?? getEnv().allowPrivateUrls,
  };
  let url = parseUrlOrThrow(input);
  for (let redirects = 0; ; redirects++) {
    visiting(url);
    const addresses = await deadline.race(resolveAllowedAddresses(url, vetting));
    const response = await deadline.race(request(url, addresses, options, deadline));
    deadline.touch();
    const location = response.headers.location;
    if (!follow || !REDIRECTS.has(response.statusCode ?? 0) || !location) return { response, url };
    response.destroy();
    if (redirects >= maxRedirects) {
      throw new SafeFetchError("TOO_MANY_REDIRECTS", safeFetchMessages.TOO_MANY_REDIRECTS(maxRedirects), {
        url: url.href,
      });
    }
    url = parseUrlOrThrow(location, url);
  }
}

function parseUrlOrThrow(input: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new SafeFetchError(
      base ? "BAD_RESPONSE" : "INVALID_URL",
      base ? safeFetchMessages.BAD_RESPONSE : safeFetchMessages.INVALID_URL,
      { url: String(input), detail: base ? "unreadable redirect Location" : undefined },
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SafeFetchError("UNSUPPORTED_PROTOCOL", safeFetchMessages.UNSUPPORTED_PROTOCOL, {
      url: url.href,
    });
  }
  url.hash = "";
  return url;
}

function request(
  url: URL,
  addresses: ResolvedAddress[],
  options: Pick<SafeFetchOptions, "accept" | "method" | "headers" | "body">,
  deadline: Deadline,
): Promise<IncomingMessage> {
  // The socket asks for the hostname's address and gets the vetted one: no second DNS answer.
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]?.address ?? "", addresses[0]?.family);
  };
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      {
        protocol: url.protocol,
        hostname: socketHostname(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? "GET",
        headers: {
          "User-Agent": USER_AGENT,
          Accept: options.accept ?? "*/*",
          "Accept-Encoding": "gzip, deflate, br",
          ...options.headers,
          ...(options.body !== undefined
            ? { "Content-Length": String(Buffer.byteLength(options.body)) }
            : {}),
        },
        lookup,
        // No pooling: a kept-alive socket must never carry a request it was not vetted for.
        agent: false,
        signal: deadline.signal,
      },
      resolve,
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/**
 * The decoded body as a Readable that counts bytes as they arrive, errors with TOO_LARGE past the
 * limit (before buffering more), and always ends in a SafeFetchError rather than a socket error.
 */
function openBody(
  response: IncomingMessage,
  headers: Headers,
  limit: { bytes: number; subject: string } | undefined,
  deadline: Deadline,
  url: URL,
): Readable {
  const tooLarge = () =>
    new SafeFetchError("TOO_LARGE", safeFetchMessages.TOO_LARGE(limit?.subject ?? "", limit?.bytes ?? 0), {
      url: url.href,
    });
  const decoder = decoderFor(headers.get("content-encoding"));
  if (decoder) {
    headers.delete("content-encoding");
    headers.delete("content-length");
  }
  const declared = Number(headers.get("content-length") ?? NaN);
  if (limit && Number.isFinite(declared) && declared > limit.bytes) {
    response.destroy();
    throw tooLarge();
  }

  const source: Readable = decoder ? response.pipe(decoder) : response;
  let received = 0;
  const output = new Readable({
    read: () => void source.resume(),
    destroy: (error, callback) => {
      response.destroy();
      decoder?.destroy();
      callback(error);
    },
  });
  source.on("data", (chunk: Buffer) => {
    deadline.touch();
    received += chunk.length;
    if (limit && received > limit.bytes) output.destroy(tooLarge());
    else if (!output.push(chunk)) source.pause();
  });
  source.on("end", () => output.push(null));
  response.on("error", (error) => output.destroy(deadline.translate(error, url)));
  decoder?.on("error", (error) =>
    output.destroy(
      new SafeFetchError("BAD_RESPONSE", safeFetchMessages.BAD_RESPONSE, {
        url: url.href,
        detail: `cannot decode the body: ${error.message}`,
        cause: error,
      }),
    ),
  );
  deadline.onAbort((reason) => output.destroy(reason));
  return output;
}

function decoderFor(encoding: string | null): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      try {
        headers.append(name, item);
      } catch {
        // A value Headers refuses (stray control characters) is one we would not read anyway.
      }
    }
  }
  return headers;
}
