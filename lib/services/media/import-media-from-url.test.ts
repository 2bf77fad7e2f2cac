// Importing media from a URL on a real database and real sockets: the asset it makes matches a
// browser upload's, the same bytes are stored once, and refused bytes leave no file and no row.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { MediaRejectedError } from "@/lib/media/media-errors";
import { mediaRoot, storagePath } from "@/lib/media/storage";
import { type LocalServer, startLocalServer } from "@/lib/net/testing/local-server";
import { fileNameFor, importMediaFromUrl } from "@/lib/services/media/import-media-from-url";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { makeJpeg, makePng, makeUnsupported } from "@/sandbox/fixtures";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
const png = makePng({ width: 400, height: 300 });
const jpeg = makeJpeg({ width: 120, height: 80 });
let server: LocalServer;
let alice: string;
let bob: string;

beforeAll(async () => {
  // A media root of its own, so "nothing left behind" is not disturbed by other test files.
  vi.stubEnv("CADENCE_DATA_DIR", await mkdtemp(path.join(os.tmpdir(), "cadence-import-")));
  resetEnvCache();
  alice = (await createUser({ name: "Alice", email: "alice@example.com", password: "alice-password" }))
    .workspace.id;
  bob = (await createUser({ name: "Bob", email: "bob@example.com", password: "bob-password" })).workspace.id;
  server = await startLocalServer({
    "/images/logo.png": (_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(png),
    "/copy-of-logo": (_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(png),
    "/download": (_req, res) =>
      res
        .writeHead(200, {
          "Content-Type": "image/jpeg",
          "Content-Disposition": "attachment; filename*=UTF-8''caf%C3%A9%20photo.jpg",
        })
        .end(jpeg),
    "/picture.webp": (_req, res) =>
      res.writeHead(200, { "Content-Type": "image/webp" }).end(makeUnsupported("webp")),
    "/login.html": (_req, res) =>
      res.writeHead(200, { "Content-Type": "text/html" }).end("<html><body>Sign in</body></html>"),
    "/empty.png": (_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(),
    "/gone.png": (_req, res) => res.writeHead(404).end("not here"),
    "/huge.png": (_req, res) => {
      res.writeHead(200, { "Content-Type": "image/png", "Content-Length": String(101 * 1024 * 1024) });
      res.write(png.subarray(0, 100));
    },
    "/long.srt": (_req, res) => {
      // 6 MiB of captions, no Content-Length: refused while streaming, past the 5 MiB limit.
      res.writeHead(200, { "Content-Type": "application/x-subrip" });
      const line = Buffer.from("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n".repeat(1000));
      let sent = 0;
      const pump = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += line.length;
          if (!res.write(line)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    },
  });
});

afterAll(async () => {
  await server.close();
  vi.unstubAllEnvs();
  resetEnvCache();
});

const allowLocal = { allowPrivate: true } as const;

async function leftoverTempFiles(): Promise<string[]> {
  return readdir(path.join(mediaRoot(), "uploads")).catch(() => []);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("importMediaFromUrl", () => {
  it("stores an image as an asset like an upload: inspected, named by sha256", async () => {
    const result = await importMediaFromUrl({
      workspaceId: alice,
      url: server.url("/images/logo.png"),
      kind: "image",
      fetch: allowLocal,
    });
    const sha256 = createHash("sha256").update(png).digest("hex");
    expect(result).toMatchObject({
      deduplicated: false,
      asset: {
        kind: "IMAGE",
        fileName: "logo.png",
        mimeType: "image/png",
        width: 400,
        height: 300,
        sizeBytes: png.length,
        sha256,
      },
    });
    const row = await prisma().mediaAsset.findUniqueOrThrow({ where: { id: result.asset.id } });
    expect(row.storageKey).toBe(`assets/${alice}/${sha256}`);
    expect(await readFile(storagePath(row.storageKey))).toEqual(png);
    expect(await leftoverTempFiles()).toEqual([]);
  });

  it("gives back the same asset for the same bytes in a workspace, a new one in another", async () => {
    const again = await importMediaFromUrl({
      workspaceId: alice,
      url: server.url("/copy-of-logo"),
      kind: "image",
      fetch: allowLocal,
    });
    expect(again.deduplicated).toBe(true);
    expect(again.asset.fileName).toBe("logo.png");
    expect(await prisma().mediaAsset.count({ where: { workspaceId: alice } })).toBe(1);

    const elsewhere = await importMediaFromUrl({
      workspaceId: bob,
      url: server.url("/copy-of-logo"),
      kind: "image",
      fetch: allowLocal,
    });
    expect(elsewhere).toMatchObject({ deduplicated: false, asset: { fileName: "copy-of-logo" } });
    expect(elsewhere.asset.id).not.toBe(again.asset.id);
    expect(await leftoverTempFiles()).toEqual([]);
  });

  it("names the file from Content-Disposition, and lets the bytes decide without a kind", async () => {
    const result = await importMediaFromUrl({
      workspaceId: alice,
      url: server.url("/download"),
      fetch: allowLocal,
    });
    expect(result.asset).toMatchObject({ fileName: "café photo.jpg", kind: "IMAGE", mimeType: "image/jpeg" });
  });

  it.each([
    ["/picture.webp", "Unsupported image format: WebP image."],
    ["/login.html", "Unsupported image format"],
  ])("refuses %s with the inspector's reason (422) and leaves nothing behind", async (route, mention) => {
    const before = await prisma().mediaAsset.count();
    const error = await refusal(
      importMediaFromUrl({ workspaceId: alice, url: server.url(route), kind: "image", fetch: allowLocal }),
    );
    expect(error).toBeInstanceOf(MediaRejectedError);
    expect(error.status).toBe(422);
    expect(error.message).toContain(mention);
    expect(await prisma().mediaAsset.count()).toBe(before);
    expect(await leftoverTempFiles()).toEqual([]);
  });

  it("refuses an empty file", async () => {
    const error = await refusal(
      importMediaFromUrl({
        workspaceId: alice,
        url: server.url("/empty.png"),
        kind: "image",
        fetch: allowLocal,
      }),
    );
    expect(error.message).toBe("The file is empty (0 bytes).");
    expect(await leftoverTempFiles()).toEqual([]);
  });

  it("refuses a declared size beyond the kind's limit before reading the body", async () => {
    const error = await refusal(
      importMediaFromUrl({
        workspaceId: alice,
        url: server.url("/huge.png"),
        kind: "image",
        fetch: allowLocal,
      }),
    );
    expect(error).toMatchObject({ code: "VALIDATION", message: "The image is larger than 100 MB." });
    expect(await leftoverTempFiles()).toEqual([]);
  });

  it("stops a body that grows past the kind's limit and removes the partial file", async () => {
    const error = await refusal(
      importMediaFromUrl({
        workspaceId: alice,
        url: server.url("/long.srt"),
        kind: "captions",
        fetch: allowLocal,
      }),
    );
    expect(error).toMatchObject({
      code: "VALIDATION",
      message: "The captions file is larger than 5 MB.",
      fieldErrors: { url: ["The captions file is larger than 5 MB."] },
    });
    expect(await leftoverTempFiles()).toEqual([]);
  });

  it("explains an error answer from the site", async () => {
    const error = await refusal(
      importMediaFromUrl({
        workspaceId: alice,
        url: server.url("/gone.png"),
        kind: "image",
        fetch: allowLocal,
      }),
    );
    expect(error).toMatchObject({
      code: "VALIDATION",
      message: "The site says this image does not exist (404). Check the link.",
    });
  });

  it("refuses a private address without the allowance, before connecting", async () => {
    const error = await refusal(
      importMediaFromUrl({ workspaceId: alice, url: server.url("/images/logo.png?private"), kind: "image" }),
    );
    expect(error).toMatchObject({
      code: "VALIDATION",
      message: "That address points into a private network, which Cadence does not fetch.",
    });
    expect(server.hits.get("/images/logo.png?private")).toBeUndefined();
  });
});

describe("fileNameFor", () => {
  it.each([
    ["https://x.test/a/b/photo.jpg?size=large", {}, "photo.jpg"],
    ["https://x.test/a/caf%C3%A9.png", {}, "café.png"],
    ["https://x.test/", {}, "x.test"],
    ["https://x.test/img", { "Content-Disposition": 'inline; filename="banner.png"' }, "banner.png"],
    ["https://x.test/img", { "Content-Disposition": "attachment; filename=plain.gif" }, "plain.gif"],
    [
      "https://x.test/img",
      { "Content-Disposition": 'attachment; filename="../../etc/passwd"' },
      "....etcpasswd",
    ],
    ["https://x.test/%E0%A4%A", {}, "%E0%A4%A"],
  ])("%s %j → %s", (url, headers, expected) => {
    expect(fileNameFor(url, new Headers(headers))).toBe(expected);
  });
});
