// Contract: image and document uploads against the sandbox in-process (doc §8, §10): ONE streamed
// PUT of the whole file (pitfall §15.9), progress and saved state, preflight, resume and expiry.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { makeJpeg, makePdf, makePng } from "@/sandbox/fixtures";
import { LinkedInPreflightError } from "../errors/preflight-error";
import { ALEX, clockedClient, failure, NORTHWIND, recordingConfig } from "../testing/contract-helpers";
import { setupLinkedInSandbox } from "../testing/linkedin-sandbox";
import { uploadDocument, uploadImage } from "./upload-single-media";
import type { UploadProgress } from "./upload-progress";
import type { MediaUploadState } from "./upload-state";
import { waitForMediaAvailable } from "./wait-for-media-available";

const sandbox = setupLinkedInSandbox();
const DAY_MS = 86_400_000;

describe("images and documents: one PUT of the whole file", () => {
  it("an image from memory, with progress and a saved state", async () => {
    const { config, puts } = recordingConfig(sandbox);
    const { client } = await sandbox.client({
      scopes: ["w_organization_social", "r_organization_social"],
      config,
    });
    const png = makePng({ width: 300, height: 200 });
    const states: MediaUploadState[] = [];
    const progress: UploadProgress[] = [];
    const { urn, state } = await uploadImage(client, {
      owner: NORTHWIND,
      source: { data: png },
      onState: (s) => {
        states.push(s);
      },
      onProgress: (p) => progress.push(p),
    });
    expect(urn).toMatch(/^urn:li:image:/);
    expect(puts).toEqual([expect.stringMatching(/\/uploaded-image\/0$/)]);
    expect(states.map((s) => s.kind === "image" && s.uploaded)).toEqual([false, true]);
    expect(state).toMatchObject({
      kind: "image",
      mediaUrn: urn,
      owner: NORTHWIND,
      fileSizeBytes: png.length,
    });
    expect(progress.at(-1)).toMatchObject({ sentBytes: png.length, acknowledgedBytes: png.length });

    const result = await waitForMediaAvailable(client, { urn, owner: NORTHWIND });
    expect(result).toMatchObject({
      outcome: "AVAILABLE",
      media: { status: "AVAILABLE", aspectRatio: { width: 300, height: 200 } },
    });
    if (result.outcome !== "AVAILABLE") throw new Error("unreachable");
    expect((await fetch(result.media.downloadUrl ?? "")).status).toBe(200);
  });

  it("a document streamed from disk", async () => {
    const { config, puts } = recordingConfig(sandbox);
    const { client } = await sandbox.client({
      scopes: ["w_organization_social", "r_organization_social"],
      config,
    });
    const dir = mkdtempSync(join(tmpdir(), "cadence-doc-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, "deck.pdf");
    const pdf = makePdf({ pages: 12, sizeBytes: 3 * 1024 * 1024 });
    writeFileSync(path, pdf);
    const { urn } = await uploadDocument(client, { owner: NORTHWIND, source: { path } });
    expect(puts).toHaveLength(1);
    const result = await waitForMediaAvailable(client, { urn });
    expect(result.outcome).toBe("AVAILABLE");
    if (result.outcome !== "AVAILABLE") throw new Error("unreachable");
    const downloaded = Buffer.from(await (await fetch(result.media.downloadUrl ?? "")).arrayBuffer());
    expect(downloaded.equals(pdf)).toBe(true);
  });

  it("a file that is not an image is refused before initializeUpload", async () => {
    const { client } = await clockedClient(sandbox);
    const error = await failure(
      uploadImage(client, { owner: NORTHWIND, source: { data: makePdf({ pages: 1 }) } }),
    );
    expect(error).toBeInstanceOf(LinkedInPreflightError);
    expect(await sandbox.calls("POST /rest/images")).toBeUndefined();
  });

  it("a saved state continues with the same asset; an expired one starts again", async () => {
    const { client } = await clockedClient(sandbox);
    const source = { data: makeJpeg({ width: 64, height: 48 }) };
    let saved: MediaUploadState | null = null;
    await sandbox.addFault({ method: "PUT", path: "^/dms-uploads/", status: 503, times: 3 });
    await expect(
      uploadImage(client, { owner: ALEX, source, onState: (s) => void (saved = s) }),
    ).rejects.toMatchObject({ kind: "transient" });
    const first = saved as MediaUploadState | null;
    expect(first).toMatchObject({ kind: "image", uploaded: false });

    const resumed = await uploadImage(client, { owner: ALEX, source, resume: first });
    expect(resumed).toMatchObject({ resumed: true, urn: first?.mediaUrn });
    expect((await sandbox.calls("POST /rest/images"))?.total).toBe(1);

    // Image upload URLs live one day (sandbox): a day later the same saved state starts over.
    await sandbox.advanceClock(DAY_MS);
    const restarted = await uploadImage(client, { owner: ALEX, source, resume: first });
    expect(restarted.resumed).toBe(false);
    expect(restarted.urn).not.toBe(first?.mediaUrn);
  });
});
