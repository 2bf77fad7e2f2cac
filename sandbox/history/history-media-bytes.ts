// Bytes of history assets, drawn on demand instead of stored: real JPEGs (flat colour, a few KB),
// MP4s that pass the video inspector, and PDFs with the advertised page count. A pure function of
// the asset record, so a small in-memory cache (shared by every sandbox in the process) is enough.
import { makeJpeg, makeMp4, makePdf } from "../fixtures";
import type { BlobSlot } from "../media-api/blob-store";
import type { SandboxMedia } from "../state";
import type { HistoryMediaExtra } from "./history-content";

/** Small videos keep downloads cheap; still above the inspector's 75 KiB minimum. */
const VIDEO_BYTES = 96 * 1024;
const CACHE_LIMIT = 128;
const cache = new Map<string, Buffer>();

function draw(media: SandboxMedia, slot: BlobSlot): Buffer | undefined {
  const color = (media.extra as HistoryMediaExtra | undefined)?.color ?? [128, 128, 128];
  const info = media.info;
  if (slot === "main" && media.kind === "image")
    return makeJpeg({ width: info?.width ?? 1200, height: info?.height ?? 627, color });
  if (slot === "main" && media.kind === "video")
    return makeMp4({
      durationSeconds: (info?.durationMs ?? 30_000) / 1000,
      sizeBytes: VIDEO_BYTES,
      width: info?.width,
      height: info?.height,
    });
  if (slot === "main" && media.kind === "document") return makePdf({ pages: info?.pageCount ?? 1 });
  if (slot === "thumbnail" && media.thumbnail)
    return makeJpeg({ width: media.thumbnail.width ?? 1280, height: media.thumbnail.height ?? 720, color });
  return undefined;
}

/** The asset's bytes for a download slot; undefined when it has none (e.g. video captions). */
export function historyMediaBytes(media: SandboxMedia, slot: BlobSlot): Buffer | undefined {
  const key = `${media.id}|${slot}`;
  const hit = cache.get(key);
  if (hit) {
    // Map order doubles as recency: re-insert on use, evict from the front.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const bytes = draw(media, slot);
  if (!bytes) return undefined;
  cache.set(key, bytes);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return bytes;
}
