// Contract tests for the Documents API (doc §10, §11).
import { describe, expect, it } from "vitest";
import { makeDocx, makePdf, makePptx, makeUnsupported } from "../fixtures";
import {
  ALEX_URN,
  asBody,
  enc,
  fullToken,
  getJson,
  initializeSingle,
  LUMEN,
  mediaStatus,
  NORTHWIND,
  restPost,
  uploadSingle,
} from "../testing/linkedin-test-helpers";
import { advanceClock, DAY_MS, postJson, setupTestSandbox, TEST_NOW } from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

describe("documents", () => {
  it("initializeUpload → PUT (201) → PROCESSING → AVAILABLE with a download URL", async () => {
    const token = await fullToken(t.url);
    const init = await initializeSingle(t.url, token, "documents", NORTHWIND);
    expect(init.urn).toMatch(/^urn:li:document:D4D10AQ/);
    expect(init.value).toEqual({
      uploadUrlExpiresAt: TEST_NOW + DAY_MS,
      uploadUrl: expect.stringContaining("/uploaded-document/0?"),
      document: init.urn,
    });
    const pdf = makePdf({ pages: 3 });
    expect((await fetch(init.uploadUrl, { method: "PUT", body: asBody(pdf) })).status).toBe(201);
    expect((await mediaStatus(t.url, token, init.urn)).body.status).toBe("PROCESSING");
    await advanceClock(t.url, { advanceMs: 2000 });
    const { body } = await mediaStatus(t.url, token, init.urn);
    expect(body).toMatchObject({ owner: NORTHWIND, status: "AVAILABLE", id: init.urn, uploadedAt: TEST_NOW });
    expect(body.downloadUrlExpiresAt).toBe(TEST_NOW + 2000 + DAY_MS);
    const download = await fetch(String(body.downloadUrl));
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
  });

  it("accepts DOCX and PPTX; batch get works", async () => {
    const token = await fullToken(t.url);
    const docx = await uploadSingle(t.url, token, "documents", ALEX_URN, makeDocx({ pages: 4 }));
    const pptx = await uploadSingle(t.url, token, "documents", ALEX_URN, makePptx({ pages: 6 }));
    const { body } = await getJson<{
      statuses: Record<string, number>;
      results: Record<string, { status: string }>;
    }>(t.url, `/rest/documents?ids=List(${enc(docx)},${enc(pptx)})`, token);
    expect(body.statuses).toEqual({ [docx]: 200, [pptx]: 200 });
    expect(body.results[pptx]?.status).toBe("AVAILABLE");
  });

  it.each([
    ["301 pages", () => makePdf({ pages: 301 }), "Document has 301 pages; LinkedIn accepts at most 300"],
    ["a spreadsheet", () => makeUnsupported("xlsx"), "Excel workbook (.xlsx) is not supported"],
    ["plain text", () => makeUnsupported("text"), "Unsupported document format"],
  ])("%s → PROCESSING_FAILED", async (_name, bytes, reason) => {
    const token = await fullToken(t.url);
    const urn = await uploadSingle(t.url, token, "documents", ALEX_URN, bytes());
    const { body } = await mediaStatus(t.url, token, urn);
    expect(body.status).toBe("PROCESSING_FAILED");
    expect(String(body.processingFailureReason)).toContain(reason);
  });

  it("a document over media.maxBytes.document fails with the size rule", async () => {
    await postJson(`${t.url}/_sandbox/config`, { media: { maxBytes: { document: 2048 } } });
    const token = await fullToken(t.url);
    const urn = await uploadSingle(
      t.url,
      token,
      "documents",
      ALEX_URN,
      makePdf({ pages: 1, sizeBytes: 5000 }),
    );
    const { body } = await mediaStatus(t.url, token, urn);
    expect(body.status).toBe("PROCESSING_FAILED");
    expect(String(body.processingFailureReason)).toContain("LinkedIn accepts at most 2,048 bytes");
  });

  it("an analyst gets the official document 403 body", async () => {
    const token = await fullToken(t.url);
    const res = await restPost(t.url, "/rest/documents?action=initializeUpload", token, {
      initializeUploadRequest: { owner: LUMEN },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      message:
        "Accessing this document resource is forbidden. Please check your permissions for this resource",
      status: 403,
    });
  });
});
