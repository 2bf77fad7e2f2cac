// Contract: token and permission failures during uploads (doc §13.3, §9, §10) and the member-token
// allowance for image/document status reads (pitfall §15.16), against the sandbox in-process.
import { describe, expect, it } from "vitest";
import { makeMp4, makePng } from "@/sandbox/fixtures";
import { LinkedInPermissionError, LinkedInTokenError } from "../errors/linkedin-errors";
import { createPost } from "../posts/create-post";
import { ALEX, clockedClient, failure } from "../testing/contract-helpers";
import { setupLinkedInSandbox } from "../testing/linkedin-sandbox";
import { uploadImage } from "./upload-single-media";
import type { VideoUploadState } from "./upload-state";
import { uploadVideo } from "./upload-video";
import { waitForMediaAvailable } from "./wait-for-media-available";

const sandbox = setupLinkedInSandbox();

describe("token and permission errors during an upload", () => {
  it("a revoked token at initializeUpload", async () => {
    const { client, accessToken } = await clockedClient(sandbox);
    await sandbox.control("/_sandbox/faults", { revokeToken: accessToken });
    const error = await failure(
      uploadVideo(client, {
        owner: ALEX,
        source: { data: makeMp4({ durationSeconds: 5, sizeBytes: 100 * 1024 }) },
      }),
    );
    expect(error).toBeInstanceOf(LinkedInTokenError);
    expect(error).toMatchObject({ reason: "revoked", endpoint: "POST /rest/videos" });
  });

  it("a 401 on a part PUT is a token error, not retried, and the state keeps the other parts", async () => {
    const { client } = await clockedClient(sandbox);
    let saved: VideoUploadState | null = null;
    await sandbox.addFault({ method: "PUT", path: "/uploadedVideo/2\\?", status: 401, times: 1 });
    const error = await failure(
      uploadVideo(client, {
        owner: ALEX,
        source: { data: makeMp4({ durationSeconds: 5, sizeBytes: 10 * 1024 * 1024 }) },
        concurrency: 1,
        onState: (s) => void (saved = s),
      }),
    );
    expect(error).toBeInstanceOf(LinkedInTokenError);
    expect(error).toMatchObject({
      reason: "revoked",
      endpoint: expect.stringMatching(/^PUT \/dms-uploads\//),
    });
    // Not retried: the fault fired once and nothing else was sent after it.
    expect((await sandbox.calls("PUT /dms-uploads/{id}/{slot}/{index}"))?.statuses).toEqual({
      "200": 2,
      "401": 1,
    });
    expect((saved as VideoUploadState | null)?.parts.map((p) => p.etag !== null)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("an expired token during the upload", async () => {
    const { client } = await clockedClient(sandbox);
    const { client: shortLived } = await sandbox.client({
      scopes: ["w_member_social"],
      expiresIn: 60,
      config: client.config,
    });
    await sandbox.advanceClock(61_000);
    const error = await failure(uploadImage(shortLived, { owner: ALEX, source: { data: makePng() } }));
    expect(error).toMatchObject({ constructor: LinkedInTokenError, reason: "expired" });
  });

  it("media for a Page the member cannot post for → permission error (role)", async () => {
    const { client } = await clockedClient(sandbox);
    const error = await failure(
      uploadImage(client, { owner: "urn:li:organization:5515004", source: { data: makePng() } }),
    );
    expect(error).toBeInstanceOf(LinkedInPermissionError);
    expect(error).toMatchObject({ reason: "role", status: 403 });
  });
});

describe("member tokens and image/document status (pitfall §15.16)", () => {
  it("a refused status read ends in ASSUMED_AVAILABLE after the grace period; skip never reads", async () => {
    await sandbox.control("/_sandbox/config", { media: { memberTokenStatusReads: "deny" } });
    const { client } = await clockedClient(sandbox, { scopes: ["w_member_social"] });
    const { urn } = await uploadImage(client, { owner: ALEX, source: { data: makePng() } });
    const polled = await waitForMediaAvailable(client, { urn, owner: ALEX, graceMs: 5_000 });
    expect(polled).toEqual({
      urn,
      outcome: "ASSUMED_AVAILABLE",
      reason: "status_unreadable_with_member_token",
    });
    expect((await sandbox.calls("GET /rest/images/{id}"))?.statuses).toEqual({ "403": 1 });

    const skipped = await waitForMediaAvailable(client, {
      urn,
      owner: ALEX,
      memberImageDocumentStatus: "skip",
    });
    expect(skipped.outcome).toBe("ASSUMED_AVAILABLE");
    expect((await sandbox.calls("GET /rest/images/{id}"))?.total).toBe(1);
    // The image really is usable after the grace period.
    await createPost(client, {
      author: ALEX,
      commentary: [{ type: "text", text: "Posted after the grace period" }],
      content: { kind: "image", image: urn, altText: "A square" },
    });
  });

  it("videos are polled with any token", async () => {
    await sandbox.control("/_sandbox/config", { media: { memberTokenStatusReads: "deny" } });
    const { client } = await clockedClient(sandbox, { scopes: ["w_member_social"] });
    const { urn } = await uploadVideo(client, {
      owner: ALEX,
      source: { data: makeMp4({ durationSeconds: 4, sizeBytes: 100 * 1024 }) },
    });
    const result = await waitForMediaAvailable(client, { urn, memberImageDocumentStatus: "skip" });
    expect(result.outcome).toBe("AVAILABLE");
  });
});
