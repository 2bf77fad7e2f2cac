// Request body reading with a size limit, and JSON/form decoding with LinkedIn-style 4xx errors,
// so oversized or malformed input is an answer, never a crash.
import type { IncomingMessage } from "node:http";
import { badRequest, linkedinError } from "./errors";

export const payloadTooLarge = (limit: number) =>
  linkedinError(413, `Request entity too large: the body exceeds the limit of ${limit} bytes`);

/**
 * Reads the whole body, failing with 413 once it passes `limit`. After a failure node drains the
 * rest of the upload itself, so the client still receives the 413 instead of a reset connection.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(payloadTooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on("data", (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(payloadTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    // A client that hangs up mid-body is answered (if anyone still listens) rather than logged as a crash.
    req.on("error", () => {
      if (!failed) reject(badRequest("The request body could not be read: the connection was interrupted"));
      failed = true;
    });
  });
}

export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function contentTypeParam(contentType: string | undefined, name: string): string | undefined {
  for (const part of (contentType ?? "").split(";").slice(1)) {
    const [key, ...rest] = part.split("=");
    if (key?.trim().toLowerCase() === name)
      return rest
        .join("=")
        .trim()
        .replace(/^"(.*)"$/, "$1");
  }
  return undefined;
}

/** JSON body of a REST call. An empty body is `undefined`; a non-JSON content type is 415. */
export function parseJsonBody(buffer: Buffer, contentType: string | undefined): unknown {
  if (buffer.length === 0) return undefined;
  const type = mediaTypeOf(contentType);
  if (type !== "" && type !== "application/json" && !type.endsWith("+json")) {
    throw linkedinError(415, `Unsupported Media Type: expected application/json but got ${type}`);
  }
  try {
    return JSON.parse(buffer.toString("utf8")) as unknown;
  } catch {
    // A fixed message: V8's parse errors change wording between Node versions.
    throw badRequest("Unable to parse the request body as JSON");
  }
}

/** Form body (OAuth endpoints): `+` is a space here, unlike Rest.li query strings. */
export function parseFormBody(buffer: Buffer): Record<string, string> {
  const params = new URLSearchParams(buffer.toString("utf8"));
  const result: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in result)) result[key] = value;
  return result;
}
