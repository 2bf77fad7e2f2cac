import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeCfb,
  makeDoc,
  makeDocx,
  makePdf,
  makePng,
  makePpt,
  makePptx,
  makeUnsupported,
  type OfficeOptions,
} from "@/sandbox/fixtures";
import type { ByteSource } from "./byte-source";
import { checkDocumentSize, inspectDocument, inspectDocumentBytes } from "./inspect-document";
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_PAGES } from "./media-limits";

describe("inspectDocumentBytes: page limit (§10: 300 pages)", () => {
  const makers: [string, (pages: number) => Buffer, string][] = [
    ["PDF (classic xref)", (pages) => makePdf({ pages }), "page-tree"],
    ["PDF (object + xref streams)", (pages) => makePdf({ pages, objectStreams: true }), "page-tree"],
    ["PDF (page tree of fanout 8)", (pages) => makePdf({ pages, fanout: 8 }), "page-tree"],
    ["DOCX", (pages) => makeDocx({ pages }), "app-properties"],
    ["PPTX", (pages) => makePptx({ pages }), "slide-list"],
    ["DOC", (pages) => makeDoc({ pages }), "summary-information"],
    ["PPT", (pages) => makePpt({ pages }), "summary-information"],
  ];
  const cases = makers.flatMap(([name, make, source]) =>
    [1, DOCUMENT_MAX_PAGES, DOCUMENT_MAX_PAGES + 1].map(
      (pages) => [name, pages, pages <= DOCUMENT_MAX_PAGES, make, source] as const,
    ),
  );

  it.each(cases)("%s with %i pages → ok=%s", (name, pages, ok, make, source) => {
    const result = inspectDocumentBytes(make(pages));
    expect(result.ok).toBe(ok);
    if (result.ok) expect([result.info.pageCount, result.info.pageCountSource]).toEqual([pages, source]);
    else
      expect(result.reason).toBe(
        `Document has 301 ${name.startsWith("PP") ? "slides" : "pages"}; LinkedIn accepts at most 300.`,
      );
  });
});

