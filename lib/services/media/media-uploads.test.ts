// Resumable uploads into Cadence's storage on a real database: limits before any byte, chunks that
// must start at the stored offset, LinkedIn's rules on completion, dedupe by sha256, isolation.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { MediaRejectedError, UploadOffsetError } from "@/lib/media/media-errors";
import { storagePath } from "@/lib/media/storage";
import { MAX_CHUNK_BYTES, type UploadKind } from "@/lib/schemas/media";
import { appendUploadChunk } from "@/lib/services/media/append-upload-chunk";
import { cancelUpload } from "@/lib/services/media/cancel-upload";
import { completeUpload } from "@/lib/services/media/complete-upload";
import { createUploadSession } from "@/lib/services/media/create-upload-session";
import { getMediaFile } from "@/lib/services/media/get-media-file";
import { getUploadSession } from "@/lib/services/media/get-upload-session";
import { listMedia } from "@/lib/services/media/list-media";
import { sweepExpiredUploads } from "@/lib/services/media/sweep-expired-uploads";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { makeGif, makeJpeg, makeMp4, makePdf, makePng, makeSrt, makeUnsupported } from "@/sandbox/fixtures";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
type Owner = { workspaceId: string; userId: string };
let alice: Owner;
let bob: Owner;

beforeAll(async () => {
  const a = await createUser({ name: "Alice", email: "alice@example.com", password: "alice-password" });
  const b = await createUser({ name: "Bob", email: "bob@example.com", password: "bob-password" });
  alice = { userId: a.user.id, workspaceId: a.workspace.id };
  bob = { userId: b.user.id, workspaceId: b.workspace.id };
});

afterEach(() => setClockOffset(0));

/** A request body arriving in pieces of up to 1,000 bytes, as a socket delivers it. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 1000) controller.enqueue(bytes.slice(at, at + 1000));
      controller.close();
    },
  });
}

/** A request body that sends `bytes` and then the connection drops. */
function droppedAfter(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.error(new Error("socket hang up"));
    },
  });
}

async function start(owner: Owner, bytes: Uint8Array, kind?: UploadKind, name = "file.bin") {
  return createUploadSession({ ...owner, name, size: bytes.length, kind });
}

/** Sends `bytes` (or only the first `upTo` of them) in 64 KiB chunks. */
async function send(owner: Owner, sessionId: string, bytes: Uint8Array, upTo = bytes.length) {
  const chunkSize = 64 * 1024;
  for (let offset = 0; offset < upTo; offset += chunkSize) {
    const end = Math.min(offset + chunkSize, upTo);
    await appendUploadChunk({
      ...owner,
      sessionId,
      start: offset,
      end,
      total: bytes.length,
      body: streamOf(bytes.subarray(offset, end)),
    });
  }
}

async function upload(owner: Owner, bytes: Uint8Array, kind?: UploadKind, name = "file.bin") {
  const session = await start(owner, bytes, kind, name);
  await send(owner, session.id, bytes);
  return { session, result: await completeUpload({ ...owner, sessionId: session.id }) };
}

async function tempKeyOf(sessionId: string) {
  return (await prisma().mediaUploadSession.findUniqueOrThrow({ where: { id: sessionId } })).tempKey;
}

const exists = (key: string) =>
  stat(storagePath(key)).then(
    () => true,
    () => false,
  );

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("starting an upload", () => {
  it("opens a session at offset 0 with an empty partial file", async () => {
    const session = await createUploadSession({
      ...alice,
      name: "clip.mp4",
      size: 2_000_000,
      kind: "video",
      type: "video/mp4",
    });
    expect(session).toMatchObject({
      fileName: "clip.mp4",
      kind: "video",
      size: 2_000_000,
      offset: 0,
      status: "UPLOADING",
    });
    expect(session.maxChunkBytes).toBe(MAX_CHUNK_BYTES);
    expect((await stat(storagePath(await tempKeyOf(session.id)))).size).toBe(0);
    expect(await getUploadSession({ ...alice, sessionId: session.id })).toMatchObject({ offset: 0 });
  });

  it.each([
    [
      "video",
      50 * 1024,
      "Video is 51,200 bytes (50.0 KiB); LinkedIn requires at least 76,800 bytes (75.0 KiB).",
    ],
    [
      "video",
      600 * 1024 * 1024,
      "Video is 629,145,600 bytes (600.0 MiB); LinkedIn accepts at most 524,288,000 bytes (500.0 MiB).",
    ],
    [
      "document",
      101 * 1024 * 1024,
      "Document is 105,906,176 bytes (101.0 MiB); LinkedIn accepts at most 104,857,600 bytes (100.0 MiB).",
    ],
    [
      "image",
      101 * 1024 * 1024,
      "Image is 105,906,176 bytes (101.0 MiB); Cadence accepts images up to 104,857,600 bytes (100.0 MiB).",
    ],
    [
      undefined,
      501 * 1024 * 1024,
      "File is 525,336,576 bytes (501.0 MiB); the largest file LinkedIn accepts is a video of 524,288,000 bytes (500.0 MiB).",
    ],
  ] as const)("refuses a declared %s of %i bytes before any byte is sent", async (kind, size, message) => {
    const before = await prisma().mediaUploadSession.count();
    const attempt = createUploadSession({ ...alice, name: "big", size, kind });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: "VALIDATION",
      message,
      fieldErrors: { size: [message] },
    });
    expect(await prisma().mediaUploadSession.count()).toBe(before);
  });
});

