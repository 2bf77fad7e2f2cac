// Contract tests for the Videos API (doc §9, §11): 4 MiB parts with exact byte ranges, ETags,
// finalize, captions and thumbnail, processing from the file's own header boxes.
import { describe, expect, it } from "vitest";
import { makeMp4, makePng, makeSrt, makeUnsupported } from "../fixtures";
import {
  ALEX_URN,
  finalizeVideo,
  fullToken,
  initializeVideo,
  LUMEN,
  mediaStatus,
  NORTHWIND,
  put,
  restPost,
  uploadVideo,
  uploadVideoParts,
} from "../testing/linkedin-test-helpers";
import { advanceClock, DAY_MS, postJson, setupTestSandbox, TEST_NOW } from "../testing/sandbox-test-kit";

const t = setupTestSandbox();
const small = () => makeMp4({ durationSeconds: 5, sizeBytes: 200_000 });

describe("a 10 MB video in 3 parts", () => {
  it("gets exact byte ranges and one URL per part, ETags per part, and ends AVAILABLE", async () => {
    const token = await fullToken(t.url);
    const bytes = makeMp4({ durationSeconds: 12, sizeBytes: 10_000_000, width: 1920, height: 1080 });
    const init = await initializeVideo(t.url, token, NORTHWIND, bytes.length);
    expect(init.urn).toMatch(/^urn:li:video:C5F10AQ/);
    expect(init.value.uploadUrlsExpireAt).toBe(TEST_NOW + 30 * DAY_MS);
    expect(init.value).not.toHaveProperty("uploadUrlExpiresAt");
    expect(init.value).not.toHaveProperty("captionsUploadUrl");
    expect(init.value).not.toHaveProperty("thumbnailUploadUrl");
    expect(init.uploadToken).not.toBe("");
    expect(init.instructions.map(({ firstByte, lastByte }) => [firstByte, lastByte])).toEqual([
      [0, 4_194_303],
      [4_194_304, 8_388_607],
      [8_388_608, 9_999_999],
    ]);
    expect(new Set(init.instructions.map((i) => i.uploadUrl)).size).toBe(3);

    const etags = await uploadVideoParts(init, bytes);
    expect(new Set(etags).size).toBe(3);
    etags.forEach((etag) => expect(etag).toMatch(/^\/ambry-video\/signedId\/\S+$/));
    expect((await mediaStatus(t.url, token, init.urn)).body.status).toBe("WAITING_UPLOAD");

    const finalized = await finalizeVideo(t.url, token, init, etags);
    expect(finalized.status).toBe(200);
    expect(await finalized.text()).toBe("");
    expect((await mediaStatus(t.url, token, init.urn)).body.status).toBe("PROCESSING");
    await advanceClock(t.url, { advanceMs: 5000 });
    const { body } = await mediaStatus(t.url, token, init.urn);
    expect(body).toMatchObject({
      owner: NORTHWIND,
      status: "AVAILABLE",
      id: init.urn,
      duration: 12_000,
      aspectRatioWidth: 1920,
      aspectRatioHeight: 1080,
    });
    const download = await fetch(String(body.downloadUrl));
    expect(download.headers.get("content-type")).toBe("video/mp4");
    expect(download.headers.get("content-length")).toBe("10000000");
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("a single-part video gets one instruction and an empty uploadToken", async () => {
    const token = await fullToken(t.url);
    const bytes = small();
    const init = await initializeVideo(t.url, token, ALEX_URN, bytes.length);
    expect(init.uploadToken).toBe("");
    expect(init.instructions).toEqual([
      { uploadUrl: expect.any(String), firstByte: 0, lastByte: bytes.length - 1 },
    ]);
  });
});

describe("streamed part bodies", () => {
  it("accepts a part sent with chunked transfer encoding (no Content-Length)", async () => {
    const token = await fullToken(t.url);
    const bytes = makeMp4({ durationSeconds: 6, sizeBytes: 5_000_000 });
    const init = await initializeVideo(t.url, token, ALEX_URN, bytes.length);
    const etags: string[] = [];
    for (const { uploadUrl, firstByte, lastByte } of init.instructions) {
      const part = bytes.subarray(firstByte, lastByte + 1);
      let offset = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= part.length) return controller.close();
          controller.enqueue(new Uint8Array(part.subarray(offset, offset + 65_536)));
          offset += 65_536;
        },
      });
      const res = await fetch(uploadUrl, { method: "PUT", body, duplex: "half" } as RequestInit);
      expect(res.status).toBe(200);
      etags.push(res.headers.get("etag") as string);
    }
    expect((await finalizeVideo(t.url, token, init, etags)).status).toBe(200);
    await advanceClock(t.url, { advanceMs: 60_000 });
    expect((await mediaStatus(t.url, token, init.urn)).body).toMatchObject({
      status: "AVAILABLE",
      duration: 6000,
    });
  });
});

