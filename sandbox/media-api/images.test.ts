// Contract tests for the Images API (doc §8, §11) and the sandbox-hosted upload/download URLs.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeGif, makeJpeg, makePng, makeUnsupported } from "../fixtures";
import {
  ALEX_URN,
  enc,
  fullToken,
  getJson,
  initializeSingle,
  LUMEN,
  mediaStatus,
  NORTHWIND,
  PRIYA_URN,
  put,
  restPost,
  uploadSingle,
} from "../testing/linkedin-test-helpers";
import {
  advanceClock,
  DAY_MS,
  mintToken,
  postJson,
  setupTestSandbox,
  TEST_NOW,
} from "../testing/sandbox-test-kit";
import { startSandbox } from "../server";
import { blobStore } from "./blob-store";

const t = setupTestSandbox();

describe("initializeUpload → PUT → processing → AVAILABLE", () => {
  it("follows the status flow with LinkedIn's fields and serves the bytes", async () => {
    const token = await fullToken(t.url);
    const init = await initializeSingle(t.url, token, "images", NORTHWIND);
    expect(init.urn).toMatch(/^urn:li:image:C4E10AQ[A-Za-z0-9]{12}$/);
    expect(init.value).toEqual({
      uploadUrlExpiresAt: TEST_NOW + DAY_MS,
      uploadUrl: expect.stringMatching(new RegExp(`^${t.url}/dms-uploads/[A-Za-z0-9]+/uploaded-image/0\\?`)),
      image: init.urn,
    });

    expect((await mediaStatus(t.url, token, init.urn)).body).toEqual({
      owner: NORTHWIND,
      status: "WAITING_UPLOAD",
      id: init.urn,
      uploadUrl: init.uploadUrl,
      uploadUrlExpiresAt: TEST_NOW + DAY_MS,
    });

    const png = makePng({ width: 1200, height: 627 });
    // Upload URLs work with or without the bearer token (§8.2).
    const res = await put(init.uploadUrl, png, { Authorization: `Bearer ${token}` });
    expect(res.status).toBe(201);
    expect((await mediaStatus(t.url, token, init.urn)).body.status).toBe("PROCESSING");

    await advanceClock(t.url, { advanceMs: 1000 });
    const { body } = await mediaStatus(t.url, token, init.urn);
    expect(body).toMatchObject({
      owner: NORTHWIND,
      status: "AVAILABLE",
      id: init.urn,
      aspectRatioWidth: 1200,
      aspectRatioHeight: 627,
      uploadedAt: TEST_NOW,
      downloadUrlExpiresAt: TEST_NOW + 1000 + DAY_MS,
    });
    const download = await fetch(String(body.downloadUrl));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await download.arrayBuffer())).toEqual(png);

    // Download URLs expire on the sandbox clock and are signed.
    expect((await fetch(String(body.downloadUrl).replace(/t=[^&]+/, "t=forged"))).status).toBe(403);
    await advanceClock(t.url, { advanceMs: DAY_MS + 1 });
    expect((await fetch(String(body.downloadUrl))).status).toBe(403);
  });

  it("accepts JPEG and GIF, and answers batch gets with per-id errors", async () => {
    const token = await fullToken(t.url);
    const jpeg = await uploadSingle(t.url, token, "images", ALEX_URN, makeJpeg({ width: 64, height: 48 }));
    const gif = await uploadSingle(t.url, token, "images", ALEX_URN, makeGif({ frames: 3 }));
    const missing = "urn:li:image:C4E10AQMissingImage1";
    const { status, body } = await getJson<{
      results: Record<string, { status: string }>;
      statuses: Record<string, number>;
      errors: Record<string, { status: number }>;
    }>(t.url, `/rest/images?ids=List(${[jpeg, gif, missing].map(enc).join(",")})`, token);
    expect(status).toBe(200);
    expect(body.results[jpeg]?.status).toBe("AVAILABLE");
    expect(body.results[gif]?.status).toBe("AVAILABLE");
    expect(body.statuses).toEqual({ [jpeg]: 200, [gif]: 200, [missing]: 404 });
  });
});

