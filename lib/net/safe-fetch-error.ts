// Why a fetch of a user-supplied URL failed, in words for the person who pasted it. `detail`
// (the resolved address, the socket's error code) is for logs only.
export type SafeFetchErrorCode =
  | "INVALID_URL"
  | "UNSUPPORTED_PROTOCOL"
  | "BLOCKED_ADDRESS"
  | "DNS_FAILED"
  | "CONNECTION_FAILED"
  | "TLS_FAILED"
  | "TIMEOUT"
  | "TOO_LARGE"
  | "TOO_MANY_REDIRECTS"
  | "BAD_RESPONSE"
  | "ABORTED";

export class SafeFetchError extends Error {
  readonly code: SafeFetchErrorCode;
  /** The address being fetched when it failed (after redirects), when there was one. */
  readonly url: string | undefined;
  readonly detail: string | undefined;

  constructor(
    code: SafeFetchErrorCode,
    message: string,
    options: { url?: string; detail?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "SafeFetchError";
    this.code = code;
    this.url = options.url;
    this.detail = options.detail;
  }
}

export function isSafeFetchError(error: unknown): error is SafeFetchError {
  return error instanceof SafeFetchError;
}

export const safeFetchMessages = {
  INVALID_URL: "That is not a complete web address. Enter one starting with https:// or http://.",
  UNSUPPORTED_PROTOCOL: "Cadence only opens web addresses starting with https:// or http://.",
  BLOCKED_ADDRESS: "That address points into a private network, which Cadence does not fetch.",
  DNS_FAILED: (host: string) => `Cadence could not find the site ${host}. Check the address for typos.`,
  CONNECTION_FAILED: "Cadence could not connect to the site. It may be down; try again later.",
  TLS_FAILED: "The site's secure connection could not be verified (its HTTPS certificate is not valid).",
  TIMEOUT: "The site took too long to answer.",
  TOO_LARGE: (subject: string, limit: number) => `The ${subject} is larger than ${formatLimit(limit)}.`,
  TOO_MANY_REDIRECTS: (max: number) => `The site redirected too many times (more than ${max}).`,
  BAD_RESPONSE: "The site sent an answer Cadence could not read.",
  ABORTED: "The download was cancelled.",
} as const;

/** 2097152 → "2 MB", 524288 → "512 KB", 1536 → "1.5 KB": sizes as people say them. */
export function formatLimit(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, "GB"],
    [1024 ** 2, "MB"],
    [1024, "KB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}
