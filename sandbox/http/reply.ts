// What handlers return: a plain description of the response. The pipeline writes it, counts its
// status and applies nothing else, so handlers stay testable and never touch `res` directly.
import type { ServerResponse } from "node:http";
import type { Readable } from "node:stream";

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON (Content-Type: application/json). */
  json?: unknown;
  /** Sent as is with `contentType`. */
  raw?: string | Buffer;
  /** Piped with `contentType` (large downloads). */
  stream?: Readable;
  contentType?: string;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  json: body,
  headers,
});

export const empty = (status: number, headers?: Record<string, string>): Reply => ({ status, headers });

export const html = (status: number, markup: string, headers?: Record<string, string>): Reply => ({
  status,
  raw: markup,
  contentType: "text/html; charset=utf-8",
  headers,
});

export const redirect = (location: string, status = 302, headers?: Record<string, string>): Reply => ({
  status,
  headers: { ...headers, Location: location },
});

export const bytes = (
  status: number,
  body: string | Buffer,
  contentType: string,
  headers?: Record<string, string>,
): Reply => ({
  status,
  raw: body,
  contentType,
  headers,
});

export function writeReply(res: ServerResponse, reply: Reply, method: string): void {
  if (res.headersSent || res.destroyed) return;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  const noBody = method === "HEAD" || reply.status === 204 || reply.status === 304;
  if (reply.stream) {
    res.statusCode = reply.status;
    res.setHeader("Content-Type", reply.contentType ?? "application/octet-stream");
    if (noBody) {
      reply.stream.destroy();
      res.end();
      return;
    }
    reply.stream.on("error", () => res.destroy());
    reply.stream.pipe(res);
    return;
  }
  let payload: string | Buffer = "";
  if (reply.json !== undefined) {
    payload = JSON.stringify(reply.json);
    res.setHeader("Content-Type", "application/json");
  } else if (reply.raw !== undefined) {
    payload = reply.raw;
    res.setHeader("Content-Type", reply.contentType ?? "application/octet-stream");
  }
  res.statusCode = reply.status;
  if (noBody) {
    res.end();
    return;
  }
  res.setHeader("Content-Length", Buffer.byteLength(payload));
  res.end(payload);
}
