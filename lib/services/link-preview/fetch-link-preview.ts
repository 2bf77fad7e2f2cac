// A link card for the composer, because LinkedIn does not fetch links (pitfall §15.12): the page's
// OpenGraph fields, and its image imported as a media asset so it can be uploaded like any image.
// A page that cannot be read is a 400 with a sentence for the composer; an image that cannot be
// used only leaves the card without a thumbnail (imageProblem says why).
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { describeHttpStatus, fetchProblem, toFetchProblemOrRethrow } from "@/lib/net/fetch-problem";
import { readUpTo, safeFetch, type SafeFetchStreamResult } from "@/lib/net/safe-fetch";
import { IMAGE_MAX_BYTES } from "@/lib/schemas/media";
import { MEDIA_TITLE_MAX_LENGTH } from "@/lib/schemas/post-content";
import { decodeHtml } from "@/lib/services/link-preview/decode-html";
import type { LinkPreview } from "@/lib/services/link-preview/link-preview-schema";
import {
  capLength,
  OPEN_GRAPH_MAX_CHARS,
  parseOpenGraph,
} from "@/lib/services/link-preview/parse-open-graph";
import {
  fileNameFor,
  type ImportFetchOptions,
  importMediaFromResponse,
  importMediaFromUrl,
} from "@/lib/services/media/import-media-from-url";

export type FetchLinkPreviewInput = {
  workspaceId: string;
  url: string;
  /** Connection settings (tests allow 127.0.0.1 or inject a resolver). */
  fetch?: ImportFetchOptions;
};

const PAGE_TIMEOUT_MS = 15_000;
const IMAGE_TIMEOUT_MS = 20_000;
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

export async function fetchLinkPreview({
  workspaceId,
  url,
  fetch,
}: FetchLinkPreviewInput): Promise<LinkPreview> {
  const page = await safeFetch(url, {
    ...fetch,
    timeoutMs: fetch?.timeoutMs ?? PAGE_TIMEOUT_MS,
    as: "stream",
    // The link may be an image itself, which then becomes the thumbnail; pages are cut far earlier.
    maxBytes: IMAGE_MAX_BYTES,
    subject: "page",
    accept: "text/html,application/xhtml+xml;q=0.9,image/jpeg,image/png,image/gif;q=0.8,*/*;q=0.5",
  }).catch(toFetchProblemOrRethrow);

  if (page.status < 200 || page.status >= 300) {
    page.body.destroy();
    throw fetchProblem(describeHttpStatus(page.status, "page"));
  }
  const type = (page.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type.startsWith("image/")) return imageCard(workspaceId, page);
  if (type && !HTML_TYPES.has(type) && type !== "text/plain") {
    page.body.destroy();
    throw fetchProblem(
      `This link leads to a file (${type}), not a web page. A link card needs a page or an image.`,
    );
  }
  const { buffer } = await readUpTo(page.body, OPEN_GRAPH_MAX_CHARS).catch(toFetchProblemOrRethrow);
  const { html } = decodeHtml(buffer, page.headers.get("content-type"));
  // Servers that send no type (or text/plain) get the benefit of the doubt when it looks like HTML.
  if (!HTML_TYPES.has(type) && !/<(!doctype\s+html|html|head|body|meta|title)\b/i.test(html.slice(0, 2048))) {
    throw fetchProblem("This link does not lead to a web page. A link card needs a page or an image.");
  }
  return pageCard(workspaceId, page.url, html, fetch);
}

async function pageCard(
  workspaceId: string,
  pageUrl: string,
  html: string,
  fetch: ImportFetchOptions | undefined,
): Promise<LinkPreview> {
  const og = parseOpenGraph(html, pageUrl);
  const url = og.canonicalUrl && isSameSite(og.canonicalUrl, pageUrl) ? og.canonicalUrl : pageUrl;
  let image: LinkPreview["image"] = null;
  let imageProblem: string | null = null;
  if (og.image) {
    try {
      const imported = await importMediaFromUrl({
        workspaceId,
        url: og.image,
        kind: "image",
        fetch: { ...fetch, timeoutMs: fetch?.timeoutMs ?? IMAGE_TIMEOUT_MS },
      });
      image = imported.asset;
    } catch (error) {
      imageProblem = describeImageProblem(error, og.image, "The page's image could not be used");
    }
  }
  return {
    url,
    title: og.title ?? hostLabel(url),
    description: og.description ?? "",
    siteName: og.siteName,
    image,
    imageProblem,
  };
}

/** A link straight to an image: the image is the thumbnail, its file name the title. */
async function imageCard(workspaceId: string, response: SafeFetchStreamResult): Promise<LinkPreview> {
  // The link's own file name, even when the same bytes were stored earlier under another name.
  const fileName = fileNameFor(response.url, response.headers);
  const card = {
    url: response.url,
    title: capLength(fileName, MEDIA_TITLE_MAX_LENGTH),
    description: "",
    siteName: null,
  };
  try {
    const { asset } = await importMediaFromResponse({ workspaceId, response, kind: "image", fileName });
    return { ...card, image: asset, imageProblem: null };
  } catch (error) {
    const imageProblem = describeImageProblem(error, response.url, "This image cannot be the thumbnail");
    return { ...card, image: null, imageProblem };
  }
}

function describeImageProblem(error: unknown, imageUrl: string, lead: string): string {
  if (isAppError(error)) return `${lead}: ${error.message}`;
  logger.error("link preview image import failed", {
    imageUrl,
    error: error instanceof Error ? error.stack : String(error),
  });
  return `${lead}. Add a thumbnail yourself.`;
}

/** og:url is trusted only on the site that was fetched (www. or not), never to send the link elsewhere. */
function isSameSite(candidate: string, pageUrl: string): boolean {
  const host = (url: string) => new URL(url).hostname.replace(/^www\./, "");
  return host(candidate) === host(pageUrl);
}

function hostLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
