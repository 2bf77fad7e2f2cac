// JPEG marker walk up to the first SOFn frame header, which carries the dimensions. The entropy
// data after SOS is not decoded: size checks need only the header, as LinkedIn's early rejection does.

export interface JpegHeader {
  width: number;
  height: number;
  /** Number of colour components: 1 grey, 3 YCbCr, 4 CMYK. */
  components: number;
  /** "baseline", "progressive", ... from the SOF marker. */
  process: string;
}

const SOF_PROCESS: Record<number, string> = {
  0xc0: "baseline",
  0xc1: "extended-sequential",
  0xc2: "progressive",
  0xc3: "lossless",
  0xc5: "differential-sequential",
  0xc6: "differential-progressive",
  0xc7: "differential-lossless",
  0xc9: "arithmetic-sequential",
  0xca: "arithmetic-progressive",
  0xcb: "arithmetic-lossless",
  0xcd: "arithmetic-differential-sequential",
  0xce: "arithmetic-differential-progressive",
  0xcf: "arithmetic-differential-lossless",
};

export function readJpeg(bytes: Uint8Array): JpegHeader | string {
  let offset = 2; // after SOI (FF D8)
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) return `JPEG is corrupt: expected a marker at byte ${offset}`;
    // Any number of 0xFF fill bytes may precede a marker code.
    while (bytes[offset] === 0xff) offset++;
    const marker = bytes[offset];
    if (marker === undefined) break;
    offset++;
    if (marker === 0xd9) return "JPEG ends (EOI) before any frame header";
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length field
    if (offset + 2 > bytes.length) break;
    const length = (bytes[offset]! << 8) | bytes[offset + 1]!;
    if (length < 2) return `JPEG is corrupt: segment length ${length} at byte ${offset}`;
    if (marker === 0xda) return "JPEG has scan data (SOS) before its frame header";
    const process = SOF_PROCESS[marker];
    if (process) {
      if (offset + 8 > bytes.length) break;
      const height = (bytes[offset + 3]! << 8) | bytes[offset + 4]!;
      const width = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
      const components = bytes[offset + 7]!;
      // Height 0 means "defined later by a DNL marker", which almost no decoder supports.
      if (width === 0 || height === 0) return `JPEG has invalid dimensions ${width} × ${height}`;
      if (![1, 3, 4].includes(components)) return `JPEG has an unsupported component count (${components})`;
      return { width, height, components, process };
    }
    offset += length;
  }
  return "JPEG is truncated before its frame header";
}
