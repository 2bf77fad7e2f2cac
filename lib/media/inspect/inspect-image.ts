// Validates an uploaded image the way LinkedIn's Images API does (§8): JPG, PNG or GIF by magic
// bytes, width × height below 36,152,320 pixels, GIFs at most 250 frames. Only headers and block
// structure are read (no pixel decoding), so even a 100-megapixel upload is judged in microseconds.
import { type MediaInput, readAll, withMediaInput } from "./byte-source";
import { checkImageFormat } from "./check-format";
import { accept, formatCount, type InspectResult, reject } from "./inspect-result";
import { GIF_MAX_FRAMES, IMAGE_FORMATS, IMAGE_MAX_PIXELS_EXCLUSIVE, type ImageFormat } from "./media-limits";
import { readGif } from "./read-gif";
import { readJpeg } from "./read-jpeg";
import { readPng } from "./read-png";
import { sniffFormat } from "./sniff-format";

export interface ImageInfo {
  format: ImageFormat;
  mimeType: "image/jpeg" | "image/png" | "image/gif";
  width: number;
  height: number;
  pixelCount: number;
  /** GIF image descriptors or APNG frames; 1 for still images. */
  frameCount: number;
  sizeBytes: number;
}

export interface ImageRules {
  /** Formats accepted; thumbnails narrow this to JPEG and PNG (§9.4). */
  formats?: readonly ImageFormat[];
  maxPixelsExclusive?: number;
  maxGifFrames?: number;
}

const MIME = { jpeg: "image/jpeg", png: "image/png", gif: "image/gif" } as const;

export function inspectImageBytes(bytes: Uint8Array, rules: ImageRules = {}): InspectResult<ImageInfo> {
  const formats = rules.formats ?? IMAGE_FORMATS;
  const maxPixels = rules.maxPixelsExclusive ?? IMAGE_MAX_PIXELS_EXCLUSIVE;
  const maxFrames = rules.maxGifFrames ?? GIF_MAX_FRAMES;

  if (bytes.length === 0) return reject("The uploaded image is empty (0 bytes).");
  const checked = checkImageFormat(sniffFormat(bytes.subarray(0, 1024)), formats);
  if ("reason" in checked) return reject(checked.reason);
  const { format } = checked;

  const header = format === "png" ? readPng(bytes) : format === "jpeg" ? readJpeg(bytes) : readGif(bytes);
  if (typeof header === "string") return reject(`${header}.`);
  const frameCount = "frameCount" in header ? header.frameCount : 1;
  const pixelCount = header.width * header.height;

  if (pixelCount >= maxPixels) {
    return reject(
      `Image is ${formatCount(header.width)} × ${formatCount(header.height)} = ${formatCount(pixelCount)} pixels; ` +
        `LinkedIn accepts fewer than ${formatCount(maxPixels)} pixels.`,
    );
  }
  if (format === "gif" && frameCount > maxFrames) {
    return reject(
      `GIF has ${formatCount(frameCount)} frames; LinkedIn accepts at most ${formatCount(maxFrames)}.`,
    );
  }
  return accept({
    format,
    mimeType: MIME[format],
    width: header.width,
    height: header.height,
    pixelCount,
    frameCount,
    sizeBytes: bytes.length,
  });
}

/** Same rules from a path, a Buffer or a ByteSource (images are single-PUT uploads, so read whole). */
export async function inspectImage(
  input: MediaInput,
  rules: ImageRules = {},
): Promise<InspectResult<ImageInfo>> {
  return withMediaInput(input, async (source) => inspectImageBytes(await readAll(source), rules));
}
