// The raw upload transport against a tiny local server: what goes on the wire (a streamed body
// with its Content-Length, the bearer token, no /rest headers) and how failures are typed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkedInConfig } from "../config";
import { LinkedInUploadExpiredError } from "../errors/media-errors";
import { LinkedInTokenError, LinkedInTransientError } from "../errors/linkedin-errors";
import { putUpload } from "./put-upload";

type Handler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => void;
let handler: Handler = (_req, _body, res) => res.end();
let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handler(req, Buffer.concat(chunks), res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dms-uploads/C5F10AQx/uploadedVideo/0?ut=secret`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const config = createLinkedInConfig({
  target: "sandbox",
  oauthBaseUrl: "http://127.0.0.1:1/oauth/v2",
  apiBaseUrl: "http://127.0.0.1:1",
  apiVersion: "202611",
  clientId: "c",
  clientSecret: "s",
});
const body = (size: number) => Readable.from([Buffer.alloc(size / 2, 1), Buffer.alloc(size / 2, 2)]);

describe("putUpload", () => {
  it("streams the body with its length and the token, reads the ETag", async () => {
    let seen: { headers: IncomingMessage["headers"]; size: number } | null = null;
    handler = (req, received, res) => {
      seen = { headers: req.headers, size: received.length };
      res.writeHead(200, { ETag: "/ambry-video/signedId/abc" }).end();
    };
    const counted: number[] = [];
    const result = await putUpload(config, {
      url,
      body: body(100_000),
      contentLength: 100_000,
      accessToken: "AQtoken",
      mediaUrn: "urn:li:video:C5F10AQx",
      onBytes: (n) => counted.push(n),
    });
    expect(result).toEqual({ status: 200, etag: "/ambry-video/signedId/abc" });
    expect(counted.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(seen).toMatchObject({
      size: 100_000,
      headers: {
        "content-length": "100000",
        "content-type": "application/octet-stream",
        authorization: "Bearer AQtoken",
      },
    });
    const headers = (seen as { headers: IncomingMessage["headers"] } | null)?.headers ?? {};
    expect(headers["linkedin-version"]).toBeUndefined();
    expect(headers["x-restli-protocol-version"]).toBeUndefined();
  });

  it.each<[string, number, unknown, new (...args: never[]) => Error, Record<string, unknown>]>([
    [
      "expired URL",
      403,
      { status: 403, message: "Upload URL expired at 2026-01-01" },
      LinkedInUploadExpiredError,
      { retryable: true },
    ],
    [
      "revoked token",
      401,
      { status: 401, serviceErrorCode: 65601, code: "REVOKED_ACCESS_TOKEN", message: "revoked" },
      LinkedInTokenError,
      { reason: "revoked" },
    ],
    ["server error", 502, "<html>Bad gateway</html>", LinkedInTransientError, { failure: "server" }],
  ])("%s → typed error without the signed query", async (_name, status, reply, type, fields) => {
    handler = (_req, _body, res) => {
      res
        .writeHead(status, { "Content-Type": "application/json" })
        .end(typeof reply === "string" ? reply : JSON.stringify(reply));
    };
    const error = await putUpload(config, {
      url,
      body: body(10),
      contentLength: 10,
      mediaUrn: "urn:li:video:C5F10AQx",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ ...fields, endpoint: "PUT /dms-uploads/C5F10AQx/uploadedVideo/0" });
    expect(String((error as Error).message)).not.toContain("secret");
  });

  it("a stalled connection times out as a transient failure", async () => {
    handler = () => undefined; // never answers
    const error = await putUpload(config, {
      url,
      body: body(10),
      contentLength: 10,
      mediaUrn: "urn:li:video:C5F10AQx",
      stallTimeoutMs: 100,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkedInTransientError);
    expect(error).toMatchObject({ failure: "timeout" });
  });
});