describe("bytes that break a rule end in PROCESSING_FAILED", () => {
  it.each([
    [
      "an oversized-pixel PNG (7360 × 4912 = 36,152,320 pixels)",
      () => makePng({ width: 7360, height: 4912 }),
      "LinkedIn accepts fewer than 36,152,320 pixels",
    ],
    ["a GIF with 251 frames", () => makeGif({ frames: 251, width: 2, height: 2 }), "at most 250"],
    ["a WebP image", () => makeUnsupported("webp"), "Unsupported image format: WebP image"],
    ["an empty body", () => Buffer.alloc(0), "empty"],
  ])("%s", async (_name, bytes, reason) => {
    const token = await fullToken(t.url);
    const urn = await uploadSingle(t.url, token, "images", ALEX_URN, bytes());
    const { body } = await mediaStatus(t.url, token, urn);
    expect(body.status).toBe("PROCESSING_FAILED");
    expect(String(body.processingFailureReason)).toContain(reason);
    expect(body.downloadUrl).toBeUndefined();
  });

  it("an injected PROCESSING_FAILED fault fails a valid image with its reason", async () => {
    await postJson(`${t.url}/_sandbox/faults`, {
      kind: "PROCESSING_FAILED",
      match: "^urn:li:image:",
      times: 1,
      reason: "Transcoder unavailable",
    });
    const token = await fullToken(t.url);
    const urn = await uploadSingle(t.url, token, "images", ALEX_URN, makePng());
    expect((await mediaStatus(t.url, token, urn)).body).toMatchObject({
      status: "PROCESSING_FAILED",
      processingFailureReason: "Transcoder unavailable",
    });
    const next = await uploadSingle(t.url, token, "images", ALEX_URN, makePng());
    expect((await mediaStatus(t.url, token, next)).body.status).toBe("AVAILABLE");
  });

  it("uploads over media.maxBytes.image fail without being stored whole", async () => {
    await postJson(`${t.url}/_sandbox/config`, { media: { maxBytes: { image: 100 } } });
    const token = await fullToken(t.url);
    const urn = await uploadSingle(
      t.url,
      token,
      "images",
      ALEX_URN,
      makePng({ width: 300, height: 300, pixel: (x, y) => [x % 256, y % 256, 0] }),
    );
    const { body } = await mediaStatus(t.url, token, urn);
    expect(body.status).toBe("PROCESSING_FAILED");
    expect(String(body.processingFailureReason)).toContain("the sandbox accepts at most 100 bytes");
  });
});

describe("permissions", () => {
  it("owner checks answer the official 403 body; missing scopes answer ACCESS_DENIED", async () => {
    const token = await fullToken(t.url);
    const init = (owner: string, tk = token) =>
      restPost(t.url, "/rest/images?action=initializeUpload", tk, { initializeUploadRequest: { owner } });
    for (const owner of [LUMEN, PRIYA_URN]) {
      const res = await init(owner);
      expect(res.status).toBe(403);
      expect(await res.text()).toBe(
        '{"message":"Accessing this image resource is forbidden. Please check your permissions for this resource","status":403}',
      );
    }
    const memberOnly = (await mintToken(t.url, { scopes: ["w_member_social"] })).access_token;
    const res = await init(NORTHWIND, memberOnly);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      code: "ACCESS_DENIED",
      message: "Not enough permissions to access: images.ACTION-initializeUpload.20261101",
    });
    expect((await init("urn:li:company:1")).status).toBe(400);
    expect(
      (
        await restPost(t.url, "/rest/images?action=somethingElse", token, {
          initializeUploadRequest: { owner: ALEX_URN },
        })
      ).status,
    ).toBe(400);
  });

  it("reading another member's image is forbidden", async () => {
    const alex = await fullToken(t.url);
    const urn = await uploadSingle(t.url, alex, "images", ALEX_URN, makePng());
    const priya = await fullToken(t.url, "R2dNw7LxYc");
    const { status, body } = await mediaStatus(t.url, priya, urn);
    expect(status).toBe(403);
    expect(body).toEqual({
      message: "Accessing this image resource is forbidden. Please check your permissions for this resource",
      status: 403,
    });
  });

  it("memberTokenStatusReads: deny makes status reads fail for member-only tokens (§15.16 switch)", async () => {
    const memberOnly = (await mintToken(t.url, { scopes: ["w_member_social"] })).access_token;
    const urn = await uploadSingle(t.url, memberOnly, "images", ALEX_URN, makePng());
    expect((await mediaStatus(t.url, memberOnly, urn)).status).toBe(200);
    await postJson(`${t.url}/_sandbox/config`, { media: { memberTokenStatusReads: "deny" } });
    const denied = await mediaStatus(t.url, memberOnly, urn);
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ code: "ACCESS_DENIED" });
    expect((await mediaStatus(t.url, await fullToken(t.url), urn)).status).toBe(200);
  });
});

