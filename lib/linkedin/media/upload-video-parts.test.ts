// The part scheduler with a fake transport: bounded concurrency, every part to its own URL with
// its own range, ETags kept in instruction order whatever the finishing order, retries, and a
// failing part stopping the rest.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLinkedInConfig } from "../config";
import { LinkedInTokenError, LinkedInTransientError } from "../errors/linkedin-errors";
import type { ClientUploadRequest, LinkedInClient } from "../http/linkedin-client";
import { ProgressTracker } from "./upload-progress";
import type { VideoUploadState } from "./upload-state";
import { uploadVideoParts } from "./upload-video-parts";

const PART = 1000;
function makeState(parts: number): VideoUploadState {
  return {
    version: 1,
    kind: "video",
    mediaUrn: "urn:li:video:v",
    owner: "urn:li:person:p",
    fileSizeBytes: parts * PART,
    uploadToken: "",
    expiresAt: Date.now() + 86_400_000,
    parts: Array.from({ length: parts }, (_, i) => ({
      uploadUrl: `https://upload.example/part/${i}`,
      firstByte: i * PART,
      lastByte: (i + 1) * PART - 1,
      etag: null,
    })),
    captions: null,
    thumbnail: null,
    finalized: false,
  };
}

async function drain(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function fakeClient(
  upload: (request: ClientUploadRequest) => Promise<{ status: number; etag: string | null }>,
) {
  const config = createLinkedInConfig({
    target: "sandbox",
    oauthBaseUrl: "http://x/oauth/v2",
    apiBaseUrl: "http://x",
    apiVersion: "202611",
    clientId: "c",
    clientSecret: "s",
    sleep: async () => undefined,
    random: () => 0.5,
  });
  const client: LinkedInClient = {
    config,
    grantedScopes: undefined,
    request: () => Promise.reject(new Error("no REST calls here")),
    upload,
  };
  return client;
}

const data = Buffer.from(Array.from({ length: 8 * PART }, (_, i) => i % 251));
const progress = (state: VideoUploadState) =>
  new ProgressTracker(
    {
      totalBytes: state.fileSizeBytes,
      acknowledgedBytes: 0,
      partsAcknowledged: 0,
      partCount: state.parts.length,
    },
    undefined,
  );

describe("uploadVideoParts", () => {
  it("keeps at most `concurrency` parts in flight and the ETags in instruction order", async () => {
    let inFlight = 0;
    let peak = 0;
    const received = new Map<string, Buffer>();
    const client = fakeClient(async (request) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      const bytes = await drain(request.body);
      expect(bytes.length).toBe(request.contentLength);
      received.set(request.url, bytes);
      // Later parts finish first.
      await new Promise((resolve) => setTimeout(resolve, 20 - Number(request.url.split("/").pop())));
      inFlight -= 1;
      return { status: 200, etag: `etag-${request.url.split("/").pop()}` };
    });
    const state = makeState(8);
    const acknowledged: number[] = [];
    const sent = await uploadVideoParts(client, {
      state,
      source: { data },
      concurrency: 3,
      progress: progress(state),
      onPartAcknowledged: (i) => acknowledged.push(i),
    });
    expect(sent).toBe(8);
    expect(peak).toBe(3);
    expect(state.parts.map((p) => p.etag)).toEqual(Array.from({ length: 8 }, (_, i) => `etag-${i}`));
    expect(acknowledged.sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const [i, part] of state.parts.entries()) {
      expect(received.get(part.uploadUrl)?.equals(data.subarray(i * PART, (i + 1) * PART))).toBe(true);
    }
  });

  it("sends only the parts without an ETag", async () => {
    const urls: string[] = [];
    const client = fakeClient(async (request) => {
      urls.push(request.url);
      await drain(request.body);
      return { status: 200, etag: "new" };
    });
    const state = makeState(4);
    state.parts[0]!.etag = "old0";
    state.parts[2]!.etag = "old2";
    await uploadVideoParts(client, {
      state,
      source: { data },
      progress: progress(state),
      onPartAcknowledged: () => undefined,
    });
    expect(urls.sort()).toEqual(["https://upload.example/part/1", "https://upload.example/part/3"]);
    expect(state.parts.map((p) => p.etag)).toEqual(["old0", "new", "old2", "new"]);
  });

  it("retries a transient failure of a part, then succeeds", async () => {
    let calls = 0;
    const client = fakeClient(async (request) => {
      await drain(request.body);
      calls += 1;
      if (request.url.endsWith("/1") && calls < 3)
        throw new LinkedInTransientError("network", { status: null });
      return { status: 200, etag: "e" };
    });
    const state = makeState(2);
    await uploadVideoParts(client, {
      state,
      source: { data },
      concurrency: 1,
      progress: progress(state),
      onPartAcknowledged: () => undefined,
    });
    expect(state.parts.every((p) => p.etag === "e")).toBe(true);
  });

  it("a part that keeps failing (or a token error) stops the upload and aborts the rest", async () => {
    const aborted: string[] = [];
    const client = fakeClient(
      (request) =>
        new Promise((resolve, reject) => {
          if (request.url.endsWith("/2")) {
            reject(new LinkedInTokenError("revoked", { status: 401 }));
            return;
          }
          request.signal?.addEventListener("abort", () => {
            aborted.push(request.url);
            reject(new DOMException("aborted", "AbortError"));
          });
          if (request.url.endsWith("/0") || request.url.endsWith("/1")) return; // hang until aborted
          resolve({ status: 200, etag: "e" });
        }),
    );
    const state = makeState(6);
    const error = await uploadVideoParts(client, {
      state,
      source: { data },
      concurrency: 3,
      progress: progress(state),
      onPartAcknowledged: () => undefined,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkedInTokenError);
    expect(aborted.sort()).toEqual(["https://upload.example/part/0", "https://upload.example/part/1"]);
    // Nothing after the failure was started.
    expect(state.parts.map((p) => p.etag)).toEqual([null, null, null, null, null, null]);
  });
});
