// The raw transport for LinkedIn's upload URLs (`https://www.linkedin.com/dms-uploads/…`, doc §8.2,
// §9.3, §10): absolute URLs returned by initializeUpload, so none of the /rest machinery applies —
// no LinkedIn-Version, no Rest.li, no JSON. The body is streamed (fetch with `duplex: "half"`)
// from a Node Readable, pulled one chunk at a time, so memory stays bounded whatever the size.
// A stall watchdog (no byte moved for `stallTimeoutMs`) replaces a total timeout, which would
// have to guess how long 100 MB takes on a given link.
import type { Readable } from "node:stream";
import { logger } from "@/lib/logger";
import type { LinkedInConfig } from "../config";
import { readErrorBody } from "../errors/error-body";
import { LinkedInUploadExpiredError } from "../errors/media-errors";
import { LinkedInTransientError, type LinkedInError } from "../errors/linkedin-errors";
import { mapLinkedInError } from "../errors/map-linkedin-error";

export const DEFAULT_STALL_TIMEOUT_MS = 60_000;

export interface PutUploadRequest {
  url: string;
  body: Readable;
  contentLength: number;
  /** Doc §9.3: `application/octet-stream` for video parts; any binary type is accepted. */
  contentType?: string;
  /** Doc §8.2 conflict: LinkedIn's example sends the bearer token; the recommendation is to send it. */
  accessToken?: string;
  /** For error messages: the asset being uploaded. */
  mediaUrn: string;
  stallTimeoutMs?: number;
  signal?: AbortSignal;
  /** Called with the size of each chunk as it is handed to the connection. */
  onBytes?: (bytes: number) => void;
}

export interface PutUploadResult {
  status: number;
  /** Video parts answer with the ETag finalizeUpload needs (doc §9.3); opaque, passed on unchanged. */
  etag: string | null;
}

class StallError extends Error {}

export async function putUpload(config: LinkedInConfig, request: PutUploadRequest): Promise<PutUploadResult> {
  // The query of an upload URL carries its signature: never log or report it.
  const endpoint = `PUT ${new URL(request.url).pathname}`;
  const stallMs = request.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
  const watchdog = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => watchdog.abort(new StallError(`no progress for ${stallMs} ms`)), stallMs);
  };
  const signal = request.signal ? AbortSignal.any([request.signal, watchdog.signal]) : watchdog.signal;
  const headers: Record<string, string> = {
    "Content-Type": request.contentType ?? "application/octet-stream",
    "Content-Length": String(request.contentLength),
  };
  if (request.accessToken) headers.Authorization = `Bearer ${request.accessToken}`;

  let response: Response;
  let text: string;
  arm();
  try {
    const init: RequestInit & { duplex: "half" } = {
      method: "PUT",
      headers,
      body: pullStream(request.body, (bytes) => {
        arm();
        request.onBytes?.(bytes);
      }),
      duplex: "half",
      signal,
    };
    response = await config.fetch(request.url, init);
    arm();
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) throw error;
    const failure = watchdog.signal.aborted ? "timeout" : "network";
    logger.warn("LinkedIn upload got no answer", { endpoint, failure });
    throw new LinkedInTransientError(failure, { status: null, endpoint, cause: error });
  } finally {
    clearTimeout(timer);
    request.body.destroy();
  }
  if (response.status < 200 || response.status > 299)
    throw uploadError(config, request, endpoint, response.status, text);
  return { status: response.status, etag: response.headers.get("etag") };
}

function uploadError(
  config: LinkedInConfig,
  request: PutUploadRequest,
  endpoint: string,
  status: number,
  text: string,
): LinkedInError {
  let json: unknown;
  try {
    json = text.trim() === "" ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  const body = readErrorBody(json, text);
  // The upload host answers an expired URL with a 403 (doc §3.9: re-initialize after expiry); it is
  // not a missing permission, so it must not send the member to fix their Page role.
  if (status === 403 && /expired/i.test(body.message ?? "")) {
    return new LinkedInUploadExpiredError(request.mediaUrn, {
      status,
      endpoint,
      linkedinMessage: body.message,
    });
  }
  return mapLinkedInError({ status, body, endpoint, apiVersion: null, nowMs: config.now() });
}

/**
 * A web ReadableStream that pulls from the Node stream only when fetch asks for more: one chunk
 * in flight, so a slow connection applies back-pressure all the way to the disk.
 */
function pullStream(source: Readable, onChunk: (bytes: number) => void): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await iterator.next();
        if (done) {
          controller.close();
          return;
        }
        onChunk(value.byteLength);
        controller.enqueue(value);
      },
      async cancel() {
        await iterator.return?.();
        source.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}
