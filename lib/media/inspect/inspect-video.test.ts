import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeMp4, makeUnsupported, type Mp4Options, mp4Source, writeMp4File } from "@/sandbox/fixtures";
import type { ByteSource } from "./byte-source";
import { chunkedSource } from "./byte-source";
import { checkVideoSize, inspectVideo } from "./inspect-video";
import { VIDEO_MAX_BYTES, VIDEO_MAX_BYTES_CONFIGURABLE, VIDEO_MIN_BYTES } from "./media-limits";

const valid: Mp4Options = { durationSeconds: 10, sizeBytes: 100_000 };

/** Wraps a source to count the bytes the inspector actually reads. */
function counting(source: ByteSource) {
  const stats = { bytesRead: 0, reads: 0 };
  return {
    stats,
    source: {
      size: source.size,
      read: async (offset: number, length: number) => {
        const bytes = await source.read(offset, length);
        stats.bytesRead += bytes.length;
        stats.reads++;
        return bytes;
      },
    } satisfies ByteSource,
  };
}

describe("inspectVideo: size (§9.7: 75 KB – 500 MB, read as KiB/MiB)", () => {
  it.each([
    ["75 KiB − 1", VIDEO_MIN_BYTES - 1, false],
    ["exactly 75 KiB", VIDEO_MIN_BYTES, true],
    ["exactly 500 MiB", VIDEO_MAX_BYTES, true],
    ["500 MiB + 1", VIDEO_MAX_BYTES + 1, false],
  ])("%s (%i bytes) → ok=%s", async (_, sizeBytes, ok) => {
    // A virtual source: the 500 MiB cases cost no memory and read only box headers.
    const result = await inspectVideo(mp4Source({ durationSeconds: 10, sizeBytes }));
    expect(result.ok).toBe(ok);
    if (!result.ok)
      expect(result.reason).toMatch(
        sizeBytes < VIDEO_MIN_BYTES ? /requires at least 76,800 bytes/ : /at most 524,288,000 bytes/,
      );
  });

  it("can be configured up to 5 GB (§9.7 conflict), using a 64-bit mdat size", async () => {
    const source = mp4Source({ durationSeconds: 60, sizeBytes: VIDEO_MAX_BYTES_CONFIGURABLE });
    expect((await inspectVideo(source)).ok).toBe(false);
    const result = await inspectVideo(source, { maxBytes: VIDEO_MAX_BYTES_CONFIGURABLE });
    expect(result.ok && result.info.sizeBytes).toBe(5 * 1024 ** 3);
  });
});

describe("checkVideoSize (for initializeUpload's declared fileSizeBytes)", () => {
  it.each([
    [
      VIDEO_MIN_BYTES - 1,
      "Video is 76,799 bytes (75.0 KiB); LinkedIn requires at least 76,800 bytes (75.0 KiB).",
    ],
    [VIDEO_MIN_BYTES, undefined],
    [VIDEO_MAX_BYTES, undefined],
    [
      VIDEO_MAX_BYTES + 1,
      "Video is 524,288,001 bytes (500.0 MiB); LinkedIn accepts at most 524,288,000 bytes (500.0 MiB).",
    ],
  ])("%i bytes → %s", (size, reason) => {
    expect(checkVideoSize(size)).toBe(reason);
  });
});

describe("inspectVideo: duration from moov/mvhd (§9.7: 3 s – 30 min)", () => {
  it.each([
    [2.999, 1000, 0, false],
    [3, 1000, 0, true],
    [3, 90_000, 1, true],
    [2.99999, 100_000, 1, false],
    [1800, 1000, 0, true],
    [1800.001, 1000, 0, false],
    [1800, 600, 1, true],
    [1800 + 1 / 600, 600, 1, false],
  ] as const)(
    "%f s (timescale %i, mvhd v%i) → ok=%s",
    async (durationSeconds, timescale, headerVersion, ok) => {
      const result = await inspectVideo(
        makeMp4({ durationSeconds, timescale, headerVersion, sizeBytes: 80_000 }),
      );
      expect(result.ok).toBe(ok);
      if (result.ok) expect(result.info.duration / result.info.timescale).toBeCloseTo(durationSeconds, 6);
      else
        expect(result.reason).toMatch(
          durationSeconds < 3 ? /requires at least 3 seconds/ : /at most 30 minutes/,
        );
    },
  );

  it("reports the exact reason for a too-short video", async () => {
    expect(await inspectVideo(makeMp4({ durationSeconds: 2.5, sizeBytes: 80_000 }))).toEqual({
      ok: false,
      reason: "Video is 2.500 s long; LinkedIn requires at least 3 seconds.",
    });
  });

  it("falls back to mvex/mehd when mvhd carries no duration (fragmented MP4)", async () => {
    const result = await inspectVideo(makeMp4({ ...valid, durationInMehd: true }));
    expect(result.ok && result.info.durationMs).toBe(10_000);
    const tooShort = await inspectVideo(makeMp4({ ...valid, durationSeconds: 1, durationInMehd: true }));
    expect(tooShort.ok).toBe(false);
  });
});

