// Judges a finished upload with LinkedIn's rules (lib/media/inspect, the same inspectors the
// sandbox uses) and reduces the answer to what a MediaAsset records. The kind hint picks the rules
// (an image slot refuses a video in plain words); without a hint the first bytes decide, as in
// the browser's precheck (lib/media/precheck-upload).
import {
  inspectCaptions,
  inspectDocument,
  inspectImage,
  inspectThumbnail,
  inspectVideo,
  type InspectResult,
  type MediaInput,
  SNIFF_BYTES,
  sniffFormat,
  withMediaInput,
} from "@/lib/media/inspect";
import { kindForFormat } from "@/lib/media/precheck-upload";
import type { MediaKindName, UploadKind } from "@/lib/schemas/media";

export type InspectedUpload = {
  kind: MediaKindName;
  mimeType: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  pageCount: number | null;
};

const none = { width: null, height: null, durationMs: null, pageCount: null } as const;

export async function inspectUpload(
  input: MediaInput,
  hint: UploadKind | undefined,
): Promise<InspectResult<InspectedUpload>> {
  const detected = hint
    ? { kind: hint }
    : kindForFormat(
        await withMediaInput(input, async (source) => sniffFormat(await source.read(0, SNIFF_BYTES))),
      );
  if ("reason" in detected) return { ok: false, reason: detected.reason };
  const { kind } = detected;

  if (kind === "image" || kind === "thumbnail") {
    const result = await (kind === "image" ? inspectImage(input) : inspectThumbnail(input));
    return result.ok
      ? ok({
          ...none,
          kind: "IMAGE",
          mimeType: result.info.mimeType,
          width: result.info.width,
          height: result.info.height,
        })
      : result;
  }
  if (kind === "video") {
    const result = await inspectVideo(input);
    if (!result.ok) return result;
    const { width, height, rotationDegrees, durationMs } = result.info;
    const sideways = rotationDegrees === 90 || rotationDegrees === 270;
    return ok({
      ...none,
      kind: "VIDEO",
      mimeType: "video/mp4",
      // What viewers see: phones record portrait video as landscape plus a 90° rotation.
      width: dimension(sideways ? height : width),
      height: dimension(sideways ? width : height),
      durationMs,
    });
  }
  if (kind === "document") {
    const result = await inspectDocument(input);
    return result.ok
      ? ok({
          ...none,
          kind: "DOCUMENT",
          mimeType: result.info.mimeType,
          pageCount: result.info.pageCount ?? null,
        })
      : result;
  }
  const result = await inspectCaptions(input);
  return result.ok ? ok({ ...none, kind: "CAPTIONS", mimeType: "application/x-subrip" }) : result;
}

function dimension(value: number | undefined): number | null {
  return value === undefined || value <= 0 ? null : Math.round(value);
}

function ok(info: InspectedUpload): InspectResult<InspectedUpload> {
  return { ok: true, info };
}
