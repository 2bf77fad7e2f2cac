// ISO BMFF (MP4) box walking over a ByteSource. Only box headers and the few small boxes we parse
// (ftyp, mvhd, tkhd, hdlr, mehd) are read; everything else, mdat above all, is skipped by seeking.

import type { ByteSource } from "./byte-source";
import { formatCount } from "./inspect-result";

export interface Box {
  type: string;
  /** Offset of the box's first byte. */
  start: number;
  /** Offset just after the box. */
  end: number;
  /** Offset of the payload (after size, type and any 64-bit size). */
  contentStart: number;
}

/** Upper bound on boxes walked in one container, so a crafted file cannot make us loop for ages. */
const MAX_BOXES_PER_CONTAINER = 100_000;

/**
 * The child boxes tiling [start, end). Returns a reason string when a header is malformed or a box
 * runs past its container, which for top-level boxes means the upload is truncated.
 */
export async function listBoxes(
  source: ByteSource,
  start: number,
  end: number,
  where: string,
): Promise<Box[] | string> {
  const boxes: Box[] = [];
  let offset = start;
  while (offset < end) {
    if (boxes.length >= MAX_BOXES_PER_CONTAINER)
      return `MP4 has more than ${MAX_BOXES_PER_CONTAINER} boxes in ${where}`;
    if (end - offset < 8) return `MP4 has ${end - offset} stray bytes at the end of ${where}`;
    const head = view(await source.read(offset, 16));
    const size32 = head.getUint32(0);
    const type = fourcc(head, 4);
    let size = size32;
    let headerSize = 8;
    if (size32 === 1) {
      if (head.byteLength < 16) return `MP4 box '${type}' in ${where} is truncated`;
      size = Number(head.getBigUint64(8));
      headerSize = 16;
    } else if (size32 === 0) {
      size = end - offset; // "box extends to the end of the file"
    }
    if (size < headerSize) return `MP4 box '${printable(type)}' in ${where} has an invalid size (${size})`;
    if (offset + size > end) {
      return `MP4 is truncated or corrupt: box '${printable(type)}' in ${where} needs ${formatCount(size)} bytes but only ${formatCount(end - offset)} remain`;
    }
    boxes.push({ type, start: offset, end: offset + size, contentStart: offset + headerSize });
    offset += size;
  }
  return boxes;
}

/** The first `length` payload bytes of a box (fewer if the box is shorter), as a DataView. */
export async function readContent(source: ByteSource, box: Box, length: number): Promise<DataView> {
  return view(await source.read(box.contentStart, Math.min(length, box.end - box.contentStart)));
}

export function fourcc(data: DataView, offset: number): string {
  let s = "";
  for (let i = 0; i < 4; i++) s += String.fromCharCode(data.getUint8(offset + i));
  return s;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function printable(type: string): string {
  return /^[\x20-\x7e]{4}$/.test(type) ? type : "?";
}