describe("inspectVideo: structure", () => {
  it("reads brands, dimensions and rotation", async () => {
    const result = await inspectVideo(
      makeMp4({ ...valid, width: 1080, height: 1920, headerVersion: 1, rotationDegrees: 90 }),
    );
    expect(result).toEqual({
      ok: true,
      info: {
        container: "mp4",
        majorBrand: "isom",
        compatibleBrands: ["isom", "iso2", "avc1", "mp41"],
        sizeBytes: 100_000,
        duration: 10_000,
        timescale: 1000,
        durationMs: 10_000,
        width: 1080,
        height: 1920,
        rotationDegrees: 90,
        moovBeforeMdat: true,
      },
    });
  });

  it("finds moov after mdat by seeking over the payload", async () => {
    const result = await inspectVideo(makeMp4({ ...valid, moovAtEnd: true }));
    expect(result.ok && result.info.moovBeforeMdat).toBe(false);
  });

  it.each([
    [
      "a QuickTime .mov",
      makeUnsupported("mov"),
      "Unsupported video format: QuickTime movie (.mov). LinkedIn accepts MP4 only.",
    ],
    [
      "a WebM file",
      makeUnsupported("webm"),
      "Unsupported video format: WebM/Matroska video. LinkedIn accepts MP4 only.",
    ],
    [
      "an AVI file",
      makeUnsupported("avi"),
      "Unsupported video format: AVI video. LinkedIn accepts MP4 only.",
    ],
    ["an empty upload", new Uint8Array(), "The uploaded video is empty (0 bytes)."],
    ["an audio-only MP4", makeMp4({ ...valid, handler: "soun" }), "MP4 has no video track."],
    [
      "an ISO file whose brands are not MP4",
      makeMp4({ ...valid, majorBrand: "3gp5", compatibleBrands: ["3gp5", "3g2a"] }),
      "Unsupported video format: brand '3gp5' is not MP4. LinkedIn accepts MP4 only.",
    ],
    [
      "a truncated upload",
      makeMp4(valid).subarray(0, 90_000),
      "MP4 is truncated or corrupt: box 'mdat' in the file needs 99,511 bytes but only 89,511 remain.",
    ],
  ])("rejects %s", async (_, bytes, reason) => {
    expect(await inspectVideo(bytes, { minBytes: 0 })).toEqual({ ok: false, reason });
  });

  it("accepts a 3GPP-branded file that is also MP4-compatible", async () => {
    expect(
      (await inspectVideo(makeMp4({ ...valid, majorBrand: "3gp5", compatibleBrands: ["3gp5", "isom"] }))).ok,
    ).toBe(true);
  });

  it("rejects a file without moov", async () => {
    const mdatOnly = Buffer.concat([
      makeMp4(valid).subarray(0, 24),
      Buffer.from([0, 0, 0, 16]),
      Buffer.from("mdat"),
      Buffer.alloc(8),
    ]);
    mdatOnly.writeUInt32BE(24, 0); // shrink ftyp to its 24 bytes
    const result = await inspectVideo(mdatOnly, { minBytes: 0 });
    expect(result).toEqual({
      ok: false,
      reason: "MP4 has no 'moov' box (movie header); the file is incomplete or not a finished MP4.",
    });
  });

  it("reads only a few kilobytes of a 500 MiB upload", async () => {
    const { source, stats } = counting(
      mp4Source({ durationSeconds: 600, sizeBytes: VIDEO_MAX_BYTES, moovAtEnd: true }),
    );
    expect((await inspectVideo(source)).ok).toBe(true);
    expect(stats.bytesRead).toBeLessThan(8 * 1024);
    expect(stats.reads).toBeLessThan(20);
  });

  it("validates uploaded parts without concatenating them (§9.2 parts of 4 MiB)", async () => {
    const bytes = makeMp4({ durationSeconds: 42, sizeBytes: 10 * 1024 * 1024 + 17 });
    const parts = [0, 1, 2].map((i) => bytes.subarray(i * 4_194_304, (i + 1) * 4_194_304));
    const result = await inspectVideo(chunkedSource(parts));
    expect(result.ok && result.info.durationMs).toBe(42_000);
  });
});

describe("inspectVideo from a file (streamed write and seek-based read)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cadence-video-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ["streamed", false],
    ["sparse", true],
  ])("writes and inspects a %s 6 MB file", async (_, sparse) => {
    const path = join(dir, `video-${sparse}.mp4`);
    await writeMp4File(path, { durationSeconds: 95.5, sizeBytes: 6_000_001, moovAtEnd: true, sparse });
    expect((await stat(path)).size).toBe(6_000_001);
    const result = await inspectVideo(path);
    expect(result.ok && [result.info.durationMs, result.info.sizeBytes]).toEqual([95_500, 6_000_001]);
  });
});
