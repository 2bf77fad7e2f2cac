// Imports a file from a URL into the media library through the same path as a browser upload:
// streamed to a temp file within the kind's size limit (lib/schemas/media), then LinkedIn's rules,
// sha256 naming and per-workspace dedupe (store-media-asset). Refused bytes leave nothing behind.
// Used for link-card thumbnails, and for media URLs given to the public API.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { DOCUMENT_MAX_BYTES, VIDEO_MAX_BYTES } from "@/lib/media/inspect/media-limits";
import { MediaRejectedError } from "@/lib/media/media-errors";
import { createEmptyFile, removeFile, storagePath, tempKeyFor } from "@/lib/media/storage";
import { describeHttpStatus, fetchProblem, toFetchProblemOrRethrow } from "@/lib/net/fetch-problem";
import { safeFetch, type SafeFetchOptions, type SafeFetchStreamResult } from "@/lib/net/safe-fetch";
import {
  CAPTIONS_MAX_BYTES,
  checkUploadSize,
  type CompleteUploadView,
  IMAGE_MAX_BYTES,
  type UploadKind,
} from "@/lib/schemas/media";
import { toAssetView } from "@/lib/services/media/media-views";
import { storeMediaAsset } from "@/lib/services/media/store-media-asset";

/** Connection settings callers (and tests) may change; limits and URL rules stay safe-fetch's. */
export type ImportFetchOptions = Pick<
  SafeFetchOptions,
  "allowPrivate" | "resolve" | "timeoutMs" | "idleTimeoutMs" | "signal" | "redirect"
>;

export type ImportMediaFromUrlInput = {
  workspaceId: string;
  url: string;
  /** What the file is for: its size limit and LinkedIn's rules. Undefined: the first bytes decide. */
  kind?: UploadKind;
  /** Default: the Content-Disposition file name, else the URL's last path segment. */
  fileName?: string;
  fetch?: ImportFetchOptions;
};

const LIMITS: Record<
  UploadKind | "any",
  { maxBytes: number; subject: string; accept: string; timeoutMs: number }
> = {
  // No image/webp or image/avif: a negotiating CDN then serves a format LinkedIn accepts.
  image: {
    maxBytes: IMAGE_MAX_BYTES,
    subject: "image",
    accept: "image/jpeg,image/png,image/gif;q=0.9,*/*;q=0.5",
    timeoutMs: 30_000,
  },
  thumbnail: {
    maxBytes: IMAGE_MAX_BYTES,
    subject: "image",
    accept: "image/jpeg,image/png;q=0.9,*/*;q=0.5",
    timeoutMs: 30_000,
  },
  captions: {
    maxBytes: CAPTIONS_MAX_BYTES,
    subject: "captions file",
    accept: "application/x-subrip,text/plain;q=0.9,*/*;q=0.5",
    timeoutMs: 30_000,
  },
  video: { maxBytes: VIDEO_MAX_BYTES, subject: "video", accept: "video/mp4,*/*;q=0.5", timeoutMs: 300_000 },
  document: { maxBytes: DOCUMENT_MAX_BYTES, subject: "document", accept: "*/*", timeoutMs: 300_000 },
  any: { maxBytes: VIDEO_MAX_BYTES, subject: "file", accept: "*/*", timeoutMs: 300_000 },
};

export async function importMediaFromUrl(input: ImportMediaFromUrlInput): Promise<CompleteUploadView> {
  const limits = LIMITS[input.kind ?? "any"];
  const response = await safeFetch(input.url, {
    ...input.fetch,
    timeoutMs: input.fetch?.timeoutMs ?? limits.timeoutMs,
    as: "stream",
    maxBytes: limits.maxBytes,
    subject: limits.subject,
    accept: limits.accept,
  }).catch(toFetchProblemOrRethrow);
  return importMediaFromResponse({ ...input, response });
}

/**
 * The same import for a response already open (link previews fetch a URL before they know it is
 * an image). Consumes or destroys `response.body`.
 */
export async function importMediaFromResponse(input: {
  workspaceId: string;
  response: SafeFetchStreamResult;
  kind?: UploadKind;
  fileName?: string;
}): Promise<CompleteUploadView> {
  const { response, kind } = input;
  const subject = LIMITS[kind ?? "any"].subject;
  if (response.status < 200 || response.status >= 300) {
    response.body.destroy();
    throw fetchProblem(describeHttpStatus(response.status, subject));
  }
  const tempKey = tempKeyFor(`import-${randomUUID()}`);
  try {
    await createEmptyFile(tempKey);
    let size = 0;
    await pipeline(
      response.body,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(storagePath(tempKey)),
    ).catch(toFetchProblemOrRethrow);

    const sizeProblem = checkUploadSize(kind, size);
    if (sizeProblem) throw new MediaRejectedError(sizeProblem);
    const stored = await storeMediaAsset({
      workspaceId: input.workspaceId,
      tempKey,
      fileName: input.fileName ?? fileNameFor(response.url, response.headers),
      size,
      hint: kind,
      logContext: { importUrl: response.url },
    });
    if (!stored.ok) throw new MediaRejectedError(stored.reason);
    return { asset: toAssetView(stored.asset), deduplicated: stored.deduplicated };
  } finally {
    response.body.destroy(); // already closed unless writing the temp file failed first
    // Gone already when it became an asset; otherwise nothing may stay behind.
    await removeFile(tempKey);
  }
}

/** A person-readable file name: Content-Disposition's, else the last path segment, else the host. */
export function fileNameFor(url: string, headers: Headers): string {
  const disposition = headers.get("content-disposition") ?? "";
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  const parsed = new URL(url);
  const segment = parsed.pathname.split("/").filter(Boolean).at(-1);
  const candidates = [extended, plain?.[1] ?? plain?.[2], segment, parsed.hostname];
  for (const candidate of candidates) {
    const name = clean(candidate);
    if (name) return name;
  }
  return "download";
}

function clean(value: string | undefined): string {
  if (!value) return "";
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Keep it as it came.
  }
  return decoded
    .replace(/[\u0000-\u001f\u007f/\\]/g, "")
    .trim()
    .slice(0, 255);
}