describe("appending chunks", () => {
  const bytes = makePng({ width: 800, height: 600, pixel: (x, y) => [x % 256, y % 256, (x * y) % 256] });

  it("advances the offset chunk by chunk and answers a wrong offset with 409 and the current offset", async () => {
    const session = await start(alice, bytes, "image");
    await appendUploadChunk({
      ...alice,
      sessionId: session.id,
      start: 0,
      end: 1000,
      total: bytes.length,
      body: streamOf(bytes.subarray(0, 1000)),
    });

    for (const wrong of [0, 500, 2000]) {
      const attempt = appendUploadChunk({
        ...alice,
        sessionId: session.id,
        start: wrong,
        end: wrong + 10,
        total: bytes.length,
        body: streamOf(bytes.subarray(wrong, wrong + 10)),
      });
      await expect(attempt).rejects.toBeInstanceOf(UploadOffsetError);
      await expect(attempt).rejects.toMatchObject({ status: 409, offset: 1000 });
    }
    const next = await appendUploadChunk({
      ...alice,
      sessionId: session.id,
      start: 1000,
      end: 3000,
      total: bytes.length,
      body: streamOf(bytes.subarray(1000, 3000)),
    });
    expect(next.offset).toBe(3000);
    expect(await getUploadSession({ ...alice, sessionId: session.id })).toMatchObject({ offset: 3000 });
  });

  it("keeps the offset when the connection drops mid-chunk, and the resumed upload is byte-exact", async () => {
    const session = await start(alice, bytes, "image", "dropped.png");
    await appendUploadChunk({
      ...alice,
      sessionId: session.id,
      start: 0,
      end: 4096,
      total: bytes.length,
      body: streamOf(bytes.subarray(0, 4096)),
    });
    const dropped = appendUploadChunk({
      ...alice,
      sessionId: session.id,
      start: 4096,
      end: bytes.length,
      total: bytes.length,
      body: droppedAfter(bytes.subarray(4096, 6000)),
    });
    await expect(dropped).rejects.toThrow("socket hang up");
    expect(await getUploadSession({ ...alice, sessionId: session.id })).toMatchObject({ offset: 4096 });
    expect((await stat(storagePath(await tempKeyOf(session.id)))).size).toBe(4096);

    // The retry is not blocked by the dropped request's claim, and resumes at 4096.
    await appendUploadChunk({
      ...alice,
      sessionId: session.id,
      start: 4096,
      end: bytes.length,
      total: bytes.length,
      body: streamOf(bytes.subarray(4096)),
    });
    const { asset } = await completeUpload({ ...alice, sessionId: session.id });
    expect(asset.sha256).toBe(sha256(bytes));
    expect(
      await readFile(
        storagePath((await getMediaFile({ workspaceId: alice.workspaceId, assetId: asset.id })).storageKey),
      ),
    ).toEqual(Buffer.from(bytes));
  });

  it("answers 409 to a second writer while a chunk is still arriving", async () => {
    const session = await start(alice, bytes, "image");
    let finish!: () => void;
    const slow = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 100));
        finish = () => {
          controller.enqueue(bytes.subarray(100, 200));
          controller.close();
        };
      },
    });
    const first = appendUploadChunk({
      ...alice,
      sessionId: session.id,
      start: 0,
      end: 200,
      total: bytes.length,
      body: slow,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = appendUploadChunk({
      ...alice,
      sessionId: session.id,
      start: 0,
      end: 200,
      total: bytes.length,
      body: streamOf(bytes.subarray(0, 200)),
    });
    await expect(second).rejects.toMatchObject({
      status: 409,
      offset: 0,
      message: expect.stringContaining("being saved"),
    });
    finish();
    expect((await first).offset).toBe(200);
  });

  it("refuses chunks that lie about their length, the file size, or exceed 8 MiB", async () => {
    const session = await start(alice, bytes, "image");
    const base = { ...alice, sessionId: session.id, start: 0, total: bytes.length };
    await expect(
      appendUploadChunk({ ...base, end: 100, body: streamOf(bytes.subarray(0, 150)) }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("longer than its Content-Range"),
    });
    await expect(
      appendUploadChunk({ ...base, end: 100, body: streamOf(bytes.subarray(0, 50)) }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("ended after 50 of the 100 bytes"),
    });
    await expect(
      appendUploadChunk({
        ...base,
        end: 100,
        total: bytes.length + 1,
        body: streamOf(bytes.subarray(0, 100)),
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      appendUploadChunk({ ...base, end: MAX_CHUNK_BYTES + 1, body: streamOf(new Uint8Array(1)) }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("at most 8388608 bytes"),
    });
    // Nothing of the refused chunks stayed.
    expect(await getUploadSession({ ...alice, sessionId: session.id })).toMatchObject({ offset: 0 });
    expect((await stat(storagePath(await tempKeyOf(session.id)))).size).toBe(0);
  });

  it("does not let another user or workspace touch a session", async () => {
    const session = await start(alice, bytes, "image");
    await expect(getUploadSession({ ...bob, sessionId: session.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      appendUploadChunk({
        ...bob,
        sessionId: session.id,
        start: 0,
        end: 10,
        total: bytes.length,
        body: streamOf(bytes.subarray(0, 10)),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(completeUpload({ ...bob, sessionId: session.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await cancelUpload({ ...bob, sessionId: session.id })).toEqual({ cancelled: false });
    expect(await getUploadSession({ ...alice, sessionId: session.id })).toMatchObject({
      status: "UPLOADING",
    });
  });
});

describe("completing an upload", () => {
  it("turns a PNG into an image asset named by its sha256, and removes the partial file", async () => {
    const bytes = makePng({ width: 640, height: 480 });
    const { session, result } = await upload(alice, bytes, "image", "photo.png");
    expect(result.deduplicated).toBe(false);
    expect(result.asset).toMatchObject({
      kind: "IMAGE",
      fileName: "photo.png",
      mimeType: "image/png",
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      width: 640,
      height: 480,
      durationMs: null,
      pageCount: null,
      url: `/api/media/${result.asset.id}/file`,
    });
    const row = await prisma().mediaAsset.findUniqueOrThrow({ where: { id: result.asset.id } });
    expect(row.storageKey).toBe(`assets/${alice.workspaceId}/${sha256(bytes)}`);
    expect(await exists(row.storageKey)).toBe(true);
    expect(await exists(await tempKeyOf(session.id))).toBe(false);
    expect(await getUploadSession({ ...alice, sessionId: session.id })).toMatchObject({
      status: "COMPLETED",
      assetId: result.asset.id,
    });
    // Completing again (the first answer was lost) gives the same asset.
    expect((await completeUpload({ ...alice, sessionId: session.id })).asset.id).toBe(result.asset.id);
  });

  it.each([
    [
      "a 10 s MP4",
      "video",
      () => makeMp4({ durationSeconds: 10, sizeBytes: 200_000, width: 1280, height: 720 }),
      { kind: "VIDEO", mimeType: "video/mp4", durationMs: 10_000, width: 1280, height: 720 },
    ],
    [
      "a portrait phone MP4",
      "video",
      () =>
        makeMp4({ durationSeconds: 4, sizeBytes: 100_000, width: 1920, height: 1080, rotationDegrees: 90 }),
      { kind: "VIDEO", width: 1080, height: 1920 },
    ],
    [
      "a 12-page PDF",
      "document",
      () => makePdf({ pages: 12 }),
      { kind: "DOCUMENT", mimeType: "application/pdf", pageCount: 12 },
    ],
    [
      "SRT captions",
      "captions",
      () => makeSrt({ cues: 4 }),
      { kind: "CAPTIONS", mimeType: "application/x-subrip" },
    ],
    [
      "a JPEG thumbnail",
      "thumbnail",
      () => makeJpeg({ width: 320, height: 180 }),
      { kind: "IMAGE", mimeType: "image/jpeg", width: 320, height: 180 },
    ],
    [
      "a GIF without a hint",
      undefined,
      () => makeGif({ width: 20, height: 10, frames: 3 }),
      { kind: "IMAGE", mimeType: "image/gif", width: 20, height: 10 },
    ],
    ["a PDF without a hint", undefined, () => makePdf({ pages: 2 }), { kind: "DOCUMENT", pageCount: 2 }],
  ] as const)("accepts %s", async (_label, kind, make, expected) => {
    const { result } = await upload(alice, make(), kind);
    expect(result.asset).toMatchObject(expected);
  });

  it.each([
    [
      "a 2 s video",
      "video",
      () => makeMp4({ durationSeconds: 2, sizeBytes: 100_000 }),
      "Video is 2.000 s long; LinkedIn requires at least 3 seconds.",
    ],
    [
      "a 31 min video",
      "video",
      () => makeMp4({ durationSeconds: 31 * 60, sizeBytes: 100_000 }),
      "Video is 1860.000 s long; LinkedIn accepts at most 30 minutes.",
    ],
    [
      "a 60 MP image",
      "image",
      () => makePng({ width: 10_000, height: 6_000 }),
      "Image is 10,000 × 6,000 = 60,000,000 pixels; LinkedIn accepts fewer than 36,152,320 pixels.",
    ],
    [
      "a 251-frame GIF",
      "image",
      () => makeGif({ frames: 251 }),
      "GIF has 251 frames; LinkedIn accepts at most 250.",
    ],
    [
      "a 301-page PDF",
      "document",
      () => makePdf({ pages: 301 }),
      "Document has 301 pages; LinkedIn accepts at most 300.",
    ],
    [
      "a WebP image",
      "image",
      () => makeUnsupported("webp"),
      "Unsupported image format: WebP image. Accepted formats: JPG, PNG, GIF.",
    ],
    [
      "a PDF named as an image",
      "image",
      () => makePdf({ pages: 1 }),
      "Unsupported image format: PDF document. Accepted formats: JPG, PNG, GIF.",
    ],
    [
      "a GIF as a video thumbnail",
      "thumbnail",
      () => makeGif(),
      "Unsupported image format: GIF image. Accepted formats: JPG, PNG.",
    ],
    ["a QuickTime movie", "video", () => makeUnsupported("mov"), undefined],
    [
      "broken SRT",
      "captions",
      () => Buffer.from("1\n00:00:01 --> 00:00:02\nHello\n"),
      'Captions are not valid SRT: expected "HH:MM:SS,mmm --> HH:MM:SS,mmm" at line 2.',
    ],
    [
      "an MP3 without a hint",
      undefined,
      () => Buffer.concat([Buffer.from("ID3"), Buffer.alloc(2000, 1)]),
      undefined,
    ],
  ] as const)("refuses %s with 422, leaving no asset and no file", async (_label, kind, make, message) => {
    const bytes = make();
    const assetsBefore = await prisma().mediaAsset.count({ where: { workspaceId: alice.workspaceId } });
    const session = await start(alice, bytes, kind);
    await send(alice, session.id, bytes);
    const attempt = completeUpload({ ...alice, sessionId: session.id });
    await expect(attempt).rejects.toBeInstanceOf(MediaRejectedError);
    const error = (await attempt.catch((e: unknown) => e)) as MediaRejectedError;
    expect(error.status).toBe(422);
    if (message) expect(error.message).toBe(message);
    expect(error.message.length).toBeGreaterThan(10);
    expect(await prisma().mediaAsset.count({ where: { workspaceId: alice.workspaceId } })).toBe(assetsBefore);
    expect(await exists(await tempKeyOf(session.id))).toBe(false);
    expect(await exists(`assets/${alice.workspaceId}/${sha256(bytes)}`)).toBe(false);
    expect(await getUploadSession({ ...alice, sessionId: session.id })).toMatchObject({
      status: "FAILED",
      error: error.message,
    });
  });

  it("refuses to complete before every byte arrived, with the offset to resume from", async () => {
    const bytes = makeJpeg({ width: 64, height: 64 });
    const session = await start(alice, bytes, "image");
    await send(alice, session.id, bytes, 100);
    await expect(completeUpload({ ...alice, sessionId: session.id })).rejects.toMatchObject({
      status: 409,
      offset: 100,
      message: `Only 100 of ${bytes.length} bytes have arrived. Send the rest before completing.`,
    });
  });

  it("stores the same bytes once per workspace and gives back the first asset", async () => {
    const bytes = makeJpeg({ width: 100, height: 50, color: [10, 200, 30] });
    const first = await upload(alice, bytes, "image", "first.jpg");
    const second = await upload(alice, bytes, "image", "again.jpg");
    expect(second.result).toMatchObject({
      deduplicated: true,
      asset: { id: first.result.asset.id, fileName: "first.jpg" },
    });
    expect(
      await prisma().mediaAsset.count({ where: { workspaceId: alice.workspaceId, sha256: sha256(bytes) } }),
    ).toBe(1);
    expect(await exists(await tempKeyOf(second.session.id))).toBe(false);

    // Another workspace gets its own copy.
    const other = await upload(bob, bytes, "image", "bob.jpg");
    expect(other.result.deduplicated).toBe(false);
    expect(other.result.asset.id).not.toBe(first.result.asset.id);
  });
});

describe("the media library", () => {
  it("lists the workspace's assets newest first, by kind, in pages, and serves files only within the workspace", async () => {
    const carol = await createUser({ name: "Carol", email: "carol@example.com", password: "carol-password" });
    const owner = { userId: carol.user.id, workspaceId: carol.workspace.id };
    const image1 = (await upload(owner, makePng({ width: 10, height: 10 }), "image", "a.png")).result.asset;
    const pdf = (await upload(owner, makePdf({ pages: 3 }), "document", "deck.pdf")).result.asset;
    const image2 = (await upload(owner, makePng({ width: 11, height: 10 }), "image", "b.png")).result.asset;

    const all = await listMedia({ workspaceId: owner.workspaceId });
    expect(all.items.map((item) => item.id)).toEqual([image2.id, pdf.id, image1.id]);
    expect(all.nextCursor).toBeNull();
    const images = await listMedia({ workspaceId: owner.workspaceId, kind: "IMAGE" });
    expect(images.items.map((item) => item.fileName)).toEqual(["b.png", "a.png"]);

    const page1 = await listMedia({ workspaceId: owner.workspaceId, limit: 2 });
    expect(page1.items.map((item) => item.id)).toEqual([image2.id, pdf.id]);
    const page2 = await listMedia({
      workspaceId: owner.workspaceId,
      limit: 2,
      cursor: page1.nextCursor ?? undefined,
    });
    expect(page2).toEqual({ items: [expect.objectContaining({ id: image1.id })], nextCursor: null });

    expect((await listMedia({ workspaceId: bob.workspaceId })).items.map((item) => item.id)).not.toContain(
      pdf.id,
    );
    expect(await getMediaFile({ workspaceId: owner.workspaceId, assetId: pdf.id })).toMatchObject({
      mimeType: "application/pdf",
      fileName: "deck.pdf",
    });
    await expect(getMediaFile({ workspaceId: bob.workspaceId, assetId: pdf.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("abandoned and cancelled uploads", () => {
  it("sweeps sessions a day after their last chunk, with their partial files", async () => {
    const bytes = makePng({ width: 30, height: 30 });
    const stale = await start(alice, bytes, "image");
    await send(alice, stale.id, bytes, 50);
    const staleKey = await tempKeyOf(stale.id);

    setClockOffset(25 * 60 * 60_000);
    await expect(getUploadSession({ ...alice, sessionId: stale.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Creating any session sweeps the expired ones.
    const fresh = await start(bob, bytes, "image");
    expect(await prisma().mediaUploadSession.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await exists(staleKey)).toBe(false);
    expect(await prisma().mediaUploadSession.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(await sweepExpiredUploads()).toBe(0);
  });

  it("cancels an upload and drops its partial file", async () => {
    const bytes = makePng({ width: 31, height: 30 });
    const session = await start(alice, bytes, "image");
    await send(alice, session.id, bytes, 50);
    const key = await tempKeyOf(session.id);
    expect(await cancelUpload({ ...alice, sessionId: session.id })).toEqual({ cancelled: true });
    expect(await exists(key)).toBe(false);
    await expect(getUploadSession({ ...alice, sessionId: session.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