describe("snapshots", () => {
  it("with a media dir, uploaded bytes survive a restart next to the snapshot", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sandbox-media-"));
    try {
      const options = {
        port: 0,
        now: TEST_NOW,
        snapshotFile: path.join(dir, "state.json"),
        mediaDir: path.join(dir, "media"),
      };
      const first = await startSandbox(options);
      const token = await fullToken(first.url);
      const png = makePng({ width: 33, height: 22 });
      const urn = await uploadSingle(first.url, token, "images", ALEX_URN, png);
      await first.close();
      expect(existsSync(path.join(dir, "media"))).toBe(true);

      const second = await startSandbox(options);
      try {
        const { body } = await mediaStatus(second.url, token, urn);
        expect(body.status).toBe("AVAILABLE");
        const bytes = Buffer.from(await (await fetch(String(body.downloadUrl))).arrayBuffer());
        expect(bytes).toEqual(png);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("upload URLs", () => {
  it("reject a forged signature, a second upload and an expired URL", async () => {
    const token = await fullToken(t.url);
    const first = await initializeSingle(t.url, token, "images", ALEX_URN);
    expect((await put(first.uploadUrl.replace(/ut=[^&]+/, "ut=nope"), makePng())).status).toBe(403);
    expect((await put(first.uploadUrl, makePng())).status).toBe(201);
    const again = await put(first.uploadUrl, makePng());
    expect(again.status).toBe(400);
    expect(((await again.json()) as { message: string }).message).toContain("already complete");

    const late = await initializeSingle(t.url, token, "images", ALEX_URN);
    await advanceClock(t.url, { advanceMs: DAY_MS + 1 });
    const expired = await put(late.uploadUrl, makePng());
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { message: string }).message).toContain("expired");
    expect((await put(`${t.url}/dms-uploads/nothing/uploaded-image/0?ut=x`, makePng())).status).toBe(404);
  });

  it("bytes live in a temp folder that reset empties; state lists the media", async () => {
    const token = await fullToken(t.url);
    const urn = await uploadSingle(t.url, token, "images", ALEX_URN, makePng());
    const store = blobStore(t.sandbox.state);
    expect(store.persistent).toBe(false);
    expect(readdirSync(store.dir).length).toBeGreaterThan(0);
    const state = (await (await fetch(`${t.url}/_sandbox/state`)).json()) as {
      media: { id: string; status: string }[];
    };
    expect(state.media).toEqual([
      expect.objectContaining({ id: urn, status: "AVAILABLE", kind: "image", owner: ALEX_URN }),
    ]);
    await fetch(`${t.url}/_sandbox/reset`, { method: "POST" });
    expect(existsSync(store.dir)).toBe(true);
    expect(readdirSync(store.dir)).toEqual([]);
  });
});
