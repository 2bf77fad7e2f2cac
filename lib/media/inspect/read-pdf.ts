// Counts a PDF's pages without a full PDF parser. The count is the root page tree node's /Count,
// reached from the trailer's /Root, which is what viewers display; when that chain is broken we
// fall back to counting /Type /Page objects. Objects are indexed by number with later definitions
// winning (incremental updates), and compressed object streams (PDF 1.5+, used by Word, Chrome and
// most modern producers) are inflated, so generated and typical files both count correctly.
import { inflateSync, constants as zlib } from "node:zlib";
import { intValue, parseDict, type PdfDict, refNumber, skipSpace } from "./read-pdf-syntax";

interface PdfObject {
  dict?: Map<string, string>;
  /** Leading text of a non-dictionary object, e.g. "12" for an indirect /Count. */
  raw: string;
}

export interface PdfPages {
  pageCount: number;
  /** How the count was found: the page tree root's /Count, or counting page objects. */
  method: "page-tree" | "page-objects";
  encrypted: boolean;
}

export function readPdfPages(bytes: Uint8Array): PdfPages | string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const header = text.indexOf("%PDF-");
  if (header < 0 || header > 1024) return "PDF header (%PDF-) not found";
  // A PDF is read from its end (startxref, trailer); without %%EOF the upload was cut short.
  if (text.lastIndexOf("%%EOF") < header) return "PDF is truncated (no %%EOF marker)";

  const objects = new Map<number, PdfObject>();
  const roots: number[] = [];
  let encrypted = false;
  // Bounded digit runs and the lookbehind keep this linear even over long runs of digits.
  const objectHeader = /(?<!\d)(\d{1,10})\s+\d{1,5}\s+obj\b/g;
  for (let m = objectHeader.exec(text); m; m = objectHeader.exec(text)) {
    const bodyStart = skipSpace(text, m.index + m[0].length);
    const dict = parseDict(text, bodyStart);
    const object: PdfObject = { dict: dict?.entries, raw: text.slice(bodyStart, bodyStart + 32) };
    objects.set(Number(m[1]), object);
    if (dict) {
      const root = refNumber(dict.entries.get("Root"));
      if (root !== undefined) roots.push(root); // cross-reference stream dictionaries carry /Root
      if (dict.entries.has("Encrypt")) encrypted = true;
      if (dict.entries.get("Type") === "/ObjStm") unpackObjectStream(text, dict, objects);
    }
    // Resume after this object so bytes inside its stream are not scanned as objects.
    const endobj = text.indexOf("endobj", dict?.end ?? bodyStart);
    if (endobj >= 0) objectHeader.lastIndex = endobj + 6;
  }
  for (const trailer of text.matchAll(/trailer\s*(?=<<)/g)) {
    const dict = parseDict(text, trailer.index + trailer[0].length);
    const root = refNumber(dict?.entries.get("Root"));
    if (root !== undefined) roots.push(root);
    if (dict?.entries.has("Encrypt")) encrypted = true;
  }

  const fromTree = pageTreeCount(objects, roots);
  if (fromTree !== undefined) return { pageCount: fromTree, method: "page-tree", encrypted };
  let pageObjects = 0;
  for (const object of objects.values()) if (object.dict?.get("Type") === "/Page") pageObjects++;
  if (pageObjects > 0) return { pageCount: pageObjects, method: "page-objects", encrypted };
  return encrypted ? "PDF is encrypted and its pages cannot be read" : "PDF has no readable pages";
}

function pageTreeCount(objects: Map<number, PdfObject>, roots: number[]): number | undefined {
  // The last trailer wins (incremental updates append); fall back to any catalog in the file.
  const catalogs = [
    ...roots.reverse(),
    ...[...objects].filter(([, o]) => o.dict?.get("Type") === "/Catalog").map(([n]) => n),
  ];
  for (const catalogNumber of catalogs) {
    const pagesNumber = refNumber(objects.get(catalogNumber)?.dict?.get("Pages"));
    const pages = pagesNumber === undefined ? undefined : objects.get(pagesNumber)?.dict;
    if (pages?.get("Type") !== "/Pages") continue;
    const rawCount = pages.get("Count");
    const countRef = refNumber(rawCount);
    const count =
      countRef === undefined
        ? intValue(rawCount)
        : intValue(/^\s*(\d+)/.exec(objects.get(countRef)?.raw ?? "")?.[1]);
    if (count !== undefined && count >= 0) return count;
  }
  return undefined;
}

/** Adds the objects packed in a /Type /ObjStm stream: "n1 off1 n2 off2 ..." then the objects from /First. */
function unpackObjectStream(text: string, dict: PdfDict, objects: Map<number, PdfObject>): void {
  const data = streamData(text, dict);
  if (data === undefined) return;
  const count = intValue(dict.entries.get("N")) ?? 0;
  const first = intValue(dict.entries.get("First")) ?? 0;
  const numbers = data.slice(0, first).trim().split(/\s+/).map(Number);
  for (let k = 0; k < count; k++) {
    const number = numbers[2 * k];
    const offset = numbers[2 * k + 1];
    if (number === undefined || offset === undefined || Number.isNaN(number + offset)) return;
    const start = skipSpace(data, first + offset);
    objects.set(number, { dict: parseDict(data, start)?.entries, raw: data.slice(start, start + 32) });
  }
}

/** Decoded bytes of a stream as latin1 text, or undefined when the filter is one we do not decode. */
function streamData(text: string, dict: PdfDict): string | undefined {
  const keyword = /^\s*stream\r?\n/.exec(text.slice(dict.end, dict.end + 16));
  if (!keyword) return undefined;
  const start = dict.end + keyword[0].length;
  const length = intValue(dict.entries.get("Length"));
  const end =
    length !== undefined && text.startsWith("endstream", skipSpace(text, start + length))
      ? start + length
      : text.indexOf("endstream", start);
  if (end < 0) return undefined;
  const raw = Buffer.from(text.slice(start, end), "latin1");
  const filter = dict.entries.get("Filter")?.replace(/[[\]\s]/g, "");
  if (filter === undefined || filter === "") return raw.toString("latin1");
  if (filter !== "/FlateDecode") return undefined;
  try {
    // Sync flush tolerates a missing final block, which some producers emit.
    return inflateSync(raw, { finishFlush: zlib.Z_SYNC_FLUSH }).toString("latin1");
  } catch {
    return undefined;
  }
}
