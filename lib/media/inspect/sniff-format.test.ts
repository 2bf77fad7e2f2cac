import { describe, expect, it } from "vitest";
import {
  makeDoc,
  makeDocx,
  makeGif,
  makeJpeg,
  makeMp4,
  makePdf,
  makePng,
  makeSrt,
  makeUnsupported,
} from "@/sandbox/fixtures";
import { sniffFormat, type SniffedFormat } from "./sniff-format";

describe("sniffFormat", () => {
  it.each<[string, Uint8Array, SniffedFormat]>([
    ["PNG", makePng(), "png"],
    ["JPEG", makeJpeg(), "jpeg"],
    ["GIF", makeGif(), "gif"],
    ["WebP", makeUnsupported("webp"), "webp"],
    ["BMP", makeUnsupported("bmp"), "bmp"],
    ["TIFF", makeUnsupported("tiff"), "tiff"],
    ["HEIC", makeUnsupported("heic"), "heif"],
    ["SVG", makeUnsupported("svg"), "svg"],
    ["MP4", makeMp4({ durationSeconds: 5, sizeBytes: 4096 }), "mp4"],
    ["MOV (qt brand)", makeUnsupported("mov"), "mov"],
    ["WebM", makeUnsupported("webm"), "webm"],
    ["AVI", makeUnsupported("avi"), "avi"],
    ["PDF", makePdf({ pages: 1 }), "pdf"],
    ["DOCX (zip)", makeDocx({ pages: 1 }), "zip"],
    ["DOC (OLE2)", makeDoc({ pages: 1 }), "cfb"],
    ["RTF", makeUnsupported("rtf"), "rtf"],
    ["SRT (text)", makeSrt(), "text"],
    ["empty", new Uint8Array(), "unknown"],
    ["binary noise", Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0x04]), "unknown"],
  ])("recognises %s from its bytes", (_, bytes, expected) => {
    expect(sniffFormat(bytes.subarray(0, 1024))).toBe(expected);
  });

  it("finds a PDF header preceded by junk, as readers allow within the first 1024 bytes", () => {
    const bytes = Buffer.concat([Buffer.from("garbage\n"), makePdf({ pages: 1 })]);
    expect(sniffFormat(bytes.subarray(0, 1024))).toBe("pdf");
  });
});
