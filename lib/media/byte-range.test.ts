import { describe, expect, it } from "vitest";
import { parseByteRange } from "@/lib/media/byte-range";

describe("parseByteRange (file of 1000 bytes)", () => {
  it.each([
    [null, undefined],
    ["", undefined],
    ["bytes=0-99", { start: 0, end: 100 }],
    ["bytes=500-", { start: 500, end: 1000 }],
    ["bytes=900-5000", { start: 900, end: 1000 }],
    ["bytes=-100", { start: 900, end: 1000 }],
    ["bytes=-5000", { start: 0, end: 1000 }],
    ["bytes=1000-", "unsatisfiable"],
    ["bytes=-0", "unsatisfiable"],
    ["bytes=50-10", "unsatisfiable"],
    ["bytes=0-1,5-9", undefined],
    ["items=0-1", undefined],
  ] as const)("%s → %j", (header, expected) => {
    expect(parseByteRange(header, 1000)).toEqual(expected);
  });
});
