// The browser's chunk and retry logic against an in-memory server: dropped chunks resume from
// the server's offset (never from zero), refusals stop at once, cancel stops everything.
import { describe, expect, it } from "vitest";
import {
  fileKey,
  isRetryable,
  nextChunk,
  progressOf,
  retryDelayMs,
  runResumableUpload,
  type SessionMemory,
  UploadRequestError,
  type UploadState,
  type UploadTransport,
} from "@/lib/media/resumable-upload";
import { MAX_CHUNK_BYTES, type UploadSessionView } from "@/lib/schemas/media";
import { makeMp4, makePdf, makeUnsupported } from "@/sandbox/fixtures";

describe("pure pieces", () => {
  it.each([
    [0, 10_000, 4096, { start: 0, end: 4096 }],
    [8192, 10_000, 4096, { start: 8192, end: 10_000 }],
    [0, 100, 4096, { start: 0, end: 100 }],
    [0, 64 * 1024 * 1024, 32 * 1024 * 1024, { start: 0, end: MAX_CHUNK_BYTES }],
  ])("nextChunk(%i, %i, %i)", (offset, size, chunkSize, expected) => {
    expect(nextChunk(offset, size, chunkSize)).toEqual(expected);
  });

  it.each([
    [1, 0, 250],
    [1, 1, 500],
    [2, 1, 1000],
    [3, 1, 2000],
    [6, 1, 16_000],
    [7, 1, 20_000],
    [30, 1, 20_000],
    [30, 0, 10_000],
  ])("retryDelayMs(attempt %i, random %f) = %i", (attempt, random, expected) => {
    expect(retryDelayMs(attempt, () => random)).toBe(expected);
  });

  it.each([
    [0, true],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [404, false],
    [409, false],
    [422, false],
  ])("status %i retryable: %s", (status, expected) => {
    expect(isRetryable(new UploadRequestError("x", status))).toBe(expected);
  });

  it("measures progress between 0 and 1", () => {
    expect(progressOf(0, 0)).toBe(0);
    expect(progressOf(50, 200)).toBe(0.25);
    expect(progressOf(300, 200)).toBe(1);
  });
});

type Fault = "drop" | "http500" | "busy" | "wrong-offset-ahead";

/** An in-memory Cadence: the same offset rules as the real routes, with faults on demand. */
function fakeServer(
  options: { faults?: Partial<Record<number, Fault>>; completeError?: UploadRequestError } = {},
) {
  const sessions = new Map<string, UploadSessionView & { bytes: Uint8Array }>();
  const puts: { start: number; end: number; outcome: string }[] = [];
  let putCount = 0;
  let created = 0;
  let cancelled = 0;
  const view = (s: UploadSessionView & { bytes: Uint8Array }): UploadSessionView => {
    const { bytes: _bytes, ...rest } = s;
    return { ...rest };
  };
  const transport: UploadTransport = {
    async createSession(input) {
      const id = `s${++created}`;
      sessions.set(id, {
        id,
        fileName: input.name,
        kind: input.kind ?? null,
        size: input.size,
        offset: 0,
        status: "UPLOADING",
        error: null,
        assetId: null,
        expiresAt: new Date().toISOString(),
        maxChunkBytes: MAX_CHUNK_BYTES,
        bytes: new Uint8Array(input.size),
      });
      return view(sessions.get(id)!);
    },
    async getSession(id) {
      const s = sessions.get(id);
      if (!s) throw new UploadRequestError("This upload does not exist or has expired. Start it again.", 404);
      return view(s);
    },
    async putChunk({ id, start, end, body, onProgress }) {
      const s = sessions.get(id)!;
      const fault = options.faults?.[++putCount];
      const bytes = new Uint8Array(await body.arrayBuffer());
      if (fault === "drop") {
        onProgress?.(Math.floor(bytes.length / 2));
        puts.push({ start, end, outcome: "dropped" });
        throw new UploadRequestError("The connection to Cadence was interrupted.", 0);
      }
      if (fault === "http500") {
        puts.push({ start, end, outcome: "500" });
        throw new UploadRequestError("Something went wrong on our side.", 500);
      }
      if (fault === "busy") {
        puts.push({ start, end, outcome: "busy" });
        throw new UploadRequestError("Another part of this upload is being saved.", 409, s.offset);
      }
      if (fault === "wrong-offset-ahead") {
        // The previous chunk did arrive although its answer was lost: the server is ahead.
        s.bytes.set(bytes, start);
        s.offset = end;
        puts.push({ start, end, outcome: "stored, answer lost" });
        throw new UploadRequestError("The connection to Cadence was interrupted.", 0);
      }
      if (start !== s.offset) {
        puts.push({ start, end, outcome: "409" });
        throw new UploadRequestError(`The upload continues at byte ${s.offset}.`, 409, s.offset);
      }
      onProgress?.(bytes.length);
      s.bytes.set(bytes, start);
      s.offset = end;
      puts.push({ start, end, outcome: "ok" });
      return view(s);
    },
    async complete(id) {
      if (options.completeError) throw options.completeError;
      const s = sessions.get(id)!;
      s.status = "COMPLETED";
      s.assetId = "asset-1";
      return {
        deduplicated: false,
        asset: {
          id: "asset-1",
          kind: "VIDEO",
          fileName: s.fileName,
          mimeType: "video/mp4",
          sizeBytes: s.size,
          sha256: "x",
          width: null,
          height: null,
          durationMs: 10_000,
          pageCount: null,
          createdAt: new Date().toISOString(),
          url: "/api/media/asset-1/file",
        },
      };
    },
    async cancel(id) {
      cancelled++;
      sessions.delete(id);
    },
  };
  return { transport, sessions, puts, counts: () => ({ created, cancelled }) };
}

