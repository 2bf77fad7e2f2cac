// The media of an API request → Cadence assets and the post's content. Each URL is downloaded by
// streaming through the SSRF-guarded fetch, within its kind's size limit, and checked against
// LinkedIn's rules by its bytes (the same path as a browser upload). Which kind of post the media
// make (images, a video, a document) is decided by what the bytes are, not by the URL. Any refusal
// names the item; files this request added to the library are removed again when it fails.
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { titleFromFileName } from "@/lib/composer/composer-draft";
import type { MediaAssetView, UploadKind } from "@/lib/schemas/media";
import { postContentSchema, type PostContent } from "@/lib/schemas/post-content";
import { removeFile } from "@/lib/media/storage";
import { importMediaFromUrl, type ImportFetchOptions } from "@/lib/services/media/import-media-from-url";
import { ApiProblem, type ProblemField } from "../problem";
import type { CreatePostRequest, MediaItem } from "../schemas/post-request";

const PARALLEL_DOWNLOADS = 4;

type MediaObject = Exclude<MediaItem, string>;
const asObject = (item: MediaItem): MediaObject => (typeof item === "string" ? { url: item } : item);

/** Collects what this request imported, so a refusal can take it back out of the library. */
export class ImportedAssets {
  private readonly created = new Set<string>();

  constructor(
    readonly workspaceId: string,
    readonly fetch: ImportFetchOptions = {},
  ) {}

  async import(url: string, kind: UploadKind | undefined, pointer: string): Promise<MediaAssetView> {
    try {
      const { asset, deduplicated } = await importMediaFromUrl({
        workspaceId: this.workspaceId,
        url,
        kind,
        fetch: { ...sandboxSampleAccess(url), ...this.fetch },
      });
      if (!deduplicated) this.created.add(asset.id);
      return asset;
    } catch (error) {
      if (isAppError(error) && error.code === "VALIDATION") throw refused(pointer, error.message);
      throw error;
    }
  }

  /** Removes the assets this request added that nothing refers to. */
  async discard(): Promise<void> {
    if (this.created.size === 0) return;
    const db = await getDb();
    const orphans = await db.mediaAsset.findMany({
      where: {
        id: { in: [...this.created] },
        workspaceId: this.workspaceId,
        postMedia: { none: {} },
        uploads: { none: {} },
        uploadSessions: { none: {} },
      },
      select: { id: true, storageKey: true },
    });
    for (const asset of orphans) {
      // Re-checked in the delete itself: another request may have reused the file meanwhile.
      const { count } = await db.mediaAsset.deleteMany({
        where: { id: asset.id, postMedia: { none: {} }, uploads: { none: {} }, uploadSessions: { none: {} } },
      });
      if (count === 1) await removeFile(asset.storageKey);
    }
    this.created.clear();
  }
}

/**
 * The embedded sandbox serves sample files on localhost; they may be fetched without opening
 * private addresses to every URL — and without following redirects, which could lead anywhere on
 * this machine. Anything else follows CADENCE_ALLOW_PRIVATE_URLS.
 */
function sandboxSampleAccess(url: string): ImportFetchOptions {
  const env = getEnv();
  if (env.allowPrivateUrls || env.linkedin.target !== "sandbox") return {};
  const sandbox = new URL(env.linkedin.apiBaseUrl);
  const target = new URL(url);
  const isSandbox = target.origin === sandbox.origin && target.pathname.startsWith("/_sandbox/samples/");
  return isSandbox ? { allowPrivate: true, redirect: "manual" } : {};
}

function refused(pointer: string, detail: string): ApiProblem {
  return new ApiProblem("media-refused", `${pointer}: ${detail}`, { errors: [{ pointer, detail }] });
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T, index: number) => Promise<R>) {
  const results: PromiseSettledResult<R>[] = [];
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    results.push(...(await Promise.allSettled(batch.map((item, offset) => work(item, start + offset)))));
  }
  return results;
}

