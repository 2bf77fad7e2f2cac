import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bufferSource, chunkedSource, withFileSource, withMediaInput } from "./byte-source";

const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);

describe("byte sources", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cadence-byte-source-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    [0, 10],
    [95, 10],
    [30, 0],
    [100, 5],
    [-5, 10],
  ])("bufferSource.read(%i, %i) matches a clamped slice", async (offset, length) => {
    const expected = bytes.slice(Math.max(0, offset), Math.max(0, Math.min(100, offset + length)));
    expect(Array.from(await bufferSource(bytes).read(offset, length))).toEqual(Array.from(expected));
  });

  it.each([
    [0, 100],
    [5, 20],
    [9, 2],
    [25, 60],
    [99, 10],
  ])("chunkedSource.read(%i, %i) spans chunk boundaries like one buffer", async (offset, length) => {
    const source = chunkedSource([
      bytes.subarray(0, 10),
      bytes.subarray(10, 10),
      bytes.subarray(10, 37),
      bytes.subarray(37),
    ]);
    expect(source.size).toBe(100);
    expect(Array.from(await source.read(offset, length))).toEqual(
      Array.from(bytes.slice(offset, offset + length)),
    );
  });

  it("reads ranges from a file and reports its size", async () => {
    const path = join(dir, "data.bin");
    await writeFile(path, bytes);
    await withFileSource(path, async (source) => {
      expect(source.size).toBe(100);
      expect(Array.from(await source.read(90, 50))).toEqual(Array.from(bytes.slice(90)));
    });
    expect(await withMediaInput(path, async (s) => s.size)).toBe(100);
    expect(await withMediaInput(bytes, async (s) => s.size)).toBe(100);
  });
});
