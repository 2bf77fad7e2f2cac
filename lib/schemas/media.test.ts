import { describe, expect, it } from "vitest";
import {
  checkUploadSize,
  createUploadSchema,
  formatContentRange,
  parseContentRange,
} from "@/lib/schemas/media";

describe("Content-Range of a chunk", () => {
  it.each([
    ["bytes 0-99/1000", { start: 0, end: 100, total: 1000 }],
    ["bytes 900-999/1000", { start: 900, end: 1000, total: 1000 }],
    ["bytes 0-0/1", { start: 0, end: 1, total: 1 }],
    ["bytes 0-1000/1000", undefined],
    ["bytes 10-5/1000", undefined],
    ["bytes */1000", undefined],
    ["bytes=0-99/1000", undefined],
    [null, undefined],
  ] as const)("%s → %j", (header, expected) => {
    expect(parseContentRange(header)).toEqual(expected);
  });

  it("round-trips", () => {
    expect(parseContentRange(formatContentRange(4096, 8192, 10_000))).toEqual({
      start: 4096,
      end: 8192,
      total: 10_000,
    });
  });
});

describe("declared sizes", () => {
  it.each([
    ["video", 76_800, undefined],
    [
      "video",
      76_799,
      "Video is 76,799 bytes (75.0 KiB); LinkedIn requires at least 76,800 bytes (75.0 KiB).",
    ],
    ["document", 100 * 1024 * 1024, undefined],
    [
      "captions",
      6 * 1024 * 1024,
      "Captions file is 6,291,456 bytes (6.0 MiB); Cadence accepts up to 5,242,880 bytes (5.0 MiB).",
    ],
    ["thumbnail", 1000, undefined],
    [undefined, 0, "The file is empty (0 bytes)."],
  ] as const)("%s of %i bytes → %s", (kind, size, expected) => {
    expect(checkUploadSize(kind, size)).toBe(expected);
  });

  it("puts the size problem on the size field", () => {
    const parsed = createUploadSchema.safeParse({ name: "a.mp4", size: 10, kind: "video" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ["size"],
      message: expect.stringContaining("LinkedIn requires at least"),
    });
    expect(createUploadSchema.parse({ name: "  a.png ", size: 10, kind: "image" })).toEqual({
      name: "a.png",
      size: 10,
      kind: "image",
    });
  });
});
