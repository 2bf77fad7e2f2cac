// One HTTP attempt of a webhook delivery: a POST through safe-fetch (the SSRF guard vets every
// address on every attempt, since DNS can change after the endpoint was saved), 10 s for the whole
// exchange, no redirects (a 3xx is a failure: re-posting a signed event wherever a redirect points
// is not Cadence's call), and only the first 1 KB of the answer kept for the log.
import { performance } from "node:perf_hooks";
import { safeFetch } from "@/lib/net/safe-fetch";
import { isSafeFetchError } from "@/lib/net/safe-fetch-error";

export const WEBHOOK_TIMEOUT_MS = 10_000;
export const WEBHOOK_RESPONSE_KEEP_BYTES = 1024;

export type WebhookAttemptOutcome = {
  ok: boolean;
  responseStatus: number | null;
  /** The first 1 KB of the answer, as text. */
  responseBody: string | null;
  /** Why the attempt failed, in words for the delivery log; null when it succeeded. */
  error: string | null;
  durationMs: number;
};

export async function sendWebhookRequest(input: {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowPrivate?: boolean;
}): Promise<WebhookAttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await safeFetch(input.url, {
      method: "POST",
      headers: input.headers,
      body: input.body,
      redirect: "manual",
      allowPrivate: input.allowPrivate,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      idleTimeoutMs: WEBHOOK_TIMEOUT_MS,
      maxBytes: WEBHOOK_RESPONSE_KEEP_BYTES,
      onTooLarge: "truncate",
    });
    const status = response.status;
    const ok = status >= 200 && status < 300;
    return {
      ok,
      responseStatus: status,
      responseBody: readableText(response.body),
      error: ok ? null : statusError(status, response.headers.get("location")),
      durationMs: elapsed(),
    };
  } catch (error) {
    if (!isSafeFetchError(error)) throw error;
    return {
      ok: false,
      responseStatus: null,
      responseBody: null,
      error: error.message,
      durationMs: elapsed(),
    };
  }
}

function statusError(status: number, location: string | null): string {
  if (status >= 300 && status < 400)
    return `The endpoint answered with a redirect (HTTP ${status}${location ? ` to ${location.slice(0, 300)}` : ""}). Cadence does not follow redirects: use the final address.`;
  return `The endpoint answered HTTP ${status}; only 2xx counts as delivered.`;
}

/** PostgreSQL text cannot hold NUL; a cut multi-byte character at the 1 KB edge becomes U+FFFD. */
function readableText(body: Buffer): string | null {
  if (body.length === 0) return null;
  return body.toString("utf8").replace(/\u0000/g, "");
}
