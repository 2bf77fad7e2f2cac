// Real media files for the browser tests, made once per run in a temporary folder: pleasant
// gradient images for previews, and the files LinkedIn's rules refuse (a 60-megapixel image, a
// 2-second video, a 301-page PDF) next to ones it accepts.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeJpeg, makePdf, makePng, makeSrt, writeMp4File } from "../sandbox/fixtures";

const dir = path.join(tmpdir(), `cadence-e2e-media-${process.pid}`);
mkdirSync(dir, { recursive: true });

const palette: [number, number, number][] = [
  [37, 99, 235],
  [16, 185, 129],
  [244, 114, 182],
  [245, 158, 11],
  [139, 92, 246],
  [14, 165, 233],
  [239, 68, 68],
];

function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** A diagonal gradient PNG, different for each `index`. */
export function gradientPng(
  index: number,
  width = 480,
  height = 320,
  name = `photo-${index + 1}.png`,
): string {
  return write(name, gradientBytes(index, width, height));
}

export function gradientBytes(index: number, width: number, height: number): Buffer {
  const [r, g, b] = palette[index % palette.length]!;
  return makePng({
    width,
    height,
    pixel: (x, y) => {
      const t = (x / width + y / height) / 2;
      return [
        Math.round(r * (1 - t) + 255 * t * 0.6),
        Math.round(g * (1 - t) + 40 * t),
        Math.round(b * (1 - t) + 120 * t),
        255,
      ];
    },
  });
}

/** Tiny solid images, for the 20-image limit. */
export function smallPngs(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    write(
      `tile-${String(i + 1).padStart(2, "0")}.png`,
      makePng({ width: 24 + i, height: 24, fill: [...palette[i % palette.length]!, 255] }),
    ),
  );
}

/** 8,000 × 7,500 = 60 megapixels: over LinkedIn's 36,152,320-pixel cap (a few KB on disk). */
export const hugeImage = () => write("panorama-60mp.png", makePng({ width: 8000, height: 7500 }));

export const thumbnailJpeg = () =>
  write("thumbnail.jpg", makeJpeg({ width: 320, height: 180, color: [30, 64, 175] }));

export const captionsSrt = () => write("captions.srt", makeSrt({ cues: 3 }));

export async function video(name: string, durationSeconds: number, sizeBytes: number): Promise<string> {
  const file = path.join(dir, name);
  await writeMp4File(file, { durationSeconds, sizeBytes, width: 1280, height: 720 });
  return file;
}

export const pdf = (name: string, pages: number) => write(name, makePdf({ pages }));
