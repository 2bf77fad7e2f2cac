// PNG structure check: signature, IHDR first, every critical chunk's CRC, IDAT present, IEND last.
// Ancillary chunks with a bad CRC are tolerated, as libpng does by default.
import { crc32 } from "./crc32";

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** From an APNG `acTL` chunk; 1 for a still PNG. */
  frameCount: number;
}

const COLOR_TYPE_DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Returns the header or a reason the bytes are not a valid PNG. */
export function readPng(bytes: Uint8Array): PngHeader | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: PngHeader | undefined;
  let sawIdat = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return `PNG is truncated inside its ${type} chunk`;
    const critical = (bytes[offset + 4]! & 0x20) === 0;
    const stored = view.getUint32(end - 4);
    if (critical && crc32(bytes.subarray(offset + 4, end - 4)) !== stored)
      return `PNG ${type} chunk is corrupt (CRC mismatch)`;

    if (!header) {
      if (type !== "IHDR" || length !== 13) return "PNG does not start with an IHDR chunk";
      const width = view.getUint32(offset + 8);
      const height = view.getUint32(offset + 12);
      const bitDepth = bytes[offset + 16]!;
      const colorType = bytes[offset + 17]!;
      if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) {
        return `PNG has invalid dimensions ${width} × ${height}`;
      }
      if (!COLOR_TYPE_DEPTHS[colorType]?.includes(bitDepth)) {
        return `PNG has an invalid colour type/bit depth (${colorType}/${bitDepth})`;
      }
      header = { width, height, bitDepth, colorType, frameCount: 1 };
    } else if (type === "acTL" && length >= 8) {
      header.frameCount = Math.max(1, view.getUint32(offset + 8));
    } else if (type === "IDAT") {
      sawIdat = true;
    } else if (type === "IEND") {
      return sawIdat ? header : "PNG has no image data (IDAT)";
    }
    offset = end;
  }
  return header ? "PNG is truncated (no IEND chunk)" : "PNG is truncated before its header";
}
