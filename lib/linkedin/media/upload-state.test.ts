import { describe, expect, it } from "vitest";
import { checkInstructions } from "./initialize-video-upload";
import {
  acknowledgedBytes,
  canResumeUpload,
  missingPartIndexes,
  parseMediaUploadState,
  UPLOAD_EXPIRY_MARGIN_MS,
  type VideoUploadState,
} from "./upload-state";

const NOW = Date.UTC(2026, 10, 16);
const state: VideoUploadState = {
  version: 1,
  kind: "video",
  mediaUrn: "urn:li:video:C5F10AQx",
  owner: "urn:li:person:a",
  fileSizeBytes: 10,
  uploadToken: "tok",
  expiresAt: NOW + 86_400_000,
  parts: [
    { uploadUrl: "https://u/0", firstByte: 0, lastByte: 3, etag: "e0" },
    { uploadUrl: "https://u/1", firstByte: 4, lastByte: 7, etag: null },
    { uploadUrl: "https://u/2", firstByte: 8, lastByte: 9, etag: "e2" },
  ],
  captions: null,
  thumbnail: { uploadUrl: "https://u/t", uploaded: true },
  finalized: false,
};
const expected: Parameters<typeof canResumeUpload>[1] = {
  kind: "video",
  owner: "urn:li:person:a",
  fileSizeBytes: 10,
  nowMs: NOW,
};

describe("upload state", () => {
  it("lists the parts still to send and the bytes already acknowledged", () => {
    expect(missingPartIndexes(state)).toEqual([1]);
    expect(acknowledgedBytes(state)).toBe(6);
  });

  it.each<[string, Partial<typeof expected>, Partial<VideoUploadState>, boolean]>([
    ["valid", {}, {}, true],
    ["another owner", { owner: "urn:li:organization:1" }, {}, false],
    ["another file size", { fileSizeBytes: 11 }, {}, false],
    ["another kind", { kind: "image" }, {}, false],
    ["URLs expire within the margin", {}, { expiresAt: NOW + UPLOAD_EXPIRY_MARGIN_MS }, false],
    ["URLs expired", {}, { expiresAt: NOW - 1 }, false],
  ])("resumable: %s", (_name, input, patch, result) => {
    expect(canResumeUpload({ ...state, ...patch }, { ...expected, ...input })).toBe(result);
  });

  it("parses what JSON gives back and refuses anything else", () => {
    expect(parseMediaUploadState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseMediaUploadState(null)).toBeNull();
    expect(parseMediaUploadState({ ...state, version: 2 })).toBeNull();
    expect(parseMediaUploadState({ ...state, parts: [] })).toBeNull();
    expect(parseMediaUploadState({ ...state, mediaUrn: "urn:li:image:x" })).toBeNull();
  });
});

describe("checkInstructions (doc §9.2 sanity check)", () => {
  const mib4 = 4_194_304;
  it.each<[string, { firstByte: number; lastByte: number }[], number, string | null]>([
    [
      "the doc's 10,000,000-byte example",
      [
        { firstByte: 0, lastByte: mib4 - 1 },
        { firstByte: mib4, lastByte: 2 * mib4 - 1 },
        { firstByte: 2 * mib4, lastByte: 9_999_999 },
      ],
      10_000_000,
      null,
    ],
    ["one part", [{ firstByte: 0, lastByte: 99 }], 100, null],
    [
      "a gap",
      [
        { firstByte: 0, lastByte: 9 },
        { firstByte: 11, lastByte: 20 },
      ],
      21,
      "upload instruction 1 covers bytes 11-20, expected to start at 10",
    ],
    [
      "short of the file",
      [{ firstByte: 0, lastByte: 9 }],
      20,
      "upload instructions cover 10 bytes, the file has 20",
    ],
    [
      "inverted range",
      [{ firstByte: 0, lastByte: -1 }],
      0,
      "upload instruction 0 covers bytes 0--1, expected to start at 0",
    ],
  ])("%s", (_name, parts, size, problem) => {
    expect(checkInstructions(parts, size)).toBe(problem);
  });
});
