// Generated organization logos and member avatars, served by the sandbox itself (no files, no
// network): an SVG with initials, and a PNG identicon for clients that cannot render SVG.
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { escapeHtml } from "./html";

export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^[A-Za-z0-9]/.test(w));
  return (words.length > 1 ? `${words[0]?.[0] ?? ""}${words[1]?.[0] ?? ""}` : name.slice(0, 2)).toUpperCase();
}

export function renderInitialsSvg(name: string, color: string, shape: "square" | "circle"): string {
  const background =
    shape === "circle"
      ? `<circle cx="200" cy="200" r="200" fill="${escapeHtml(color)}"/>`
      : `<rect width="400" height="400" rx="48" fill="${escapeHtml(color)}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${escapeHtml(name)}">${background}<text x="200" y="200" dy=".35em" text-anchor="middle" font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="160" font-weight="700" fill="#fff">${escapeHtml(initialsOf(name))}</text></svg>`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function hexToRgb(color: string): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(color);
  const n = match?.[1] ? parseInt(match[1], 16) : 0x0a66c2;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A 5×5 mirrored identicon (GitHub style) as an RGB PNG of `size`×`size` pixels. */
export function renderIdenticonPng(seed: string, color: string, size = 400): Buffer {
  const bits = createHash("sha256").update(seed).digest();
  const cells = 5;
  const margin = Math.round(size / 12);
  const cell = Math.floor((size - 2 * margin) / cells);
  const on = (x: number, y: number) => {
    const column = x < 3 ? x : 4 - x;
    return ((bits[y * 3 + column] ?? 0) & 1) === 1;
  };
  const fg = hexToRgb(color);
  const bg: [number, number, number] = [0xf3, 0xf2, 0xef];
  const row = 1 + size * 3;
  const raw = Buffer.alloc(row * size);
  for (let y = 0; y < size; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const cx = Math.floor((x - margin) / cell);
      const cy = Math.floor((y - margin) / cell);
      const inside = x >= margin && y >= margin && cx < cells && cy < cells;
      const [r, g, b] = inside && on(cx, cy) ? fg : bg;
      const offset = y * row + 1 + x * 3;
      raw[offset] = r;
      raw[offset + 1] = g;
      raw[offset + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const AVATAR_COLORS = ["#0A66C2", "#057642", "#915907", "#8344CC", "#B24020", "#0E7490"];

export function avatarColor(memberId: string): string {
  const n = createHash("sha256").update(memberId).digest()[0] ?? 0;
  return AVATAR_COLORS[n % AVATAR_COLORS.length] as string;
}