describe("finalizeUpload errors", () => {
  it("rejects a wrong ETag list, missing parts and a wrong uploadToken; accepts the right list afterwards", async () => {
    const token = await fullToken(t.url);
    const bytes = makeMp4({ durationSeconds: 5, sizeBytes: 9_000_000 });
    const init = await initializeVideo(t.url, token, ALEX_URN, bytes.length);

    const first = await put(init.instructions[0]!.uploadUrl, bytes.subarray(0, 4_194_304));
    const missing = await finalizeVideo(t.url, token, init, [first.headers.get("etag") as string]);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { message: string }).message).toContain("have not been uploaded");

    const etags = await uploadVideoParts(init, bytes);
    for (const wrong of [[...etags].reverse(), etags.slice(0, 2), [...etags, etags[0]!], ["a", "b", "c"]]) {
      const res = await finalizeVideo(t.url, token, init, wrong);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        status: 400,
        code: "ILLEGAL_ARGUMENT",
        message: `Invalid value for field "finalizeUploadRequest.uploadedPartIds": expected the ETags of all 3 uploaded part(s) of ${init.urn} in upload-instruction order`,
      });
    }
    const badToken = await finalizeVideo(t.url, token, { ...init, uploadToken: "other" }, etags);
    expect(badToken.status).toBe(400);
    expect((await mediaStatus(t.url, token, init.urn)).body.status).toBe("WAITING_UPLOAD");

    expect((await finalizeVideo(t.url, token, init, etags)).status).toBe(200);
    expect((await finalizeVideo(t.url, token, init, etags)).status).toBe(400);
    expect((await put(init.instructions[0]!.uploadUrl, bytes.subarray(0, 4_194_304))).status).toBe(400);
  });

  it("a part with the wrong number of bytes is refused", async () => {
    const token = await fullToken(t.url);
    const bytes = makeMp4({ durationSeconds: 5, sizeBytes: 5_000_000 });
    const init = await initializeVideo(t.url, token, ALEX_URN, bytes.length);
    const res = await put(init.instructions[1]!.uploadUrl, bytes.subarray(4_194_304, 4_194_400));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain(
      "must be exactly 805696 bytes (bytes 4194304-4999999)",
    );
  });
});

