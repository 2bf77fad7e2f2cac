// Identifies Word and PowerPoint files and reads their page (slide) count, best effort.
//
// LinkedIn renders documents itself, so its page count is the rendered one. Without a renderer we
// use what the file records: for PPTX the slide list in ppt/presentation.xml (exact); for DOCX the
// <Pages> statistic Word stores in docProps/app.xml at save time (usually right, but absent or stale
// in files produced by libraries); for .doc/.ppt the page/slide count in the OLE summary streams.
// When a file records nothing, the count is unknown and the page limit cannot be checked.
import { readCfb } from "./read-cfb";
import { readIntProperty } from "./read-property-set";
import { listZipEntries, readZipEntry, type ZipEntry } from "./read-zip";

export type OfficeFormat = "docx" | "pptx" | "doc" | "ppt";

export interface OfficeInfo {
  format: OfficeFormat;
  pageCount?: number;
  /** Where pageCount came from; "unknown" when the file records none. */
  pageCountSource: "slide-list" | "app-properties" | "summary-information" | "unknown";
}

const MAIN_CONTENT_TYPES: Record<string, OfficeFormat | string> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": "pptx",
  "application/vnd.ms-word.document.macroEnabled.main+xml": "Word macro-enabled document (.docm)",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "Word template (.dotx)",
  "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml":
    "PowerPoint macro-enabled presentation (.pptm)",
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml":
    "PowerPoint slide show (.ppsx)",
  "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml":
    "PowerPoint template (.potx)",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "Excel workbook (.xlsx)",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "Excel macro-enabled workbook (.xlsm)",
};

/** OOXML package → format and count, or a reason (string) it is not an accepted document. */
export function readOoxml(bytes: Uint8Array): OfficeInfo | string {
  const entries = listZipEntries(bytes);
  if (typeof entries === "string") return entries;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string): string | undefined => {
    const entry = byName.get(name);
    const data = entry && readZipEntry(bytes, entry);
    return data instanceof Uint8Array ? Buffer.from(data).toString("utf8") : undefined;
  };

  const contentTypes = text("[Content_Types].xml");
  if (!contentTypes) return "ZIP archive is not an Office document";
  const mainPart = officeDocumentPart(text("_rels/.rels"));
  const kind = mainPart ? contentTypeOf(contentTypes, mainPart) : undefined;
  const format = kind !== undefined ? MAIN_CONTENT_TYPES[kind] : guessByPartNames(byName);
  if (format !== "docx" && format !== "pptx")
    return `${format ?? "Unrecognised Office package"} is not supported`;

  const appXml = text("docProps/app.xml");
  if (format === "pptx") {
    const presentation = text(mainPart ?? "ppt/presentation.xml");
    if (presentation !== undefined) {
      const slideCount = presentation.match(/<(?:\w+:)?sldId\b/g)?.length ?? 0;
      return { format, pageCount: slideCount, pageCountSource: "slide-list" };
    }
    const slides = xmlInt(appXml, "Slides");
    return slides === undefined
      ? { format, pageCountSource: "unknown" }
      : { format, pageCount: slides, pageCountSource: "app-properties" };
  }
  const pages = xmlInt(appXml, "Pages");
  return pages === undefined
    ? { format, pageCountSource: "unknown" }
    : { format, pageCount: pages, pageCountSource: "app-properties" };
}

/** Legacy OLE2 file → .doc / .ppt with the count from the summary streams. */
export function readLegacyOffice(bytes: Uint8Array): OfficeInfo | string {
  const cfb = readCfb(bytes);
  if (typeof cfb === "string") return cfb;
  const has = (name: string) => cfb.streamNames.includes(name);
  if (has("EncryptedPackage")) return "Password-protected Office document is not supported";
  if (has("WordDocument")) {
    const summary = cfb.readStream("\u0005SummaryInformation");
    const pages = summary && readIntProperty(summary, 0x0e); // PIDSI_PAGECOUNT
    return withCount("doc", pages);
  }
  if (has("PowerPoint Document")) {
    const summary = cfb.readStream("\u0005DocumentSummaryInformation");
    const slides = summary && readIntProperty(summary, 0x07); // PIDDSI_SLIDECOUNT
    return withCount("ppt", slides);
  }
  if (has("Workbook") || has("Book")) return "Excel workbook (.xls) is not supported";
  return "OLE2 file is not a Word or PowerPoint document";
}

function withCount(format: OfficeFormat, count: number | undefined): OfficeInfo {
  return count === undefined || count < 0
    ? { format, pageCountSource: "unknown" }
    : { format, pageCount: count, pageCountSource: "summary-information" };
}

function officeDocumentPart(rels: string | undefined): string | undefined {
  for (const tag of rels?.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (target) return target.replace(/^\//, "");
  }
  return undefined;
}

function contentTypeOf(contentTypes: string, part: string): string | undefined {
  for (const tag of contentTypes.match(/<Override\b[^>]*>/g) ?? []) {
    if (/PartName="([^"]+)"/.exec(tag)?.[1]?.replace(/^\//, "") === part)
      return /ContentType="([^"]+)"/.exec(tag)?.[1];
  }
  return undefined;
}

function guessByPartNames(byName: Map<string, ZipEntry>): OfficeFormat | undefined {
  if (byName.has("word/document.xml")) return "docx";
  if (byName.has("ppt/presentation.xml")) return "pptx";
  return undefined;
}

function xmlInt(xml: string | undefined, tag: string): number | undefined {
  const m = xml && new RegExp(`<(?:\\w+:)?${tag}>\\s*(\\d+)\\s*</`).exec(xml);
  return m ? Number(m[1]) : undefined;
}
