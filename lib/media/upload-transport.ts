// The HTTP side of resumable uploads for the browser: JSON calls with fetch, chunks with
// XMLHttpRequest because only it reports upload progress (a moving bar within an 8 MiB chunk).
// Every failure becomes an UploadRequestError carrying the server's message and, on 409, its offset.
import { formatContentRange, type MediaErrorBody } from "@/lib/schemas/media";
import { UploadRequestError, type UploadTransport } from "@/lib/media/resumable-upload";

/** A chunk with no upload progress for this long is treated as a dropped connection. */
const STALL_TIMEOUT_MS = 45_000;
const NETWORK_MESSAGE = "The connection to Cadence was interrupted.";

export function createHttpUploadTransport(baseUrl = "/api/media/uploads"): UploadTransport {
  return {
    createSession: (input, signal) =>
      requestJson(baseUrl, { method: "POST", body: JSON.stringify(input), signal, headers: jsonHeaders }),
    getSession: (id, signal) => requestJson(`${baseUrl}/${encodeURIComponent(id)}`, { signal }),
    complete: (id, signal) =>
      requestJson(`${baseUrl}/${encodeURIComponent(id)}/complete`, { method: "POST", signal }),
    cancel: async (id) => {
      await fetch(`${baseUrl}/${encodeURIComponent(id)}`, { method: "DELETE" }).catch(() => undefined);
    },
    putChunk: ({ id, start, end, total, body, signal, onProgress }) =>
      new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        let stallTimer: ReturnType<typeof setTimeout> | undefined;
        const armStallTimer = () => {
          clearTimeout(stallTimer);
          stallTimer = setTimeout(() => xhr.abort(), STALL_TIMEOUT_MS);
        };
        const finish = () => {
          clearTimeout(stallTimer);
          signal.removeEventListener("abort", abort);
        };
        const abort = () => xhr.abort();
        xhr.open("PUT", `${baseUrl}/${encodeURIComponent(id)}`);
        xhr.setRequestHeader("Content-Type", "application/octet-stream");
        xhr.setRequestHeader("Content-Range", formatContentRange(start, end, total));
        xhr.responseType = "text";
        xhr.upload.onprogress = (event) => {
          armStallTimer();
          onProgress?.(event.loaded);
        };
        xhr.onload = () => {
          finish();
          const parsed = parseJson(xhr.responseText);
          if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as never);
          else reject(toRequestError(xhr.status, parsed));
        };
        xhr.onerror =
          xhr.onabort =
          xhr.ontimeout =
            () => {
              finish();
              reject(new UploadRequestError(NETWORK_MESSAGE, 0));
            };
        signal.addEventListener("abort", abort, { once: true });
        armStallTimer();
        xhr.send(body);
      }),
  };
}

const jsonHeaders = { "Content-Type": "application/json", Accept: "application/json" };

async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: "application/json", ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new UploadRequestError(NETWORK_MESSAGE, 0);
  }
  const body = parseJson(await response.text().catch(() => ""));
  if (!response.ok) throw toRequestError(response.status, body);
  return body as T;
}

function toRequestError(status: number, body: unknown): UploadRequestError {
  const error = (body as Partial<MediaErrorBody> | null)?.error;
  const fallback =
    status >= 500 ? "Cadence could not save this part of the upload." : `Upload failed (${status}).`;
  return new UploadRequestError(error?.message ?? fallback, status, error?.offset);
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