describe("processing verdicts", () => {
  it.each([
    [
      "too short (2 s)",
      () => makeMp4({ durationSeconds: 2, sizeBytes: 100_000 }),
      "LinkedIn requires at least 3 seconds",
    ],
    [
      "too small (60 KB)",
      () => makeMp4({ durationSeconds: 10, sizeBytes: 60_000 }),
      "LinkedIn requires at least 76,800 bytes",
    ],
    [
      "not MP4 (WebM)",
      () => Buffer.concat([makeUnsupported("webm"), Buffer.alloc(80_000)]),
      "LinkedIn accepts MP4 only",
    ],
    [
      "audio only",
      () => makeMp4({ durationSeconds: 10, sizeBytes: 100_000, handler: "soun" }),
      "no video track",
    ],
  ])("%s → PROCESSING_FAILED with the reason", async (_name, bytes, reason) => {
    const token = await fullToken(t.url);
    const urn = await uploadVideo(t.url, token, ALEX_URN, bytes());
    const { body } = await mediaStatus(t.url, token, urn);
    expect(body.status).toBe("PROCESSING_FAILED");
    expect(String(body.processingFailureReason)).toContain(reason);
    expect(body.downloadUrl).toBeUndefined();
  });

  it("fileSizeBytes over 5 GB is refused at initializeUpload; over the 500 MB rule it fails processing", async () => {
    const token = await fullToken(t.url);
    const res = await restPost(t.url, "/rest/videos?action=initializeUpload", token, {
      initializeUploadRequest: { owner: ALEX_URN, fileSizeBytes: 6 * 1024 ** 3 },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain(
      "Maximum allowed Videos size is 5GB",
    );

    // A smaller configured limit stands in for 500 MB: the parts are counted, not stored.
    await postJson(`${t.url}/_sandbox/config`, { media: { maxBytes: { video: 150_000 } } });
    const urn = await uploadVideo(t.url, token, ALEX_URN, small());
    const { body } = await mediaStatus(t.url, token, urn);
    expect(body.status).toBe("PROCESSING_FAILED");
    expect(String(body.processingFailureReason)).toContain("LinkedIn accepts at most 150,000 bytes");
  });
});

describe("captions and thumbnail", () => {
  it("uploads both before finalize; GET shows the thumbnail and captions URLs", async () => {
    const token = await fullToken(t.url);
    const bytes = small();
    const init = await initializeVideo(t.url, token, NORTHWIND, bytes.length, {
      uploadCaptions: true,
      uploadThumbnail: true,
    });
    const captionsUrl = String(init.value.captionsUploadUrl);
    const thumbnailUrl = String(init.value.thumbnailUploadUrl);
    expect(captionsUrl).toContain("/uploadedCaptions/0?");
    expect(thumbnailUrl).toContain("/uploadedThumbnail/0?");
    const srt = makeSrt({ cues: 2 });
    const png = makePng({ width: 320, height: 180 });
    expect((await put(captionsUrl, srt)).status).toBe(201);
    expect((await put(thumbnailUrl, png)).status).toBe(201);
    expect((await finalizeVideo(t.url, token, init, await uploadVideoParts(init, bytes))).status).toBe(200);
    await advanceClock(t.url, { advanceMs: 60_000 });

    const { body } = await mediaStatus(t.url, token, init.urn);
    expect(body.status).toBe("AVAILABLE");
    const thumb = await fetch(String(body.thumbnail));
    expect(thumb.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await thumb.arrayBuffer())).toEqual(png);
    const [captions] = body.captions as { url: string; format: string }[];
    expect(captions?.format).toBe("SRT");
    expect(Buffer.from(await (await fetch(captions!.url)).arrayBuffer())).toEqual(srt);
  });

  it("an invalid thumbnail fails processing; a captions URL that was not requested is 404", async () => {
    const token = await fullToken(t.url);
    const bytes = small();
    const init = await initializeVideo(t.url, token, ALEX_URN, bytes.length, { uploadThumbnail: true });
    expect(init.value).not.toHaveProperty("captionsUploadUrl");
    expect(
      (
        await put(
          String(init.value.thumbnailUploadUrl).replace("uploadedThumbnail", "uploadedCaptions"),
          makeSrt(),
        )
      ).status,
    ).toBe(404);
    expect((await put(String(init.value.thumbnailUploadUrl), makeUnsupported("bmp"))).status).toBe(201);
    await finalizeVideo(t.url, token, init, await uploadVideoParts(init, bytes));
    await advanceClock(t.url, { advanceMs: 60_000 });
    const { body } = await mediaStatus(t.url, token, init.urn);
    expect(body.status).toBe("PROCESSING_FAILED");
    expect(String(body.processingFailureReason)).toMatch(/^Thumbnail: Unsupported image format: BMP image/);
  });
});

describe("permissions", () => {
  it("an analyst cannot upload a video for the Page (official 403 body)", async () => {
    const token = await fullToken(t.url);
    const res = await restPost(t.url, "/rest/videos?action=initializeUpload", token, {
      initializeUploadRequest: { owner: LUMEN, fileSizeBytes: 200_000 },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      message: "Accessing this video resource is forbidden. Please check your permissions for this resource",
      status: 403,
    });
  });

  it("another member cannot finalize or read the video", async () => {
    const alex = await fullToken(t.url);
    const bytes = small();
    const init = await initializeVideo(t.url, alex, ALEX_URN, bytes.length);
    const etags = await uploadVideoParts(init, bytes);
    const priya = await fullToken(t.url, "R2dNw7LxYc");
    expect((await finalizeVideo(t.url, priya, init, etags)).status).toBe(403);
    expect((await mediaStatus(t.url, priya, init.urn)).status).toBe(403);
    expect((await restPost(t.url, "/rest/videos", alex, {})).status).toBe(400);
  });
});
