// Recognises a file by its first bytes, never by its name or declared Content-Type, the way
// LinkedIn's processing does. Formats we do not accept are still named, so a rejection can say
// "WebP image is not supported" rather than "unknown file".

export type SniffedFormat =
  | "jpeg"
  | "png"
  | "gif"
  | "webp"
  | "bmp"
  | "tiff"
  | "ico"
  | "heif"
  | "avif"
  | "jpeg2000"
  | "psd"
  | "svg"
  | "mp4"
  | "mov"
  | "3gp"
  | "webm"
  | "avi"
  | "flv"
  | "mpeg-ts"
  | "mpeg-ps"
  | "ogg"
  | "mp3"
  | "wav"
  | "pdf"
  | "zip"
  | "cfb"
  | "rtf"
  | "text"
  | "unknown";

const LABELS: Record<SniffedFormat, string> = {
  jpeg: "JPEG image",
  png: "PNG image",
  gif: "GIF image",
  webp: "WebP image",
  bmp: "BMP image",
  tiff: "TIFF image",
  ico: "ICO icon",
  heif: "HEIF/HEIC image",
  avif: "AVIF image",
  jpeg2000: "JPEG 2000 image",
  psd: "Photoshop document",
  svg: "SVG/XML document",
  mp4: "MP4 video",
  mov: "QuickTime movie (.mov)",
  "3gp": "3GPP video",
  webm: "WebM/Matroska video",
  avi: "AVI video",
  flv: "Flash video",
  "mpeg-ts": "MPEG transport stream",
  "mpeg-ps": "MPEG program stream",
  ogg: "Ogg media",
  mp3: "MP3 audio",
  wav: "WAV audio",
  pdf: "PDF document",
  zip: "ZIP archive",
  cfb: "legacy Office (OLE2) file",
  rtf: "RTF document",
  text: "text file",
  unknown: "unrecognised file",
};

export function formatLabel(format: SniffedFormat): string {
  return LABELS[format];
}

/** How many leading bytes `sniffFormat` wants (PDF allows its header within the first 1024). */
export const SNIFF_BYTES = 1024;

export function sniffFormat(head: Uint8Array): SniffedFormat {
  const at = (offset: number, ...bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);
  const ascii = (offset: number, text: string) => at(offset, ...Array.from(text, (c) => c.charCodeAt(0)));

  if (at(0, 0xff, 0xd8, 0xff)) return "jpeg";
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return "gif";
  if (ascii(0, "RIFF")) {
    if (ascii(8, "WEBP")) return "webp";
    if (ascii(8, "AVI ")) return "avi";
    if (ascii(8, "WAVE")) return "wav";
  }
  if (ascii(4, "ftyp")) return isoBrandFormat(String.fromCharCode(...head.subarray(8, 12)));
  // Pre-ftyp QuickTime files start straight with one of these atoms.
  if (["moov", "mdat", "wide", "free", "skip", "pnot"].some((t) => ascii(4, t))) return "mov";
  if (ascii(0, "BM")) return "bmp";
  if (ascii(0, "II*\0") || ascii(0, "MM\0*")) return "tiff";
  if (at(0, 0x00, 0x00, 0x01, 0x00)) return "ico";
  if (at(0, 0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20) || at(0, 0xff, 0x4f, 0xff, 0x51))
    return "jpeg2000";
  if (ascii(0, "8BPS")) return "psd";
  if (at(0, 0x1a, 0x45, 0xdf, 0xa3)) return "webm";
  if (ascii(0, "FLV")) return "flv";
  if (head[0] === 0x47 && head.length > 188 && head[188] === 0x47) return "mpeg-ts";
  if (at(0, 0x00, 0x00, 0x01, 0xba)) return "mpeg-ps";
  if (ascii(0, "OggS")) return "ogg";
  if (ascii(0, "ID3") || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return "mp3";
  if (ascii(0, "PK\x03\x04") || ascii(0, "PK\x05\x06")) return "zip";
  if (at(0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "cfb";
  if (ascii(0, "{\\rtf")) return "rtf";
  if (indexOfAscii(head, "%PDF-") >= 0) return "pdf";
  return sniffText(head);
}

function isoBrandFormat(brand: string): SniffedFormat {
  if (brand === "qt  ") return "mov";
  if (["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"].includes(brand)) return "heif";
  if (brand === "avif" || brand === "avis") return "avif";
  if (brand.startsWith("3g")) return "3gp";
  return "mp4";
}

function sniffText(head: Uint8Array): SniffedFormat {
  if (head.length === 0) return "unknown";
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && [0x09, 0x0a, 0x0d, 0x20].includes(head[i]!)) i++;
  if (head[i] === 0x3c) return "svg"; // "<": <?xml, <svg, <!DOCTYPE
  const sample = head.subarray(0, 512);
  const printable = sample.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
  return printable ? "text" : "unknown";
}

export function indexOfAscii(bytes: Uint8Array, text: string, from = 0): number {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
