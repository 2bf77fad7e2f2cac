// Sample media on the sandbox's own address, so the public API's one-request example works without
// the internet: `"media": ["http://localhost:4010/_sandbox/samples/video.mp4"]`. The bytes are the
// deterministic fixtures, valid for LinkedIn's rules (a 12-second 1280×720 MP4, a 1280×720 JPEG
// thumbnail, SRT captions, a 3-page PDF, two PNG images).
import { notFound } from "../http/errors";
import { bytes, type Reply } from "../http/reply";
import type { Router } from "../http/router";
import { makeJpeg, makeMp4, makePdf, makePng, makeSrt } from "../fixtures";

const SAMPLES: Record<string, { type: string; make: () => Buffer }> = {
  "video.mp4": {
    type: "video/mp4",
    make: () => makeMp4({ durationSeconds: 12, sizeBytes: 256 * 1024, width: 1280, height: 720 }),
  },
  "thumbnail.jpg": { type: "image/jpeg", make: () => makeJpeg({ width: 1280, height: 720, color: [30, 64, 175] }) },
  "captions.srt": { type: "application/x-subrip", make: () => Buffer.from(makeSrt({ cues: 4 })) },
  "deck.pdf": { type: "application/pdf", make: () => makePdf({ pages: 3 }) },
  "photo-1.png": { type: "image/png", make: () => makePng({ width: 800, height: 600, fill: [16, 185, 129, 255] }) },
  "photo-2.png": { type: "image/png", make: () => makePng({ width: 800, height: 600, fill: [245, 158, 11, 255] }) },
};

const cache = new Map<string, Buffer>();

export function registerSampleRoutes(router: Router): void {
  router.register({
    method: "GET",
    path: "/_sandbox/samples/{file}",
    description: `Sample media for API examples: ${Object.keys(SAMPLES).join(", ")}`,
    handler: (ctx): Reply => {
      const name = ctx.params.file ?? "";
      const sample = SAMPLES[name];
      if (!sample) throw notFound(`No such sample. There are: ${Object.keys(SAMPLES).join(", ")}`);
      let body = cache.get(name);
      if (!body) cache.set(name, (body = sample.make()));
      return bytes(200, body, sample.type, { "Cache-Control": "public, max-age=86400" });
    },
  });
}
