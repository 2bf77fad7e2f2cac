// Contract: a 50 MB video streamed from disk with injected part failures (doc §9.3). One dropped
// connection is retried within the run; one part that keeps failing ends the run with the state
// saved, and the resumed upload sends only the parts LinkedIn never acknowledged, then finalizes.
// The bytes LinkedIn (the sandbox) assembled are compared with the file.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeMp4File } from "@/sandbox/fixtures";
import { LinkedInTransientError } from "../errors/linkedin-errors";
import { ALEX } from "../testing/contract-helpers";
import { setupLinkedInSandbox } from "../testing/linkedin-sandbox";
import type { UploadProgress } from "./upload-progress";
import { missingPartIndexes, parseMediaUploadState, type VideoUploadState } from "./upload-state";
import { uploadVideo } from "./upload-video";
import { waitForMediaAvailable } from "./wait-for-media-available";

const sandbox = setupLinkedInSandbox();
const SIZE = 50 * 1024 * 1024;
let dir = "";
let path = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cadence-video-resume-"));
  path = join(dir, "fifty.mp4");
  await writeMp4File(path, { durationSeconds: 40, sizeBytes: SIZE, width: 1920, height: 1080 });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sha256(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest("hex");
}

describe("a 50 MB video upload that fails part-way and resumes", () => {
  it("retries a dropped part, saves the state after a part that keeps failing, resumes only the rest", async () => {
    const partPuts: number[] = [];
    const config = sandbox.config({
      sleep: (ms) => sandbox.advanceClock(Math.max(1, Math.round(ms))),
      fetch: (url, init) => {
        const part = /\/uploadedVideo\/(\d+)$/.exec(new URL(String(url)).pathname)?.[1];
        if (init?.method === "PUT" && part !== undefined) partPuts.push(Number(part));
        return fetch(url, init);
      },
    });
    const { client } = await sandbox.client({ scopes: ["w_member_social"], config });
    // Part 1: the connection drops once (retried in the run). Part 5: four 500s (every attempt).
    await sandbox.addFault({ method: "PUT", path: "/uploadedVideo/1\\?", status: 0, times: 1 });
    await sandbox.addFault({ method: "PUT", path: "/uploadedVideo/5\\?", status: 500, times: 4 });

    let saved: unknown = null;
    const firstRun = uploadVideo(client, {
      owner: ALEX,
      source: { path },
      onState: (state) => {
        // What Cadence stores in MediaUpload.progress: a JSON round trip.
        saved = JSON.parse(JSON.stringify(state));
      },
    });
    await expect(firstRun).rejects.toBeInstanceOf(LinkedInTransientError);
    expect(partPuts.filter((p) => p === 1)).toHaveLength(2);
    expect(partPuts.filter((p) => p === 5)).toHaveLength(4);

    const state = parseMediaUploadState(saved) as VideoUploadState;
    expect(state.parts).toHaveLength(13);
    expect(state.parts.at(-1)).toMatchObject({ firstByte: 12 * 4_194_304, lastByte: SIZE - 1 });
    const missing = missingPartIndexes(state);
    expect(missing).toContain(5);
    expect(missing).not.toContain(1);
    expect(state.finalized).toBe(false);

    partPuts.length = 0;
    const progress: UploadProgress[] = [];
    const resumed = await uploadVideo(client, {
      owner: ALEX,
      source: { path },
      resume: state,
      onProgress: (p) => progress.push(p),
    });
    expect(resumed).toMatchObject({ urn: state.mediaUrn, resumed: true, partsUploaded: missing.length });
    expect([...partPuts].sort((a, b) => a - b)).toEqual(missing);
    expect(progress[0]?.acknowledgedBytes).toBe(SIZE - missing.reduce((n, i) => n + partLength(state, i), 0));
    expect(progress.at(-1)).toMatchObject({
      sentBytes: SIZE,
      acknowledgedBytes: SIZE,
      partsAcknowledged: 13,
    });
    expect((await sandbox.calls("POST /rest/videos"))?.statuses).toEqual({ "200": 2 });

    const result = await waitForMediaAvailable(client, { urn: resumed.urn });
    if (result.outcome !== "AVAILABLE") throw new Error(`not available: ${result.outcome}`);
    expect(result.media.duration).toBe(40_000);
    const download = await fetch(result.media.downloadUrl ?? "");
    expect(download.status).toBe(200);
    expect(await sha256(download.body as unknown as AsyncIterable<Uint8Array>)).toBe(
      await sha256(createReadStream(path)),
    );
  });
});

function partLength(state: VideoUploadState, index: number): number {
  const part = state.parts[index];
  return part ? part.lastByte - part.firstByte + 1 : 0;
}
