// The polling schedule with a fake clock and a scripted LinkedIn: backoff 2 s doubling to 30 s,
// the overall deadline, read failures counted apart from "still processing", and §15.16.
import { describe, expect, it } from "vitest";
import { createLinkedInConfig } from "../config";
import { LinkedInPermissionError, LinkedInTransientError } from "../errors/linkedin-errors";
import type { LinkedInClient } from "../http/linkedin-client";
import { waitForMediaAvailable } from "./wait-for-media-available";

type Answer = { status: string; processingFailureReason?: string } | Error;

function scripted(answers: Answer[], grantedScopes?: string[]) {
  let now = 0;
  const sleeps: number[] = [];
  let reads = 0;
  const config = createLinkedInConfig({
    target: "sandbox",
    oauthBaseUrl: "http://x/oauth/v2",
    apiBaseUrl: "http://x",
    apiVersion: "202611",
    clientId: "c",
    clientSecret: "s",
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  });
  const client: LinkedInClient = {
    config,
    grantedScopes,
    async request<T>() {
      const answer = answers[Math.min(reads, answers.length - 1)] as Answer;
      reads += 1;
      if (answer instanceof Error) throw answer;
      return {
        status: 200,
        data: { id: "urn:li:video:v", ...answer } as T,
        restliId: null,
        headers: new Headers(),
      };
    },
    upload: () => Promise.reject(new Error("no uploads")),
  };
  return { client, sleeps, reads: () => reads };
}

const PROCESSING = { status: "PROCESSING" };
const AVAILABLE = { status: "AVAILABLE" };
const transient = () => new LinkedInTransientError("server", { status: 503 });

describe("waitForMediaAvailable", () => {
  it("backs off 2, 4, 8, 16, 30, 30 s until AVAILABLE", async () => {
    const { client, sleeps } = scripted([...Array(6).fill(PROCESSING), AVAILABLE]);
    const result = await waitForMediaAvailable(client, { urn: "urn:li:video:v" });
    expect(result.outcome).toBe("AVAILABLE");
    expect(sleeps).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it("ends at the deadline with DEADLINE_EXCEEDED, never sleeping past it", async () => {
    const { client, sleeps } = scripted([PROCESSING]);
    const error = await waitForMediaAvailable(client, { urn: "urn:li:video:v", timeoutMs: 20_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ failure: "DEADLINE_EXCEEDED", kind: "media_processing" });
    expect(sleeps).toEqual([2_000, 4_000, 8_000, 6_000]);
  });

  it("PROCESSING_FAILED carries LinkedIn's reason", async () => {
    const { client } = scripted([
      PROCESSING,
      { status: "PROCESSING_FAILED", processingFailureReason: "Corrupt file" },
    ]);
    await expect(waitForMediaAvailable(client, { urn: "urn:li:video:v" })).rejects.toMatchObject({
      failure: "PROCESSING_FAILED",
      reason: "Corrupt file",
      userMessage: expect.stringContaining("Corrupt file"),
    });
  });

  it("tolerates isolated read failures, gives up after three in a row", async () => {
    const ok = scripted([transient(), PROCESSING, transient(), transient(), AVAILABLE]);
    expect((await waitForMediaAvailable(ok.client, { urn: "urn:li:video:v" })).outcome).toBe("AVAILABLE");
    const bad = scripted([transient(), transient(), transient(), AVAILABLE]);
    await expect(waitForMediaAvailable(bad.client, { urn: "urn:li:video:v" })).rejects.toBeInstanceOf(
      LinkedInTransientError,
    );
  });

  it("§15.16: a 403 on a member image is 'unknown' → grace; on a Page image or a video it is an error", async () => {
    const denied = () => new LinkedInPermissionError({ reason: "unknown" }, { status: 403 });
    const member = scripted([denied()]);
    expect(
      await waitForMediaAvailable(member.client, {
        urn: "urn:li:image:i",
        owner: "urn:li:person:p",
        graceMs: 7_000,
      }),
    ).toMatchObject({
      outcome: "ASSUMED_AVAILABLE",
    });
    expect(member.sleeps).toEqual([7_000]);
    await expect(
      waitForMediaAvailable(scripted([denied()]).client, {
        urn: "urn:li:image:i",
        owner: "urn:li:organization:1",
      }),
    ).rejects.toBeInstanceOf(LinkedInPermissionError);
    await expect(
      waitForMediaAvailable(scripted([denied()]).client, { urn: "urn:li:video:v" }),
    ).rejects.toBeInstanceOf(LinkedInPermissionError);
  });

  it("§15.16 skip: a member-only token does not read image/document status at all", async () => {
    const memberOnly = scripted([AVAILABLE], ["w_member_social", "openid"]);
    const result = await waitForMediaAvailable(memberOnly.client, {
      urn: "urn:li:document:d",
      memberImageDocumentStatus: "skip",
    });
    expect(result.outcome).toBe("ASSUMED_AVAILABLE");
    expect(memberOnly.reads()).toBe(0);
    // A token with Page scopes still reads.
    const page = scripted([AVAILABLE], ["w_member_social", "w_organization_social"]);
    await waitForMediaAvailable(page.client, { urn: "urn:li:document:d", memberImageDocumentStatus: "skip" });
    expect(page.reads()).toBe(1);
  });
});