describe("inspectDocumentBytes: formats", () => {
  it.each([
    ["pdf", makePdf({ pages: 2 }), "application/pdf"],
    [
      "docx",
      makeDocx({ pages: 2 }),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    [
      "pptx",
      makePptx({ pages: 2 }),
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
    ["doc", makeDoc({ pages: 2 }), "application/msword"],
    ["ppt", makePpt({ pages: 2 }), "application/vnd.ms-powerpoint"],
  ])("recognises %s from its content", (format, bytes, mimeType) => {
    const result = inspectDocumentBytes(bytes);
    expect(result.ok && [result.info.format, result.info.mimeType, result.info.sizeBytes]).toEqual([
      format,
      mimeType,
      bytes.length,
    ]);
  });

  it.each([
    ["an Excel workbook (.xlsx)", makeUnsupported("xlsx"), "Excel workbook (.xlsx) is not supported."],
    ["an Excel workbook (.xls)", makeUnsupported("xls"), "Excel workbook (.xls) is not supported."],
    ["a plain ZIP", makeUnsupported("zip"), "ZIP archive is not an Office document."],
    [
      "an RTF file",
      makeUnsupported("rtf"),
      "Unsupported document format: RTF document. Accepted formats: PDF, PPT, PPTX, DOC, DOCX.",
    ],
    [
      "an image",
      makePng(),
      "Unsupported document format: PNG image. Accepted formats: PDF, PPT, PPTX, DOC, DOCX.",
    ],
    [
      "a password-protected OOXML file",
      makeCfb([
        { name: "EncryptionInfo", data: Buffer.alloc(64) },
        { name: "EncryptedPackage", data: Buffer.alloc(64) },
      ]),
      "Password-protected Office document is not supported.",
    ],
    ["an empty upload", new Uint8Array(), "The uploaded document is empty (0 bytes)."],
  ])("rejects %s", (_, bytes, reason) => {
    expect(inspectDocumentBytes(bytes)).toEqual({ ok: false, reason });
  });
});

describe("inspectDocumentBytes: page counts, best effort for Office files", () => {
  it.each<[string, (o: OfficeOptions) => Buffer]>([
    ["DOCX", makeDocx],
    ["DOC", makeDoc],
    ["PPT", makePpt],
  ])("accepts a %s that records no page count, and says the count is unknown", (_, make) => {
    const result = inspectDocumentBytes(make({ pages: 500, recordCount: false }));
    expect(result.ok && [result.info.pageCount, result.info.pageCountSource]).toEqual([undefined, "unknown"]);
  });

  it("counts PPTX slides from the slide list even without app properties", () => {
    const result = inspectDocumentBytes(makePptx({ pages: 301, recordCount: false }));
    expect(result).toEqual({ ok: false, reason: "Document has 301 slides; LinkedIn accepts at most 300." });
  });

  it.each([
    ["PDF", makePdf({ pages: 0 }), "Document has no pages."],
    ["PPTX", makePptx({ pages: 0 }), "Document has no slides."],
  ])("rejects an empty %s", (_, bytes, reason) => {
    expect(inspectDocumentBytes(bytes)).toEqual({ ok: false, reason });
  });

  it("treats a recorded 0 in Word's statistics as 'not computed'", () => {
    const result = inspectDocumentBytes(makeDocx({ pages: 0 }));
    expect(result.ok && result.info.pageCountSource).toBe("unknown");
  });
});

describe("inspectDocumentBytes: PDF robustness", () => {
  it("rejects a PDF cut short", () => {
    const pdf = makePdf({ pages: 3 });
    expect(inspectDocumentBytes(pdf.subarray(0, pdf.length - 40))).toEqual({
      ok: false,
      reason: "PDF is truncated (no %%EOF marker).",
    });
  });

  it("follows an incremental update that removes pages", () => {
    const original = makePdf({ pages: 5 });
    const text = original.toString("latin1");
    const rootPages = Number(/\/Type \/Catalog \/Pages (\d+) 0 R/.exec(text)![1]);
    const firstKids = /\/Kids \[(\d+ 0 R \d+ 0 R \d+ 0 R)/.exec(text)![1];
    const prev = Number(/startxref\n(\d+)/.exec(text)![1]);
    const object = `${rootPages} 0 obj\n<< /Type /Pages /Kids [${firstKids}] /Count 3 >>\nendobj\n`;
    const xrefAt = original.length + object.length;
    const update =
      object +
      `xref\n0 1\n0000000000 65535 f \n${rootPages} 1\n${String(original.length).padStart(10, "0")} 00000 n \n` +
      `trailer\n<< /Size ${rootPages + 1} /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const result = inspectDocumentBytes(Buffer.concat([original, Buffer.from(update, "latin1")]));
    expect(result.ok && [result.info.pageCount, result.info.pageCountSource]).toEqual([3, "page-tree"]);
  });

  it("counts page objects when the page tree cannot be followed", () => {
    const broken = makePdf({ pages: 4 })
      .toString("latin1")
      .replace(/\/Type \/Catalog \/Pages \d+ 0 R/, "/Type /Catalog /Pages 999 0 R");
    const result = inspectDocumentBytes(Buffer.from(broken, "latin1"));
    expect(result.ok && [result.info.pageCount, result.info.pageCountSource]).toEqual([4, "page-objects"]);
  });
});

describe("inspectDocument: size (§10: 100 MB, read as 100 MiB)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "cadence-document-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    [0, "The uploaded document is empty (0 bytes)."],
    [DOCUMENT_MAX_BYTES, undefined],
    [
      DOCUMENT_MAX_BYTES + 1,
      "Document is 104,857,601 bytes (100.0 MiB); LinkedIn accepts at most 104,857,600 bytes (100.0 MiB).",
    ],
  ])("checkDocumentSize(%i) → %s", (size, reason) => {
    expect(checkDocumentSize(size)).toBe(reason);
  });

  it("accepts a PDF of exactly 100 MiB", async () => {
    const result = await inspectDocument(makePdf({ pages: 300, sizeBytes: DOCUMENT_MAX_BYTES }));
    expect(result.ok && [result.info.sizeBytes, result.info.pageCount]).toEqual([DOCUMENT_MAX_BYTES, 300]);
  });

  it("rejects 100 MiB + 1 before reading a single byte", async () => {
    let reads = 0;
    const source: ByteSource = {
      size: DOCUMENT_MAX_BYTES + 1,
      read: async () => {
        reads++;
        return new Uint8Array();
      },
    };
    expect(await inspectDocument(source)).toEqual({
      ok: false,
      reason:
        "Document is 104,857,601 bytes (100.0 MiB); LinkedIn accepts at most 104,857,600 bytes (100.0 MiB).",
    });
    expect(reads).toBe(0);
  });

  it("rejects an oversized file on disk without loading it", async () => {
    const path = join(dir, "huge.pdf");
    await writeFile(path, makePdf({ pages: 1 }));
    await truncate(path, 200 * 1024 * 1024); // sparse: no disk or memory cost
    const result = await inspectDocument(path);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Document is 209,715,200 bytes/);
  });
});
