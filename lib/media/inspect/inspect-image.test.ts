import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGif, makeJpeg, makePng, makeUnsupported, pngChunk } from "@/sandbox/fixtures";
import { inspectImage, inspectImageBytes } from "./inspect-image";
import { inspectThumbnailBytes } from "./inspect-thumbnail";
import { GIF_MAX_FRAMES, IMAGE_MAX_PIXELS_EXCLUSIVE } from "./media-limits";

const CAP = IMAGE_MAX_PIXELS_EXCLUSIVE;

describe("inspectImageBytes: pixel cap (§8: width × height < 36,152,320)", () => {
  // 36,152,319 = 357 × 101,267 has no factor pair within JPEG/GIF's 16-bit dimensions, so the exact
  // "cap − 1" case is a PNG; 5765 × 6271 = 36,152,315 is the largest product below the cap for the others.
  it.each([
    ["PNG at cap − 1", () => makePng({ width: 101_267, height: 357 }), CAP - 1, true],
    ["PNG at the cap", () => makePng({ width: 7360, height: 4912 }), CAP, false],
    ["PNG at cap + 1 row of 1", () => makePng({ width: CAP + 1, height: 1 }), CAP + 1, false],
    ["JPEG just below the cap", () => makeJpeg({ width: 5765, height: 6271 }), 36_152_315, true],
    ["JPEG at the cap", () => makeJpeg({ width: 7360, height: 4912 }), CAP, false],
    ["GIF just below the cap", () => makeGif({ width: 5765, height: 6271 }), 36_152_315, true],
    ["GIF at the cap", () => makeGif({ width: 4912, height: 7360 }), CAP, false],
  ])("%s (%i px) → ok=%s", (_, make, pixels, ok) => {
    const result = inspectImageBytes(make());
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.info.pixelCount).toBe(pixels);
    else expect(result.reason).toContain("fewer than 36,152,320 pixels");
  });
});

describe("inspectImageBytes: GIF frames (§8: ≤ 250)", () => {
  it.each([
    [1, true],
    [GIF_MAX_FRAMES, true],
    [GIF_MAX_FRAMES + 1, false],
  ])("%i frames → ok=%s", (frames, ok) => {
    const result = inspectImageBytes(makeGif({ width: 40, height: 40, frames }));
    expect(result.ok).toBe(ok);
    if (result.ok) expect(result.info.frameCount).toBe(frames);
    else expect(result.reason).toBe("GIF has 251 frames; LinkedIn accepts at most 250.");
  });
});

describe("inspectImageBytes: formats by magic bytes", () => {
  it.each([
    ["png", makePng({ width: 3, height: 2 }), { mimeType: "image/png", width: 3, height: 2 }],
    [
      "jpeg",
      makeJpeg({ width: 33, height: 17, color: [200, 30, 60] }),
      { mimeType: "image/jpeg", width: 33, height: 17 },
    ],
    ["gif", makeGif({ width: 5, height: 9 }), { mimeType: "image/gif", width: 5, height: 9 }],
  ])("accepts %s and reads its dimensions", (format, bytes, expected) => {
    expect(inspectImageBytes(bytes)).toEqual({
      ok: true,
      info: {
        format,
        frameCount: 1,
        pixelCount: expected.width * expected.height,
        sizeBytes: bytes.length,
        ...expected,
      },
    });
  });

  it.each([
    ["webp", "WebP image"],
    ["bmp", "BMP image"],
    ["tiff", "TIFF image"],
    ["heic", "HEIF/HEIC image"],
    ["svg", "SVG/XML document"],
    ["text", "text file"],
  ] as const)("rejects %s as unsupported", (kind, label) => {
    expect(inspectImageBytes(makeUnsupported(kind))).toEqual({
      ok: false,
      reason: `Unsupported image format: ${label}. Accepted formats: JPG, PNG, GIF.`,
    });
  });

  it("ignores what the file claims to be: a PNG renamed .jpg is a PNG", () => {
    const result = inspectImageBytes(makePng());
    expect(result.ok && result.info.format).toBe("png");
  });
});

describe("inspectImageBytes: corrupt and truncated files", () => {
  const png = makePng({ width: 10, height: 10 });
  const jpeg = makeJpeg({ width: 10, height: 10 });
  const gif = makeGif({ width: 10, height: 10, frames: 3 });
  const withByte = (bytes: Buffer, index: number, value: number) => {
    const copy = Buffer.from(bytes);
    copy[index] = value;
    return copy;
  };
  // An ancillary chunk (lower-case first letter) with a broken CRC, inserted after IHDR.
  const badText = pngChunk("tEXt", Buffer.from("Comment\0hi"));
  badText[badText.length - 1]! ^= 0xff;
  const pngWithBadAncillary = Buffer.concat([png.subarray(0, 33), badText, png.subarray(33)]);

  it.each([
    ["empty file", new Uint8Array(), "The uploaded image is empty (0 bytes)."],
    ["PNG cut inside IDAT", png.subarray(0, png.length - 20), "PNG is truncated inside its IDAT chunk."],
    ["PNG without IEND", png.subarray(0, png.length - 12), "PNG is truncated (no IEND chunk)."],
    [
      "PNG with a corrupt IHDR CRC",
      withByte(png, 29, png[29]! ^ 0xff),
      "PNG IHDR chunk is corrupt (CRC mismatch).",
    ],
    [
      "PNG with zero width",
      Buffer.concat([
        png.subarray(0, 8),
        pngChunk("IHDR", Buffer.from([0, 0, 0, 0, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
        png.subarray(33),
      ]),
      "PNG has invalid dimensions 0 × 1.",
    ],
    ["JPEG cut before its frame header", jpeg.subarray(0, 30), "JPEG is truncated before its frame header."],
    [
      "JPEG with scan data before its frame header",
      Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 63, 0]),
      "JPEG has scan data (SOS) before its frame header.",
    ],
    ["GIF cut mid-frame", gif.subarray(0, gif.length - 10), "GIF is truncated (after 2 complete frames)."],
    [
      "GIF with no frames",
      Buffer.concat([gif.subarray(0, 13 + 12), Buffer.from([0x3b])]),
      "GIF contains no image frames.",
    ],
  ])("rejects a %s", (_, bytes, reason) => {
    expect(inspectImageBytes(bytes)).toEqual({ ok: false, reason });
  });

  it("tolerates a bad CRC on an ancillary chunk, as libpng does", () => {
    expect(inspectImageBytes(pngWithBadAncillary).ok).toBe(true);
  });

  it("tolerates a GIF missing only its trailer", () => {
    const result = inspectImageBytes(gif.subarray(0, gif.length - 1));
    expect(result.ok && result.info.frameCount).toBe(3);
  });
});

describe("inspectThumbnailBytes (§9.4: JPG/PNG)", () => {
  it.each([
    ["png", true, makePng()],
    ["jpeg", true, makeJpeg()],
    ["gif", false, makeGif()],
  ])("%s → ok=%s", (_, ok, bytes) => {
    const result = inspectThumbnailBytes(bytes);
    expect(result.ok).toBe(ok);
    if (!result.ok)
      expect(result.reason).toBe("Unsupported image format: GIF image. Accepted formats: JPG, PNG.");
  });
});

describe("inspectImage from a path", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cadence-image-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads the file", async () => {
    const path = join(dir, "logo.png");
    await writeFile(path, makePng({ width: 64, height: 32 }));
    const result = await inspectImage(path);
    expect(result.ok && [result.info.width, result.info.height]).toEqual([64, 32]);
  });
});
