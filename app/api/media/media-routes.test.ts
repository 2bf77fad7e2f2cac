// The media routes end to end on a real database, with the session stubbed: status codes, JSON
// shapes, the 409 offset, the 422 refusal, Range requests, and who may do what.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getFile } from "@/app/api/media/[id]/file/route";
import { GET as listRoute } from "@/app/api/media/route";
import { POST as completeRoute } from "@/app/api/media/uploads/[id]/complete/route";
import { DELETE as deleteRoute, GET as getRoute, PUT as putRoute } from "@/app/api/media/uploads/[id]/route";
import { POST as createRoute } from "@/app/api/media/uploads/route";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CompleteUploadView, MediaListView, UploadSessionView } from "@/lib/schemas/media";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { makeMp4, makePng } from "@/sandbox/fixtures";

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

const database = setupTestDatabase();
let owner: { userId: string; workspaceId: string };
let outsider: { userId: string; workspaceId: string };

beforeAll(async () => {
  const a = await createUser({ name: "Olga", email: "olga@example.com", password: "olga-password" });
  const b = await createUser({ name: "Omar", email: "omar@example.com", password: "omar-password" });
  owner = { userId: a.user.id, workspaceId: a.workspace.id };
  outsider = { userId: b.user.id, workspaceId: b.workspace.id };
});

beforeEach(() => {
  acting.current = { ...owner, role: "OWNER" };
});

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const url = (path: string) => `http://localhost:3000${path}`;

async function create(body: unknown) {
  return createRoute(new Request(url("/api/media/uploads"), { method: "POST", body: JSON.stringify(body) }));
}

async function put(id: string, bytes: Uint8Array, start: number, total: number) {
  return putRoute(
    new Request(url(`/api/media/uploads/${id}`), {
      method: "PUT",
      headers: { "Content-Range": `bytes ${start}-${start + bytes.length - 1}/${total}` },
      body: new Uint8Array(bytes),
    }),
    params(id),
  );
}

async function uploadThroughRoutes(bytes: Uint8Array, kind: string, name: string) {
  const created = (await (await create({ name, size: bytes.length, kind })).json()) as UploadSessionView;
  const half = Math.floor(bytes.length / 2);
  await put(created.id, bytes.subarray(0, half), 0, bytes.length);
  await put(created.id, bytes.subarray(half), half, bytes.length);
  return completeRoute(
    new Request(url(`/api/media/uploads/${created.id}/complete`), { method: "POST" }),
    params(created.id),
  );
}

describe("POST /api/media/uploads", () => {
  it("answers 201 with the session", async () => {
    const response = await create({ name: "clip.mp4", size: 200_000, type: "video/mp4", kind: "video" });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      fileName: "clip.mp4",
      size: 200_000,
      offset: 0,
      status: "UPLOADING",
      kind: "video",
      maxChunkBytes: 8 * 1024 * 1024,
    });
  });

  it("answers 400 with the size problem in plain words", async () => {
    const response = await create({ name: "huge.pdf", size: 200 * 1024 * 1024, kind: "document" });
    expect(response.status).toBe(400);
    const message =
      "Document is 209,715,200 bytes (200.0 MiB); LinkedIn accepts at most 104,857,600 bytes (100.0 MiB).";
    expect(await response.json()).toEqual({
      error: { code: "VALIDATION", message, fieldErrors: { size: [message] } },
    });
    expect((await create({ name: "", size: 10 })).status).toBe(400);
    expect((await create({ name: "x", size: 10, kind: "audio" })).status).toBe(400);
    expect(
      (await createRoute(new Request(url("/api/media/uploads"), { method: "POST", body: "not json" })))
        .status,
    ).toBe(400);
  });

  it("refuses viewers (403) and signed-out visitors (401)", async () => {
    acting.current = { ...owner, role: "VIEWER" };
    expect((await create({ name: "a.png", size: 100, kind: "image" })).status).toBe(403);
    acting.current = null;
    expect((await create({ name: "a.png", size: 100, kind: "image" })).status).toBe(401);
  });
});

