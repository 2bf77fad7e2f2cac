// POST /api/link-preview on a real database with the session stubbed: the card as JSON, errors in
// the usual { error: { code, message, fieldErrors } } shape, and who may ask.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/link-preview/route";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { type LocalServer, startLocalServer } from "@/lib/net/testing/local-server";
import type { LinkPreview } from "@/lib/services/link-preview/link-preview-schema";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { makePng } from "@/sandbox/fixtures";

type Acting = { userId: string; workspaceId: string; role: Role } | null;
const acting = vi.hoisted(() => ({ current: null as Acting }));

vi.mock("@/lib/auth/session", () => ({
  requireWorkspaceOrThrow: async () => {
    if (!acting.current) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    const { userId, workspaceId, role } = acting.current;
    return {
      role,
      user: { id: userId, name: "", email: "" },
      workspace: { id: workspaceId, name: "", timeZone: "UTC" },
    };
  },
}));

setupTestDatabase();
let owner: { userId: string; workspaceId: string };
let server: LocalServer;

beforeAll(async () => {
  vi.stubEnv("CADENCE_DATA_DIR", await mkdtemp(path.join(os.tmpdir(), "cadence-link-route-")));
  resetEnvCache();
  const created = await createUser({ name: "Rita", email: "rita@example.com", password: "rita-password" });
  owner = { userId: created.user.id, workspaceId: created.workspace.id };
  server = await startLocalServer({
    "/post": (_req, res) =>
      res
        .writeHead(200, { "Content-Type": "text/html" })
        .end(
          `<html><head><meta property="og:title" content="A post"><meta property="og:image" content="/cover.png">` +
            `<meta name="description" content="About it."></head></html>`,
        ),
    "/cover.png": (_req, res) =>
      res.writeHead(200, { "Content-Type": "image/png" }).end(makePng({ width: 800, height: 418 })),
  });
});

afterAll(async () => {
  await server.close();
  vi.unstubAllEnvs();
  resetEnvCache();
});

beforeEach(() => {
  acting.current = { ...owner, role: "EDITOR" };
  // The test server is on 127.0.0.1: allowed here as on an intranet deployment.
  vi.stubEnv("CADENCE_ALLOW_PRIVATE_URLS", "true");
  resetEnvCache();
});

const post = (body: unknown) =>
  POST(
    new Request("http://localhost:3000/api/link-preview", {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("POST /api/link-preview", () => {
  it("answers 200 with the card and its stored thumbnail", async () => {
    const response = await post({ url: server.url("/post") });
    expect(response.status).toBe(200);
    const card = (await response.json()) as LinkPreview;
    expect(card).toMatchObject({
      url: server.url("/post"),
      title: "A post",
      description: "About it.",
      siteName: null,
      imageProblem: null,
      image: { kind: "IMAGE", width: 800, height: 418, fileName: "cover.png" },
    });
    expect(card.image?.url).toBe(`/api/media/${card.image?.id}/file`);
  });

  it("answers 400 with field errors for a missing or malformed link", async () => {
    const message = "Enter a full web address starting with https:// or http://.";
    const bad = await post({ url: "ftp://example.com/file" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: "VALIDATION", message, fieldErrors: { url: [message] } },
    });

    const missing = await post({});
    expect(await missing.json()).toEqual({
      error: {
        code: "VALIDATION",
        message: "Enter a link to preview.",
        fieldErrors: { url: ["Enter a link to preview."] },
      },
    });
    expect((await post("not json")).status).toBe(400);
  });

  it("answers 400 with the reason when the page cannot be read", async () => {
    const response = await post({ url: server.url("/nothing-here") });
    expect(response.status).toBe(400);
    const message = "The site says this page does not exist (404). Check the link.";
    expect(await response.json()).toEqual({
      error: { code: "VALIDATION", message, fieldErrors: { url: [message] } },
    });
  });

  it("refuses private addresses unless CADENCE_ALLOW_PRIVATE_URLS is on", async () => {
    vi.stubEnv("CADENCE_ALLOW_PRIVATE_URLS", "false");
    resetEnvCache();
    const response = await post({ url: server.url("/post") });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "That address points into a private network, which Cadence does not fetch.",
    );
  });

  it("refuses viewers (403) and signed-out visitors (401)", async () => {
    acting.current = { ...owner, role: "VIEWER" };
    expect((await post({ url: server.url("/post") })).status).toBe(403);
    acting.current = null;
    expect((await post({ url: server.url("/post") })).status).toBe(401);
  });
});
