// Link cards from real pages on 127.0.0.1 and a real database: the fields, the thumbnail as a
// media asset, image failures that leave the card usable, and pages that cannot make a card.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type LocalServer, startLocalServer } from "@/lib/net/testing/local-server";
import { fetchLinkPreview } from "@/lib/services/link-preview/fetch-link-preview";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { makePng, makeUnsupported } from "@/sandbox/fixtures";

const database = setupTestDatabase();
const prisma = () => database.runtime().prisma;
const png = makePng({ width: 1200, height: 627 });
let server: LocalServer;
let workspaceId: string;

const html = (head: string, contentType = "text/html; charset=utf-8") => ({
  contentType,
  body: `<!doctype html><html><head>${head}</head><body><p>Hello</p></body></html>`,
});
const pages: Record<string, { contentType: string; body: string | Buffer }> = {
  "/article": html(`
    <meta property="og:title" content="Launch day &amp; after">
    <meta property="og:description" content="What we learned.">
    <meta property="og:image" content="/img/cover.png">
    <meta property="og:site_name" content="Example">
    <meta property="og:url" content="/article">`),
  "/foreign-canonical": html(
    `<title>Here</title><meta property="og:url" content="https://elsewhere.test/x">`,
  ),
  "/title-only": html(`<title>Just a title</title>`),
  "/no-title": html(`<meta charset="utf-8">`),
  "/missing-image": html(
    `<meta property="og:title" content="T"><meta property="og:image" content="/img/gone.png">`,
  ),
  "/webp-image": html(
    `<meta property="og:title" content="T"><meta property="og:image" content="/img/pic.webp">`,
  ),
  "/private-image": html(
    `<meta property="og:title" content="T"><meta property="og:image" content="http://10.0.0.9/x.png">`,
  ),
  "/latin1": {
    contentType: "text/html; charset=iso-8859-1",
    body: Buffer.concat([
      Buffer.from("<html><head><title>Caf"),
      Buffer.from([0xe9, 0x20, 0x96, 0x20, 0x4d]),
      Buffer.from("</title></head></html>"),
    ]),
  },
  "/untyped": { contentType: "", body: "<!doctype html><html><head><title>No type</title></head></html>" },
  "/notes.txt": { contentType: "text/plain", body: "just some notes" },
  "/report.pdf": { contentType: "application/pdf", body: "%PDF-1.7 ..." },
  "/huge": {
    contentType: "text/html",
    body: `<html><head><title>Huge page</title></head><body>${"<p>filler</p>".repeat(200_000)}</body></html>`,
  },
};