/** The content for `media` / `link` of a request (neither: a text post). */
export async function importPostContent(
  request: Pick<CreatePostRequest, "media" | "link">,
  assets: ImportedAssets,
): Promise<PostContent> {
  if (request.link) {
    const thumbnail = request.link.thumbnail_url
      ? await assets.import(request.link.thumbnail_url, "thumbnail", "/link/thumbnail_url")
      : null;
    return {
      kind: "ARTICLE",
      url: request.link.url,
      title: request.link.title,
      description: request.link.description ?? "",
      thumbnailAssetId: thumbnail?.id ?? null,
    };
  }
  const items = (request.media ?? []).map(asObject);
  if (items.length === 0) return { kind: "TEXT" };

  // Every item is read before deciding, so all refusals are reported together. Only images come
  // several to a post, so several items are read as images (their size limit, and a video among
  // them is refused on its first bytes instead of after 500 MB).
  const kind = items.length > 1 ? "image" : undefined;
  const settled = await inBatches(items, PARALLEL_DOWNLOADS, (item, index) =>
    assets.import(item.url, kind, `/media/${index}`),
  );
  const errors: ProblemField[] = [];
  for (const result of settled) {
    if (result.status === "rejected") {
      if (!(result.reason instanceof ApiProblem)) throw result.reason;
      errors.push(...(result.reason.errors ?? []));
    }
  }
  if (errors.length) throw mediaProblem(errors);
  const primaries = settled.map((result) => (result as PromiseFulfilledResult<MediaAssetView>).value);

  const content = await contentFor(items, primaries, assets);
  const checked = postContentSchema.safeParse(content);
  if (!checked.success)
    throw mediaProblem(checked.error.issues.map((issue) => ({ pointer: "/media", detail: issue.message })));
  return checked.data;
}

function mediaProblem(errors: ProblemField[]): ApiProblem {
  const first = errors[0]!;
  const detail =
    errors.length === 1
      ? `${first.pointer}: ${first.detail}`
      : `${errors.length} media items were refused; see errors.`;
  return new ApiProblem("media-refused", detail, { errors });
}

const kindWords: Record<string, string> = {
  IMAGE: "an image",
  VIDEO: "a video",
  DOCUMENT: "a document",
  CAPTIONS: "a captions file",
};

async function contentFor(
  items: MediaObject[],
  primaries: MediaAssetView[],
  assets: ImportedAssets,
): Promise<PostContent> {
  const misplaced = (index: number, field: string, why: string) =>
    mediaProblem([{ pointer: `/media/${index}/${field}`, detail: why }]);
  const kinds = new Set(primaries.map((asset) => asset.kind));

  if (kinds.size === 1 && kinds.has("IMAGE")) {
    items.forEach((item, index) => {
      for (const field of ["thumbnail_url", "captions_url", "title"] as const)
        if (item[field])
          throw misplaced(
            index,
            field,
            `Images have no ${field.replace("_url", "")}; only videos and documents do.`,
          );
    });
    return {
      kind: "IMAGES",
      images: primaries.map((asset, index) => ({ assetId: asset.id, altText: items[index]!.alt_text ?? "" })),
    };
  }
  if (primaries.length > 1) {
    const described = primaries
      .map((asset, index) => `/media/${index} is ${kindWords[asset.kind]}`)
      .join(", ");
    throw mediaProblem([
      {
        pointer: "/media",
        detail: `A post carries 1–20 images, or one video, or one document (${described}).`,
      },
    ]);
  }
  const [item, asset] = [items[0]!, primaries[0]!];
  if (item.alt_text)
    throw misplaced(0, "alt_text", "Alt text is for images; give a video or document a title instead.");
  if (asset.kind === "VIDEO") {
    const thumbnail = item.thumbnail_url
      ? await assets.import(item.thumbnail_url, "thumbnail", "/media/0/thumbnail_url")
      : null;
    const captions = item.captions_url
      ? await assets.import(item.captions_url, "captions", "/media/0/captions_url")
      : null;
    return {
      kind: "VIDEO",
      assetId: asset.id,
      title: item.title ?? "",
      thumbnailAssetId: thumbnail?.id ?? null,
      captionsAssetId: captions?.id ?? null,
    };
  }
  if (item.thumbnail_url || item.captions_url)
    throw misplaced(
      0,
      item.thumbnail_url ? "thumbnail_url" : "captions_url",
      "Thumbnails and captions are for videos.",
    );
  if (asset.kind === "DOCUMENT")
    return {
      kind: "DOCUMENT",
      assetId: asset.id,
      title: item.title || titleFromFileName(asset.fileName) || "Document",
    };
  throw misplaced(0, "url", "This is a captions (SRT) file; send it as captions_url of a video.");
}
