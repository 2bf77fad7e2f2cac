import { describe, expect, it } from "vitest";
import { makeMp4, makePdf, makePng } from "@/sandbox/fixtures";
import { checkMediaFile, SNIFF_BYTES } from "./check-media-file";
import { VIDEO_MAX_BYTES, VIDEO_MIN_BYTES } from "./media-limits";

const head = (bytes: Uint8Array) => bytes.subarray(0, SNIFF_BYTES);

describe("checkMediaFile", () => {
  const mp4 = head(makeMp4({ durationSeconds: 3, sizeBytes: 4096 }));
  it.each<[string, Parameters<typeof checkMediaFile>, number]>([
    ["a PNG image", ["image", { sizeBytes: 10, head: head(makePng()) }], 0],
    ["a PDF as an image", ["image", { sizeBytes: 10, head: head(makePdf({ pages: 1 })) }], 1],
    ["a video at the minimum", ["video", { sizeBytes: VIDEO_MIN_BYTES, head: mp4 }], 0],
    ["a video under the minimum", ["video", { sizeBytes: VIDEO_MIN_BYTES - 1, head: mp4 }], 1],
    ["a video at the maximum", ["video", { sizeBytes: VIDEO_MAX_BYTES, head: mp4 }], 0],
    ["a video over the maximum", ["video", { sizeBytes: VIDEO_MAX_BYTES + 1, head: mp4 }], 1],
    [
      "a bigger limit where LinkedIn allows it",
      ["video", { sizeBytes: VIDEO_MAX_BYTES + 1, head: mp4 }, { videoMaxBytes: 2 ** 32 }],
      0,
    ],
    ["a 101 MB PDF", ["document", { sizeBytes: 101 * 1024 * 1024, head: head(makePdf({ pages: 1 })) }], 1],
    ["an empty file", ["document", { sizeBytes: 0, head: head(makePdf({ pages: 1 })) }], 1],
  ])("%s", (_name, args, problems) => {
    expect(checkMediaFile(...args)).toHaveLength(problems);
  });
});
