// Contract: video uploads against the sandbox in-process (doc §9, §11): parts to their own URLs,
// captions and thumbnail, processing verdicts and deadline, preflight, finalize reconciliation,
// expired upload URLs and the saved state. The 50 MB resume is video-resume.contract.test.ts.
import { describe, expect, it } from "vitest";
import { makeMp4, makePng, makeSrt } from "@/sandbox/fixtures";
import { LinkedInMediaProcessingError, LinkedInUploadExpiredError } from "../errors/media-errors";
import { LinkedInPreflightError } from "../errors/preflight-error";
import { createPost } from "../posts/create-post";
import {
  ALEX,
  clockedClient,
  failure,
  feedPage,
  NORTHWIND,
  recordingConfig,
} from "../testing/contract-helpers";
import { setupLinkedInSandbox } from "../testing/linkedin-sandbox";
import { finalizeVideoUpload } from "./finalize-video-upload";
import { getMediaStatus } from "./get-media-status";
import { parseMediaUploadState, type VideoUploadState } from "./upload-state";
import { uploadVideo } from "./upload-video";
import { waitForMediaAvailable } from "./wait-for-media-available";

const sandbox = setupLinkedInSandbox();

describe("videos", () => {
  it("parts, captions and thumbnail, then the post shows poster and captions", async () => {
    const { config, puts } = recordingConfig(sandbox);
    const { client } = await sandbox.client({
      scopes: ["w_organization_social", "r_organization_social"],
      config,
    });
    const video = makeMp4({ durationSeconds: 12, sizeBytes: 9 * 1024 * 1024, width: 1280, height: 720 });
    const { urn, state, partsUploaded } = await uploadVideo(client, {
      owner: NORTHWIND,
      source: { data: video },
      captions: { data: makeSrt({ cues: 4 }) },
      thumbnail: { data: makePng({ width: 128, height: 72 }) },
    });
    expect(partsUploaded).toBe(3);
    expect(state.parts.map((p) => [p.firstByte, p.lastByte])).toEqual([
      [0, 4_194_303],
      [4_194_304, 8_388_607],
      [8_388_608, 9 * 1024 * 1024 - 1],
    ]);
    // Every part to its own URL (pitfall §15.9), side files first.
    expect(puts).toEqual([
      expect.stringMatching(/\/uploadedThumbnail\/0$/),
      expect.stringMatching(/\/uploadedCaptions\/0$/),
      ...[0, 1, 2].map(() => expect.stringMatching(/\/uploadedVideo\/\d$/)),
    ]);
    expect(new Set(puts.slice(2)).size).toBe(3);
    expect(state).toMatchObject({
      finalized: true,
      captions: { uploaded: true },
      thumbnail: { uploaded: true },
    });

    const result = await waitForMediaAvailable(client, { urn });
    expect(result).toMatchObject({ outcome: "AVAILABLE", media: { duration: 12_000 } });
    const { urn: post } = await createPost(client, {
      author: NORTHWIND,
      commentary: [{ type: "text", text: "Captioned" }],
      content: { kind: "video", video: urn, title: "Captioned clip" },
    });
    const { html } = await feedPage(sandbox, post);
    expect(html).toMatch(/<video [^>]*poster="[^"]*videocover-high/);
    expect(html).toContain('<track kind="captions"');
  });

  it("a video under 3 seconds → LinkedInMediaProcessingError with LinkedIn's reason", async () => {
    const { client } = await clockedClient(sandbox);
    const { urn } = await uploadVideo(client, {
      owner: ALEX,
      source: { data: makeMp4({ durationSeconds: 2, sizeBytes: 120 * 1024 }) },
    });
    const error = await failure(waitForMediaAvailable(client, { urn }));
    expect(error).toBeInstanceOf(LinkedInMediaProcessingError);
    expect(error).toMatchObject({
      failure: "PROCESSING_FAILED",
      mediaUrn: urn,
      retryable: false,
      reason: expect.stringContaining("at least 3 seconds"),
    });
  });

  it("an injected PROCESSING_FAILED carries its reason; a slow one misses the deadline", async () => {
    const { client } = await clockedClient(sandbox);
    await sandbox.addFault({
      kind: "PROCESSING_FAILED",
      match: "^urn:li:video:",
      reason: "Unsupported codec",
      times: 1,
    });
    const source = { data: makeMp4({ durationSeconds: 5, sizeBytes: 100 * 1024 }) };
    const failed = await uploadVideo(client, { owner: ALEX, source });
    expect(await failure(waitForMediaAvailable(client, { urn: failed.urn }))).toMatchObject({
      failure: "PROCESSING_FAILED",
      reason: "Unsupported codec",
    });

    await sandbox.control("/_sandbox/config", { media: { processingDelayMs: { video: 3_600_000 } } });
    const slow = await uploadVideo(client, { owner: ALEX, source });
    const error = await failure(waitForMediaAvailable(client, { urn: slow.urn, timeoutMs: 60_000 }));
    expect(error).toMatchObject({ failure: "DEADLINE_EXCEEDED", retryable: true });
    expect((await getMediaStatus(client, slow.urn)).status).toBe("PROCESSING");
  });

  it("a non-MP4 or a file over 500 MB is refused before initializeUpload", async () => {
    const { client } = await clockedClient(sandbox);
    const error = await failure(uploadVideo(client, { owner: ALEX, source: { data: makePng() } }));
    expect(error).toBeInstanceOf(LinkedInPreflightError);
    expect((error as LinkedInPreflightError).problems.map((p) => p.message)).toEqual([
      "Unsupported video format: PNG image. LinkedIn accepts MP4 only.",
      expect.stringContaining("at least 76,800 bytes (75.0 KiB)"),
    ]);
    expect(await sandbox.calls("POST /rest/videos")).toBeUndefined();
  });

  it("a finalize whose answer was lost is recognised from the video's status", async () => {
    const { client } = await clockedClient(sandbox);
    const source = { data: makeMp4({ durationSeconds: 5, sizeBytes: 5 * 1024 * 1024 }) };
    let saved: VideoUploadState | null = null;
    await sandbox.addFault({ method: "POST", path: "action=finalizeUpload", status: 500, times: 1 });
    await expect(
      uploadVideo(client, { owner: ALEX, source, onState: (s) => void (saved = s) }),
    ).rejects.toMatchObject({
      kind: "transient",
    });
    const afterFailure = saved as VideoUploadState | null;
    expect(afterFailure?.parts.every((p) => p.etag !== null)).toBe(true);
    expect(afterFailure?.finalized).toBe(false);

    // The finalize goes through but Cadence crashes before saving: the next run's finalize is
    // refused ("already finalized"), and the status shows it happened.
    if (!afterFailure) throw new Error("no state");
    await finalizeVideoUpload(client, {
      video: afterFailure.mediaUrn,
      owner: ALEX,
      uploadToken: afterFailure.uploadToken,
      uploadedPartIds: afterFailure.parts.map((p) => p.etag ?? ""),
    });
    const resumed = await uploadVideo(client, { owner: ALEX, source, resume: afterFailure });
    expect(resumed).toMatchObject({ resumed: true, partsUploaded: 0, state: { finalized: true } });
    expect((await waitForMediaAvailable(client, { urn: resumed.urn })).outcome).toBe("AVAILABLE");
  });

  it("upload URLs that LinkedIn calls expired start a fresh upload once", async () => {
    const { client } = await clockedClient(sandbox);
    const source = { data: makeMp4({ durationSeconds: 5, sizeBytes: 5 * 1024 * 1024 }) };
    await sandbox.addFault({
      method: "PUT",
      path: "/uploadedVideo/1\\?",
      status: 403,
      times: 1,
      body: {
        status: 403,
        message: "Upload URL expired at 2026-11-16T09:00:00.000Z; call initializeUpload again",
      },
    });
    const result = await uploadVideo(client, { owner: ALEX, source });
    expect((await sandbox.calls("POST /rest/videos"))?.total).toBe(3); // init, init again, finalize
    expect((await waitForMediaAvailable(client, { urn: result.urn })).outcome).toBe("AVAILABLE");

    await sandbox.addFault({
      method: "PUT",
      path: "/uploadedVideo/",
      status: 403,
      times: 2,
      body: { status: 403, message: "Upload URL expired" },
    });
    // One part at a time, so each round meets one of the two faults: the second expiry is final.
    expect(await failure(uploadVideo(client, { owner: ALEX, source, concurrency: 1 }))).toBeInstanceOf(
      LinkedInUploadExpiredError,
    );
  });
});

describe("saved state", () => {
  it("is plain JSON that parses back", async () => {
    const { client } = await clockedClient(sandbox);
    const { state } = await uploadVideo(client, {
      owner: ALEX,
      source: { data: makeMp4({ durationSeconds: 4, sizeBytes: 100 * 1024 }) },
    });
    expect(parseMediaUploadState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseMediaUploadState({ kind: "video" })).toBeNull();
  });
});
