// GET /rest/{images|videos|documents}/{urn} and BATCH_GET ?ids=List(...) (doc §8.4–§8.5, §9.6, §10).
import type { MediaKind } from "../config";
import type { RequestContext } from "../http/context";
import { badRequest, notFound, type ApiError } from "../http/errors";
import { json, type Reply } from "../http/reply";
import { batchResponse, listParam, project, stringPathKey } from "../restli/responses";
import type { SandboxMedia } from "../state";
import { mediaReadDenial, requireMediaReadScope } from "./media-access";
import { findMedia, parseMediaUrn } from "./media-store";
import { toWireMedia } from "./media-view";

function checkUrn(kind: MediaKind, urn: unknown, where: string): string {
  if (typeof urn !== "string" || parseMediaUrn(urn)?.kind !== kind)
    throw badRequest(
      `Invalid ${kind} URN ${where}: ${JSON.stringify(urn)} (expected urn:li:${kind}:…)`,
      "INVALID_URN_ID",
    );
  return urn;
}

function readable(ctx: RequestContext, kind: MediaKind, urn: string): SandboxMedia {
  const media = findMedia(ctx.state, urn);
  if (!media) throw notFound(`${kind[0]?.toUpperCase()}${kind.slice(1)} ${urn} does not exist`);
  const denial = mediaReadDenial(ctx, kind, media.owner);
  if (denial) throw denial;
  return media;
}

function view(ctx: RequestContext, media: SandboxMedia) {
  return toWireMedia(media, {
    baseUrl: ctx.baseUrl,
    now: ctx.now(),
    downloadUrlTtlMs: ctx.state.config.media.downloadUrlTtlMs,
  });
}

export function getMedia(kind: MediaKind) {
  return (ctx: RequestContext): Reply => {
    const urn = checkUrn(kind, stringPathKey(ctx, "id"), "in the path");
    return json(200, project(ctx, view(ctx, readable(ctx, kind, urn))));
  };
}

export function batchGetMedia(kind: MediaKind) {
  return (ctx: RequestContext): Reply => {
    const ids = listParam(ctx, "ids").map((id) => checkUrn(kind, id, 'in "ids"'));
    requireMediaReadScope(ctx, kind);
    const body = batchResponse(ids, (urn) => {
      try {
        return { entity: view(ctx, readable(ctx, kind, urn)) };
      } catch (error) {
        return { error: error as ApiError };
      }
    });
    return json(200, project(ctx, body));
  };
}