const video = makeMp4({ durationSeconds: 10, sizeBytes: 300_000 });
const videoFile = () => new File([new Uint8Array(video)], "clip.mp4", { type: "video/mp4", lastModified: 1 });
const noSleep = async () => {};

function memory(): SessionMemory & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: (k) => map.get(k),
    set: (k, v) => void map.set(k, v),
    delete: (k) => void map.delete(k),
  };
}

function recorder() {
  const states: UploadState[] = [];
  return { states, onChange: (state: UploadState) => states.push(state) };
}

describe("runResumableUpload", () => {
  it("sends the file in chunks with rising progress and ends with the asset", async () => {
    const server = fakeServer();
    const { states, onChange } = recorder();
    const final = await runResumableUpload({
      file: videoFile(),
      kind: "video",
      transport: server.transport,
      chunkSize: 64 * 1024,
      onChange,
      sleep: noSleep,
    });
    expect(final).toMatchObject({
      status: "done",
      progress: 1,
      bytesSent: 300_000,
      asset: { id: "asset-1" },
    });
    expect(server.puts.map((p) => [p.start, p.end])).toEqual([
      [0, 65_536],
      [65_536, 131_072],
      [131_072, 196_608],
      [196_608, 262_144],
      [262_144, 300_000],
    ]);
    const progress = states.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(states.map((s) => s.status)).toContain("completing");
    expect(Buffer.from(server.sessions.get("s1")!.bytes)).toEqual(video);
  });

  it("retries a dropped chunk with backoff and resumes from the server's offset, never from zero", async () => {
    const server = fakeServer({ faults: { 3: "drop", 4: "drop", 6: "http500" } });
    const delays: number[] = [];
    const { states, onChange } = recorder();
    const final = await runResumableUpload({
      file: videoFile(),
      kind: "video",
      transport: server.transport,
      chunkSize: 64 * 1024,
      onChange,
      sleep: async (ms) => void delays.push(ms),
      random: () => 1,
    });
    expect(final.status).toBe("done");
    expect(server.counts().created).toBe(1);
    expect(server.puts.filter((p) => p.start === 0)).toHaveLength(1);
    expect(server.puts.map((p) => `${p.start}:${p.outcome}`)).toEqual([
      "0:ok",
      "65536:ok",
      "131072:dropped",
      "131072:dropped",
      "131072:ok",
      "196608:500",
      "196608:ok",
      "262144:ok",
    ]);
    // Backoff grows with consecutive failures and starts over after a success.
    expect(delays).toEqual([500, 1000, 500]);
    expect(states.some((s) => s.status === "retrying" && s.attempt === 2)).toBe(true);
    expect(Buffer.from(server.sessions.get("s1")!.bytes)).toEqual(video);
  });

  it("skips ahead when the server already holds a chunk whose answer was lost", async () => {
    const server = fakeServer({ faults: { 2: "wrong-offset-ahead" } });
    const final = await runResumableUpload({
      file: videoFile(),
      kind: "video",
      transport: server.transport,
      chunkSize: 64 * 1024,
      sleep: noSleep,
    });
    expect(final.status).toBe("done");
    expect(server.puts.filter((p) => p.start === 65_536)).toHaveLength(1);
    expect(Buffer.from(server.sessions.get("s1")!.bytes)).toEqual(video);
  });

  it("waits and asks again when the server is still saving an earlier attempt (409 at the same offset)", async () => {
    const server = fakeServer({ faults: { 2: "busy" } });
    const delays: number[] = [];
    const final = await runResumableUpload({
      file: videoFile(),
      kind: "video",
      transport: server.transport,
      chunkSize: 64 * 1024,
      sleep: async (ms) => void delays.push(ms),
      random: () => 0,
    });
    expect(final.status).toBe("done");
    expect(delays).toEqual([250]);
  });

  it("gives up after the retry budget but keeps the session, and a new try continues where it stopped", async () => {
    const faults: Partial<Record<number, Fault>> = { 3: "drop", 4: "drop", 5: "drop" };
    const server = fakeServer({ faults });
    const remembered = memory();
    const first = await runResumableUpload({
      file: videoFile(),
      kind: "video",
      transport: server.transport,
      chunkSize: 64 * 1024,
      maxRetries: 2,
      memory: remembered,
      sleep: noSleep,
    });
    expect(first).toMatchObject({ status: "error", canRetry: true, bytesSent: 131_072 });
    expect(first.error).toMatch(
      /^The upload stopped after 2 retries \(The connection to Cadence was interrupted\)\. Check your connection/,
    );
    expect(remembered.map.get(fileKey(videoFile(), "video"))).toBe("s1");

    const second = await runResumableUpload({
      file: videoFile(),
      kind: "video",
      transport: server.transport,
      chunkSize: 64 * 1024,
      memory: remembered,
      sleep: noSleep,
    });
    expect(second.status).toBe("done");
    expect(server.counts().created).toBe(1);
    expect(server.puts.filter((p) => p.outcome === "ok").map((p) => p.start)).toEqual([
      0, 65_536, 131_072, 196_608, 262_144,
    ]);
    expect(remembered.map.size).toBe(0);
  });

  it("shows the server's refusal and does not retry it", async () => {
    const message = "Video is 2.000 s long; LinkedIn requires at least 3 seconds.";
    const server = fakeServer({ completeError: new UploadRequestError(message, 422) });
    const remembered = memory();
    const final = await runResumableUpload({
      file: videoFile(),
      kind: "video",
      transport: server.transport,
      chunkSize: 128 * 1024,
      memory: remembered,
      sleep: noSleep,
    });
    expect(final).toMatchObject({ status: "error", error: message, canRetry: false });
    expect(remembered.map.size).toBe(0);
  });

  it.each([
    [
      "a .mov on a video slot",
      new File([new Uint8Array(makeUnsupported("mov"))], "clip.mov"),
      "video",
      "Unsupported video format: QuickTime movie (.mov). LinkedIn accepts MP4 only.",
    ],
    [
      "a PDF on an image slot",
      new File([new Uint8Array(makePdf({ pages: 1 }))], "x.jpg"),
      "image",
      "Unsupported image format: PDF document. Accepted formats: JPG, PNG, GIF.",
    ],
    [
      "a 50 KB video",
      new File([new Uint8Array(makeMp4({ durationSeconds: 5, sizeBytes: 50_000 }))], "tiny.mp4"),
      "video",
      "Video is 50,000 bytes (48.8 KiB); LinkedIn requires at least 76,800 bytes (75.0 KiB).",
    ],
    [
      "an MP3",
      new File([Buffer.concat([Buffer.from("ID3"), Buffer.alloc(100)])], "song.mp3"),
      undefined,
      expect.stringContaining("LinkedIn can't use this file (MP3 audio)"),
    ],
  ] as const)("refuses %s in the browser before any request", async (_label, file, kind, message) => {
    const server = fakeServer();
    const final = await runResumableUpload({ file, kind, transport: server.transport, sleep: noSleep });
    expect(final).toMatchObject({ status: "error", error: message, canRetry: false });
    expect(server.counts().created).toBe(0);
  });

  it("detects the kind from the bytes when none is given", async () => {
    const server = fakeServer();
    const final = await runResumableUpload({
      file: new File([new Uint8Array(video)], "no-extension"),
      transport: server.transport,
      sleep: noSleep,
    });
    expect(final.status).toBe("done");
    expect(server.sessions.get("s1")?.kind).toBe("video");
  });

  it("cancels: stops sending, deletes the session, reports cancelled", async () => {
    const server = fakeServer();
    const controller = new AbortController();
    const final = await runResumableUpload({
      file: videoFile(),
      kind: "video",
      transport: {
        ...server.transport,
        putChunk: async (input) => {
          const session = await server.transport.putChunk(input);
          if (session.offset >= 131_072) controller.abort();
          return session;
        },
      },
      chunkSize: 64 * 1024,
      signal: controller.signal,
      sleep: noSleep,
    });
    expect(final.status).toBe("cancelled");
    expect(server.puts.length).toBeLessThanOrEqual(3);
    expect(server.counts().cancelled).toBe(1);
  });
});