beforeAll(async () => {
  vi.stubEnv("CADENCE_DATA_DIR", await mkdtemp(path.join(os.tmpdir(), "cadence-link-preview-")));
  resetEnvCache();
  workspaceId = (await createUser({ name: "Lin", email: "lin@example.com", password: "lin-password" }))
    .workspace.id;
  const routes: Parameters<typeof startLocalServer>[0] = {
    "/img/cover.png": (_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(png),
    "/photos/team%20photo.png": (_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(png),
    "/img/pic.webp": (_req, res) =>
      res.writeHead(200, { "Content-Type": "image/webp" }).end(makeUnsupported("webp")),
    "/short": (_req, res) => res.writeHead(301, { Location: "/article?utm_source=x" }).end(),
    "/gone": (_req, res) => res.writeHead(404).end(),
    "/broken": (_req, res) => res.writeHead(503).end(),
    "/slow": () => {
      // Never answers.
    },
  };
  for (const [route, page] of Object.entries(pages)) {
    routes[route] = (_req, res) =>
      res.writeHead(200, page.contentType ? { "Content-Type": page.contentType } : {}).end(page.body);
  }
  server = await startLocalServer(routes);
});

afterAll(async () => {
  await server.close();
  vi.unstubAllEnvs();
  resetEnvCache();
});

const local = { allowPrivate: true } as const;
const preview = (route: string, fetch: Parameters<typeof fetchLinkPreview>[0]["fetch"] = local) =>
  fetchLinkPreview({ workspaceId, url: server.url(route), fetch });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("fetchLinkPreview", () => {
  it("makes a card from OpenGraph, with the image stored as an IMAGE asset", async () => {
    const card = await preview("/short");
    expect(card).toMatchObject({
      url: server.url("/article"),
      title: "Launch day & after",
      description: "What we learned.",
      siteName: "Example",
      imageProblem: null,
      image: { kind: "IMAGE", fileName: "cover.png", mimeType: "image/png", width: 1200, height: 627 },
    });
    const asset = await prisma().mediaAsset.findUniqueOrThrow({ where: { id: card.image?.id ?? "" } });
    expect(asset.workspaceId).toBe(workspaceId);
  });

  it("reuses the stored thumbnail when the same image comes again", async () => {
    const first = await preview("/article");
    const second = await preview("/article");
    expect(second.image?.id).toBe(first.image?.id);
  });

  it("keeps the fetched URL when og:url points to another site", async () => {
    expect(await preview("/foreign-canonical")).toMatchObject({
      url: server.url("/foreign-canonical"),
      title: "Here",
    });
  });

  it("falls back to <title>, and to the host name without one", async () => {
    expect(await preview("/title-only")).toEqual({
      url: server.url("/title-only"),
      title: "Just a title",
      description: "",
      siteName: null,
      image: null,
      imageProblem: null,
    });
    expect((await preview("/no-title")).title).toBe("127.0.0.1");
  });

  it("reads the page in its declared charset", async () => {
    expect((await preview("/latin1")).title).toBe("Café – M");
  });

  it("reads an untyped page that looks like HTML, and only the start of a huge one", async () => {
    expect((await preview("/untyped")).title).toBe("No type");
    expect((await preview("/huge")).title).toBe("Huge page");
  });

  it.each([
    [
      "/missing-image",
      "The page's image could not be used: The site says this image does not exist (404). Check the link.",
    ],
    ["/webp-image", "The page's image could not be used: Unsupported image format: WebP image."],
  ])("keeps the card when the image of %s cannot be used, and says why", async (route, problem) => {
    const card = await preview(route);
    expect(card).toMatchObject({ title: "T", image: null });
    expect(card.imageProblem).toContain(problem);
  });

  it("refuses an og:image on a private network even when the page itself is allowed", async () => {
    const resolve = async (hostname: string) => {
      if (hostname === "site.test") return [{ address: "127.0.0.1", family: 4 as const }];
      throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
    };
    const card = await fetchLinkPreview({
      workspaceId,
      url: `http://site.test:${server.port}/private-image`,
      fetch: { resolve, allowPrivate: (host) => host === "site.test" },
    });
    expect(card).toMatchObject({
      title: "T",
      image: null,
      imageProblem:
        "The page's image could not be used: That address points into a private network, which Cadence does not fetch.",
    });
  });

  it("uses a link straight to an image as the thumbnail, titled by its file name", async () => {
    expect(await preview("/photos/team%20photo.png")).toMatchObject({
      url: server.url("/photos/team%20photo.png"),
      title: "team photo.png",
      description: "",
      image: { kind: "IMAGE", width: 1200 },
      imageProblem: null,
    });
  });

  it("explains an image link LinkedIn would refuse, keeping the card", async () => {
    const card = await preview("/img/pic.webp");
    expect(card).toMatchObject({ title: "pic.webp", image: null });
    expect(card.imageProblem).toMatch(
      /^This image cannot be the thumbnail: Unsupported image format: WebP image\./,
    );
  });

  it.each([
    [
      "/report.pdf",
      "This link leads to a file (application/pdf), not a web page. A link card needs a page or an image.",
    ],
    ["/notes.txt", "This link does not lead to a web page. A link card needs a page or an image."],
    ["/gone", "The site says this page does not exist (404). Check the link."],
    ["/broken", "The site had a problem answering (503). Try again later."],
  ])("refuses %s with a 400 that names the problem", async (route, message) => {
    const error = await refusal(preview(route));
    expect(error).toMatchObject({ code: "VALIDATION", message, fieldErrors: { url: [message] } });
    expect(error.status).toBe(400);
  });

  it("explains a site that takes too long", async () => {
    const error = await refusal(preview("/slow", { ...local, timeoutMs: 300 }));
    expect(error.message).toBe("The site took too long to answer.");
  });

  it("refuses private addresses without the allowance", async () => {
    const error = await refusal(preview("/article", {}));
    expect(error.message).toBe("That address points into a private network, which Cadence does not fetch.");
  });
});
