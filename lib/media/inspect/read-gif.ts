// GIF block walk: logical screen, optional global colour table, then extensions and image
// descriptors until the trailer. Each image descriptor is one frame, which is what the
// "≤ 250 frames" rule (§8) counts.

export interface GifHeader {
  width: number;
  height: number;
  frameCount: number;
}

export function readGif(bytes: Uint8Array): GifHeader | string {
  if (bytes.length < 13) return "GIF is truncated before its logical screen descriptor";
  const width = bytes[6]! | (bytes[7]! << 8);
  const height = bytes[8]! | (bytes[9]! << 8);
  if (width === 0 || height === 0) return `GIF has invalid dimensions ${width} × ${height}`;
  let offset = 13 + colorTableBytes(bytes[10]!);
  let frameCount = 0;

  while (offset < bytes.length) {
    const introducer = bytes[offset]!;
    if (introducer === 0x3b) break; // trailer
    if (introducer === 0x21) {
      offset = skipSubBlocks(bytes, offset + 2);
    } else if (introducer === 0x2c) {
      if (offset + 10 > bytes.length) return "GIF is truncated inside an image descriptor";
      offset += 10 + colorTableBytes(bytes[offset + 9]!);
      const minCodeSize = bytes[offset];
      if (minCodeSize === undefined) return "GIF is truncated before a frame's image data";
      if (minCodeSize < 2 || minCodeSize > 8)
        return `GIF frame ${frameCount + 1} has an invalid LZW code size`;
      offset = skipSubBlocks(bytes, offset + 1);
      if (offset >= 0) frameCount++;
    } else {
      return `GIF is corrupt: unknown block 0x${introducer.toString(16)} at byte ${offset}`;
    }
    if (offset < 0) return `GIF is truncated (after ${frameCount} complete frames)`;
  }
  // A missing trailer after complete frames is tolerated: browsers and LinkedIn's decoder accept it.
  if (frameCount === 0) return "GIF contains no image frames";
  return { width, height, frameCount };
}

/** Colour table size from a packed field: 3 × 2^(n+1) bytes when the table flag is set. */
function colorTableBytes(packed: number): number {
  return packed & 0x80 ? 3 * (1 << ((packed & 0x07) + 1)) : 0;
}

/** Offset after a chain of data sub-blocks ending with a zero-length block, or -1 if truncated. */
function skipSubBlocks(bytes: Uint8Array, offset: number): number {
  while (offset < bytes.length) {
    const size = bytes[offset]!;
    offset += 1 + size;
    if (size === 0) return offset;
  }
  return -1;
}