describe("PUT, GET, DELETE /api/media/uploads/{id}", () => {
  it("appends chunks, answers a wrong offset with 409 and the offset, and reports progress", async () => {
    const bytes = makePng({ width: 300, height: 300, pixel: (x, y) => [x, y, 0] });
    const session = (await (
      await create({ name: "p.png", size: bytes.length, kind: "image" })
    ).json()) as UploadSessionView;

    const first = await put(session.id, bytes.subarray(0, 1000), 0, bytes.length);
    expect(first.status).toBe(200);
    expect(first.headers.get("Upload-Offset")).toBe("1000");
    expect(await first.json()).toMatchObject({ offset: 1000 });

    const wrong = await put(session.id, bytes.subarray(0, 1000), 0, bytes.length);
    expect(wrong.status).toBe(409);
    expect(wrong.headers.get("Upload-Offset")).toBe("1000");
    expect(await wrong.json()).toEqual({
      error: {
        code: "CONFLICT",
        message: "The upload continues at byte 1000, not 0. Resume from there.",
        offset: 1000,
      },
    });

    const status = await getRoute(new Request(url(`/api/media/uploads/${session.id}`)), params(session.id));
    expect(await status.json()).toMatchObject({ offset: 1000, size: bytes.length });

    const noRange = await putRoute(
      new Request(url(`/api/media/uploads/${session.id}`), { method: "PUT", body: "abc" }),
      params(session.id),
    );
    expect(noRange.status).toBe(400);

    acting.current = { ...outsider, role: "OWNER" };
    expect(
      (await getRoute(new Request(url(`/api/media/uploads/${session.id}`)), params(session.id))).status,
    ).toBe(404);
    acting.current = { ...owner, role: "OWNER" };

    const cancelled = await deleteRoute(
      new Request(url(`/api/media/uploads/${session.id}`), { method: "DELETE" }),
      params(session.id),
    );
    expect(await cancelled.json()).toEqual({ cancelled: true });
    expect(
      (await getRoute(new Request(url(`/api/media/uploads/${session.id}`)), params(session.id))).status,
    ).toBe(404);
  });
});

describe("POST /api/media/uploads/{id}/complete", () => {
  it("answers the asset, then 422 with the reason for a video LinkedIn would refuse", async () => {
    const good = await uploadThroughRoutes(
      makeMp4({ durationSeconds: 5, sizeBytes: 120_000 }),
      "video",
      "ok.mp4",
    );
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({
      deduplicated: false,
      asset: { kind: "VIDEO", durationMs: 5000, fileName: "ok.mp4" },
    });

    const short = await uploadThroughRoutes(
      makeMp4({ durationSeconds: 2, sizeBytes: 120_000 }),
      "video",
      "short.mp4",
    );
    expect(short.status).toBe(422);
    expect(await short.json()).toEqual({
      error: {
        code: "VALIDATION",
        message: "Video is 2.000 s long; LinkedIn requires at least 3 seconds.",
        fieldErrors: { file: ["Video is 2.000 s long; LinkedIn requires at least 3 seconds."] },
      },
    });
  });
});

describe("GET /api/media and /api/media/{id}/file", () => {
  it("lists the library and streams files with their type, ranges and caching, within the workspace only", async () => {
    const bytes = makePng({ width: 64, height: 32 });
    const { asset } = (await (
      await uploadThroughRoutes(bytes, "image", "logo.png")
    ).json()) as CompleteUploadView;

    const list = (await (await listRoute(new Request(url("/api/media?kind=IMAGE")))).json()) as MediaListView;
    expect(list.items[0]).toMatchObject({
      id: asset.id,
      kind: "IMAGE",
      width: 64,
      height: 32,
      url: `/api/media/${asset.id}/file`,
    });
    expect((await listRoute(new Request(url("/api/media?kind=AUDIO")))).status).toBe(400);

    const file = await getFile(new Request(url(asset.url)), params(asset.id));
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("image/png");
    expect(file.headers.get("Content-Length")).toBe(String(bytes.length));
    expect(file.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(Buffer.from(await file.arrayBuffer())).toEqual(bytes);

    const part = await getFile(
      new Request(url(asset.url), { headers: { Range: "bytes=8-15" } }),
      params(asset.id),
    );
    expect(part.status).toBe(206);
    expect(part.headers.get("Content-Range")).toBe(`bytes 8-15/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(8, 16));

    const cached = await getFile(
      new Request(url(asset.url), { headers: { "If-None-Match": `"${asset.sha256}"` } }),
      params(asset.id),
    );
    expect(cached.status).toBe(304);

    // Viewers may look; other workspaces may not.
    acting.current = { ...owner, role: "VIEWER" };
    expect((await getFile(new Request(url(asset.url)), params(asset.id))).status).toBe(200);
    acting.current = { ...outsider, role: "OWNER" };
    expect((await getFile(new Request(url(asset.url)), params(asset.id))).status).toBe(404);
    const theirs = (await (await listRoute(new Request(url("/api/media")))).json()) as MediaListView;
    expect(theirs.items.map((item) => item.id)).not.toContain(asset.id);
  });
});

it("keeps the database honest", async () => {
  expect(
    await database.runtime().prisma.mediaAsset.count({ where: { workspaceId: outsider.workspaceId } }),
  ).toBe(0);
});
