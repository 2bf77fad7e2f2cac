// Images, Videos and Documents API routes (doc §8–§10) plus the sandbox-hosted upload and download
// URLs that stand in for www.linkedin.com/dms-uploads and media.licdn.com.
import type { RequestContext } from "../http/context";
import type { Router } from "../http/router";
import { downloadMedia } from "./download";
import { finalizeVideoUpload } from "./finalize-video";
import { initializeSingleUpload, initializeVideoUpload, requireAction } from "./initialize-upload";
import { batchGetMedia, getMedia } from "./read-media";
import { receiveUploadRequest } from "./upload-target";

export function registerMediaRoutes(router: Router): void {
  for (const [resource, kind] of [
    ["images", "image"],
    ["documents", "document"],
  ] as const) {
    router.register({
      method: "POST",
      path: `/rest/${resource}`,
      handler: initializeSingleUpload(kind),
      description: `ACTION initializeUpload → {value:{uploadUrl, uploadUrlExpiresAt, ${kind}}}`,
    });
  }
  router.register({
    method: "POST",
    path: "/rest/videos",
    handler: (ctx: RequestContext) =>
      requireAction(ctx, ["initializeUpload", "finalizeUpload"]) === "initializeUpload"
        ? initializeVideoUpload(ctx)
        : finalizeVideoUpload(ctx),
    description:
      "ACTION initializeUpload (4 MiB parts, captions/thumbnail URLs) and finalizeUpload (ETags in order)",
  });
  for (const [resource, kind] of [
    ["images", "image"],
    ["videos", "video"],
    ["documents", "document"],
  ] as const) {
    router.register({
      method: "GET",
      path: `/rest/${resource}/{id}`,
      handler: getMedia(kind),
      description: `Get a ${kind}: status, downloadUrl when AVAILABLE`,
    });
    router.register({
      method: "GET",
      path: `/rest/${resource}`,
      handler: batchGetMedia(kind),
      description: `BATCH_GET ids=List(urn:li:${kind}:…)`,
    });
  }
  router.register({
    method: "PUT",
    path: "/dms-uploads/{id}/{slot}/{index}",
    body: "stream",
    auth: "none",
    handler: receiveUploadRequest,
    description:
      "Upload URL target (stand-in for www.linkedin.com/dms-uploads): image/document 201, video part 200 + ETag",
  });
  router.register({
    method: "GET",
    path: "/dms/{kind}/{id}/{variant}/{index}",
    auth: "none",
    handler: downloadMedia,
    description: "Download URL target (stand-in for media.licdn.com/dms), signed and expiring",
  });
}
