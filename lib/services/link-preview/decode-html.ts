// The bytes of a page as text, in the encoding it declares: a byte-order mark, else the
// Content-Type charset, else a <meta charset> (or http-equiv) in the first bytes, else UTF-8.
// Labels go through TextDecoder (WHATWG names: "latin1" is windows-1252); an unknown label is
// skipped, so a bad charset never fails a preview.
import { WINDOWS_1252_C1 } from "@/lib/services/link-preview/html-entities";

/** How far into the page a <meta charset> is looked for (the HTML spec says 1024; be generous). */
const META_PRESCAN_BYTES = 4096;

export function decodeHtml(bytes: Uint8Array, contentType: string | null): { html: string; charset: string } {
  const bom = charsetFromBom(bytes);
  const candidates = [
    bom,
    charsetFromContentType(contentType),
    // A page declaring UTF-16 in its own (ASCII) bytes cannot be UTF-16: the spec reads it as UTF-8.
    charsetFromMeta(bytes)?.replace(/^utf-16(be|le)?$/i, "utf-8"),
    "utf-8",
  ];
  for (const label of candidates) {
    const decoder = decoderFor(label);
    if (!decoder) continue;
    const html = decoder.decode(bytes);
    return {
      html: decoder.encoding === "windows-1252" ? fixWindows1252(html) : html,
      charset: decoder.encoding,
    };
  }
  return { html: new TextDecoder().decode(bytes), charset: "utf-8" };
}

/**
 * Node's TextDecoder reads windows-1252 (and so "latin1", "iso-8859-1") as ISO-8859-1, leaving
 * 0x80–0x9F as C1 controls; the WHATWG encoding has curly quotes, dashes and € there.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) =>
    String.fromCodePoint(WINDOWS_1252_C1[char.charCodeAt(0)] ?? char.charCodeAt(0)),
  );
}

export function charsetFromContentType(contentType: string | null): string | undefined {
  return /;\s*charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType ?? "")?.[1];
}

function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, META_PRESCAN_BYTES)).toString("latin1");
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head)?.[1];
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined;
  }
}
