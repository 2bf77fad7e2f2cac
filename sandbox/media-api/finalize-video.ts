// POST /rest/videos?action=finalizeUpload (doc §9.5): the ETags of every part, in instruction
// order, plus the uploadToken from initializeUpload. A wrong list is a 400; a right one starts
// processing (the whole file, captions and thumbnail are inspected) and answers 200, empty body.
import type { RequestContext } from "../http/context";
import { badRequest, notFound } from "../http/errors";
import { empty, type Reply } from "../http/reply";
import { authorizeMediaWrite } from "./media-access";
import { findMedia, parseMediaUrn } from "./media-store";
import { inspectStoredMedia, startProcessing, type Verdict } from "./media-processing";
import { isRecord } from "./initialize-upload";

export async function finalizeVideoUpload(ctx: RequestContext): Promise<Reply> {
  const body = ctx.body;
  if (!isRecord(body) || !isRecord(body.finalizeUploadRequest))
    throw badRequest(
      'The request body must be {"finalizeUploadRequest":{"video":"urn:li:video:…","uploadToken":"…","uploadedPartIds":[…]}}',
    );
  const request = body.finalizeUploadRequest;
  const urn = request.video;
  if (typeof urn !== "string" || parseMediaUrn(urn)?.kind !== "video")
    throw badRequest(
      `Invalid value for field "finalizeUploadRequest.video": expected urn:li:video:…`,
      "INVALID_URN_ID",
    );
  const partIds = request.uploadedPartIds;
  if (!Array.isArray(partIds) || partIds.some((id) => typeof id !== "string"))
    throw badRequest(
      'Invalid value for field "finalizeUploadRequest.uploadedPartIds": must be an array of ETag strings',
    );
  const token = request.uploadToken ?? "";
  if (typeof token !== "string")
    throw badRequest('Invalid value for field "finalizeUploadRequest.uploadToken": must be a string');

  const media = findMedia(ctx.state, urn);
  if (!media) throw notFound(`Video ${urn} does not exist`);
  authorizeMediaWrite(ctx, "video", media.owner);
  if (media.status !== "WAITING_UPLOAD")
    throw badRequest(`Video ${urn} has already been finalized (status ${media.status})`);
  if (token !== (media.finalizeToken ?? ""))
    throw badRequest(
      `Invalid value for field "finalizeUploadRequest.uploadToken": it does not match the uploadToken returned by initializeUpload for ${urn}`,
    );

  const parts = media.parts ?? [];
  const missing = parts.map((p, i) => (p.etag === null ? i : -1)).filter((i) => i >= 0);
  if (missing.length > 0)
    throw badRequest(
      `Part(s) ${missing.join(", ")} of ${urn} have not been uploaded; upload every part before finalizeUpload`,
    );
  const expected = parts.map((p) => p.etag as string);
  if (partIds.length !== expected.length || partIds.some((id, i) => id !== expected[i])) {
    throw badRequest(
      `Invalid value for field "finalizeUploadRequest.uploadedPartIds": expected the ETags of all ${expected.length} uploaded part(s) of ${urn} in upload-instruction order`,
    );
  }

  const declared = media.declaredSizeBytes ?? 0;
  let verdict: Verdict = await inspectStoredMedia(ctx.state, media, {
    size: declared,
    overflow: declared > ctx.state.config.media.maxBytes.video,
  });
  if (verdict.ok) {
    const sideProblem = media.captions?.problem ?? media.thumbnail?.problem;
    if (sideProblem) verdict = { ok: false, reason: sideProblem };
  }
  startProcessing(ctx.state, media, verdict);
  return empty(200);
}
