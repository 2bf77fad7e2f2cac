// Validates an uploaded document as LinkedIn's Documents API does (§10): PDF, PPT, PPTX, DOC or
// DOCX recognised from the bytes (never the file name), at most 100 MB and 300 pages.
import { type ByteSource, type MediaInput, readAll, withMediaInput } from "./byte-source";
import { checkDocumentFormat } from "./check-format";
import { checkDocumentSize, type DocumentSizeRules } from "./check-size";
import { accept, formatCount, type InspectResult, reject } from "./inspect-result";
import { DOCUMENT_MAX_PAGES, type DocumentFormat } from "./media-limits";
import { type OfficeInfo, readLegacyOffice, readOoxml } from "./read-office";
import { readPdfPages } from "./read-pdf";
import { sniffFormat } from "./sniff-format";

export { checkDocumentSize, type DocumentSizeRules } from "./check-size";

export interface DocumentInfo {
  format: DocumentFormat;
  mimeType: string;
  sizeBytes: number;
  /** Absent when an Office file records no count (see read-office.ts); PDFs always have one. */
  pageCount?: number;
  pageCountSource: "page-tree" | "page-objects" | OfficeInfo["pageCountSource"];
  /** PDFs only: the file has an /Encrypt dictionary (permissions or password). */
  encrypted?: boolean;
}

export interface DocumentRules extends DocumentSizeRules {
  maxPages?: number;
}

const MIME: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

export function inspectDocumentBytes(
  bytes: Uint8Array,
  rules: DocumentRules = {},
): InspectResult<DocumentInfo> {
  const sizeProblem = checkDocumentSize(bytes.length, rules);
  if (sizeProblem) return reject(sizeProblem);
  const maxPages = rules.maxPages ?? DOCUMENT_MAX_PAGES;

  const sniffed = sniffFormat(bytes.subarray(0, 1024));
  let parsed: Omit<DocumentInfo, "mimeType" | "sizeBytes"> | string;
  if (sniffed === "pdf") {
    const pdf = readPdfPages(bytes);
    parsed =
      typeof pdf === "string"
        ? pdf
        : { format: "pdf", pageCount: pdf.pageCount, pageCountSource: pdf.method, encrypted: pdf.encrypted };
  } else if (sniffed === "zip") {
    parsed = readOoxml(bytes);
  } else if (sniffed === "cfb") {
    parsed = readLegacyOffice(bytes);
  } else {
    return reject(checkDocumentFormat(sniffed) ?? "Unsupported document format.");
  }
  if (typeof parsed === "string") return reject(`${parsed}.`);

  const { pageCount } = parsed;
  // Office applications write 0 when they never computed the statistic; only exact counts can say "empty".
  const exact =
    parsed.pageCountSource === "page-tree" ||
    parsed.pageCountSource === "page-objects" ||
    parsed.pageCountSource === "slide-list";
  if (pageCount === 0 && exact)
    return reject(`Document has no ${parsed.format === "pptx" ? "slides" : "pages"}.`);
  if (pageCount !== undefined && pageCount > maxPages) {
    const unit = parsed.format.startsWith("ppt") ? "slides" : "pages";
    return reject(
      `Document has ${formatCount(pageCount)} ${unit}; LinkedIn accepts at most ${formatCount(maxPages)}.`,
    );
  }
  const info =
    pageCount === 0 ? { ...parsed, pageCount: undefined, pageCountSource: "unknown" as const } : parsed;
  return accept({ ...info, mimeType: MIME[parsed.format], sizeBytes: bytes.length });
}

/** From a path, Buffer or ByteSource; the size is checked before anything is loaded into memory. */
export async function inspectDocument(
  input: MediaInput,
  rules: DocumentRules = {},
): Promise<InspectResult<DocumentInfo>> {
  return withMediaInput(input, async (source: ByteSource) => {
    const sizeProblem = checkDocumentSize(source.size, rules);
    if (sizeProblem) return reject(sizeProblem);
    return inspectDocumentBytes(await readAll(source), rules);
  });
}
