// A video thumbnail (§9.4) is an image under the image rules (§8), restricted to JPG and PNG.
import type { MediaInput } from "./byte-source";
import { type ImageInfo, inspectImage, inspectImageBytes } from "./inspect-image";
import type { InspectResult } from "./inspect-result";
import { THUMBNAIL_FORMATS } from "./media-limits";

export function inspectThumbnailBytes(bytes: Uint8Array): InspectResult<ImageInfo> {
  return inspectImageBytes(bytes, { formats: THUMBNAIL_FORMATS });
}

export function inspectThumbnail(input: MediaInput): Promise<InspectResult<ImageInfo>> {
  return inspectImage(input, { formats: THUMBNAIL_FORMATS });
}
