// One post rendered as a LinkedIn feed card: author (logo or avatar), time, commentary, content
// (image or image grid with alt text, video with poster and captions, document, article card,
// reshared post) and social counts accrued over sandbox time.
import type { MediaKind } from "../config";
import { findMedia } from "../media-api/media-store";
import { mediaDownloadUrl, type ViewOptions } from "../media-api/media-view";
import { memberForUrn } from "../orgs/permissions";
import { h, raw } from "../pages/html";
import { findPost, postKind } from "../posts/post-store";
import type { SandboxMedia, SandboxPost, SandboxState } from "../state";
import { postCountsAt } from "../statistics/sandbox-post-stats";
import { findOrganization, parseOrganizationUrn } from "../world";
import { renderCommentary } from "./render-commentary";

export interface RenderContext {
  state: SandboxState;
  view: ViewOptions;
}

type Json = Record<string, unknown>;

function author(state: SandboxState, urn: string) {
  const orgId = parseOrganizationUrn(urn);
  if (orgId !== undefined) {
    const org = findOrganization(state.world, orgId);
    return {
      name: org?.name ?? urn,
      subtitle: org ? `${org.followerCount.toLocaleString("en-US")} followers` : "",
      image: org ? `/_sandbox/logos/${org.id}.svg` : "",
      shape: "logo",
    };
  }
  const member = memberForUrn(state, urn);
  return {
    name: member ? `${member.firstName} ${member.lastName}` : urn,
    subtitle: member?.headline ?? "",
    image: member ? `/_sandbox/avatars/${member.id}.svg` : "",
    shape: "avatar",
  };
}

export function relativeTime(from: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - from) / 60_000);
  if (minutes < 1) return "now";
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (days < 7) return `${days}d`;
  if (days < 30) return `${Math.floor(days / 7)}w`;
  if (days < 365) return `${Math.floor(days / 30)}mo`;
  return `${Math.floor(days / 365)}yr`;
}

type Usable = { media: SandboxMedia; url: string } | { problem: string };

/** The media asset's download URL when AVAILABLE, else a note naming its status. */
function usableMedia(ctx: RenderContext, urn: string, kind: MediaKind): Usable {
  const media = findMedia(ctx.state, urn);
  if (!media || media.kind !== kind) return { problem: `${urn} does not exist` };
  if (media.status !== "AVAILABLE") return { problem: `${urn} is ${media.status}` };
  return { media, url: mediaDownloadUrl(media, ctx.view).url };
}

const unavailable = (problem: string) =>
  h`<div class="media-missing" role="img" aria-label="${problem}">${problem}</div>`;

function renderImage(ctx: RenderContext, image: Json): string {
  const found = usableMedia(ctx, String(image.id), "image");
  if (!("url" in found)) return unavailable(found.problem);
  return h`<img class="post-image" src="${found.url}" alt="${typeof image.altText === "string" ? image.altText : ""}" width="${found.media.info?.width ?? ""}" height="${found.media.info?.height ?? ""}">`;
}

function renderVideo(ctx: RenderContext, media: Json): string {
  const found = usableMedia(ctx, String(media.id), "video");
  if (!("url" in found)) return unavailable(found.problem);
  const video = found.media;
  const poster =
    video.thumbnail?.uploadedAt !== undefined
      ? mediaDownloadUrl(video, ctx.view, "videocover-high").url
      : undefined;
  const captions =
    video.captions?.uploadedAt !== undefined
      ? mediaDownloadUrl(video, ctx.view, "captions-srt").url
      : undefined;
  const seconds = Math.round((video.info?.durationMs ?? 0) / 1000);
  return h`<figure class="video"><video controls preload="none" src="${found.url}"${raw(poster ? h` poster="${poster}"` : "")}${raw(
    video.info?.width ? h` width="${video.info.width}" height="${video.info.height}"` : "",
  )}>${raw(captions ? h`<track kind="captions" src="${captions}" srclang="en" label="Captions">` : "")}</video>
<figcaption>${typeof media.title === "string" ? media.title : "Video"} · ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}</figcaption></figure>`;
}

function renderDocument(ctx: RenderContext, media: Json): string {
  const found = usableMedia(ctx, String(media.id), "document");
  if (!("url" in found)) return unavailable(found.problem);
  const info = found.media.info;
  const pages = info?.pageCount === undefined ? "" : ` · ${info.pageCount} pages`;
  return h`<a class="document" href="${found.url}"><span class="doc-icon" aria-hidden="true">${(info?.format ?? "doc").toUpperCase()}</span>
<span><strong>${typeof media.title === "string" ? media.title : "Document"}</strong><span class="muted">${(info?.format ?? "").toUpperCase()}${pages}</span></span></a>`;
}

function renderArticle(ctx: RenderContext, article: Json): string {
  const source = String(article.source ?? "");
  let domain = source;
  try {
    domain = new URL(source).hostname.replace(/^www\./, "");
  } catch {
    // Stored articles always have a valid URL; keep the raw text otherwise.
  }
  let thumbnail = "";
  if (typeof article.thumbnail === "string") {
    const found = usableMedia(ctx, article.thumbnail, "image");
    thumbnail =
      "url" in found
        ? h`<img src="${found.url}" alt="${typeof article.thumbnailAltText === "string" ? article.thumbnailAltText : ""}">`
        : unavailable(found.problem);
  }
  // Exactly what the author supplied: LinkedIn does not scrape the URL (§7.1), neither does the sandbox.
  return h`<a class="article" href="${source}" rel="noopener noreferrer nofollow">${raw(thumbnail)}
<span class="article-text"><strong>${String(article.title ?? "")}</strong>${raw(
    typeof article.description === "string" ? h`<span class="muted">${article.description}</span>` : "",
  )}<span class="muted small">${domain}</span></span></a>`;
}

function renderContent(ctx: RenderContext, post: SandboxPost): string {
  const content = (post.content ?? {}) as Json;
  switch (postKind(post)) {
    case "image":
      return renderImage(ctx, content.media as Json);
    case "video":
      return renderVideo(ctx, content.media as Json);
    case "document":
      return renderDocument(ctx, content.media as Json);
    case "multiImage": {
      const images = ((content.multiImage as Json).images as Json[]) ?? [];
      return h`<div class="image-grid count-${Math.min(images.length, 5)}">${raw(images.map((i) => renderImage(ctx, i)).join(""))}</div>`;
    }
    case "article":
      return renderArticle(ctx, content.article as Json);
    case "reshare": {
      const parent = post.reshareContext ? findPost(ctx.state, post.reshareContext.parent) : undefined;
      return parent && parent.deletedAt === undefined
        ? h`<div class="reshared">${raw(renderPostCard(ctx, parent, { nested: true }))}</div>`
        : h`<div class="reshared media-missing">This post is no longer available.</div>`;
    }
    default:
      return "";
  }
}

function statusNote(post: SandboxPost): string {
  if (post.lifecycleState === "DRAFT")
    return h`<p class="sandbox-note" role="note">Draft: not visible in the feed.</p>`;
  if (post.lifecycleState === "PUBLISH_REQUESTED")
    return h`<p class="sandbox-note" role="note">Publishing…</p>`;
  if (post.lifecycleState === "PUBLISH_FAILED")
    return h`<p class="sandbox-note error" role="alert">Publishing failed${post.publishFailureReason ? `: ${post.publishFailureReason}` : ""}.</p>`;
  return "";
}

function socialCounts(ctx: RenderContext, post: SandboxPost): string {
  if (post.lifecycleState !== "PUBLISHED") return "";
  const c = postCountsAt(ctx.state, post, ctx.view.now);
  const reactions = c.likeCount;
  return h`<div class="social muted small"><span>${reactions.toLocaleString("en-US")} reactions</span>
<span>${c.commentCount.toLocaleString("en-US")} comments · ${c.shareCount.toLocaleString("en-US")} reposts · ${c.impressionCount.toLocaleString("en-US")} impressions</span></div>`;
}

export function renderPostCard(
  ctx: RenderContext,
  post: SandboxPost,
  options: { nested?: boolean } = {},
): string {
  const who = author(ctx.state, post.author);
  const when = relativeTime(post.publishedAt ?? post.createdAt, ctx.view.now);
  const visibility =
    post.visibility === "PUBLIC"
      ? "Public"
      : post.visibility === "CONNECTIONS"
        ? "Connections"
        : "LinkedIn members";
  return h`<article class="post${options.nested ? " nested" : ""}" data-urn="${post.id}">
<header class="post-author"><img class="${who.shape}" src="${who.image}" alt="${who.name}">
<div><strong class="author-name">${who.name}</strong><div class="muted small">${who.subtitle}</div>
<div class="muted small"><time datetime="${new Date(post.publishedAt ?? post.createdAt).toISOString()}">${when}</time>${post.isEditedByAuthor ? " · Edited" : ""} · ${visibility}</div></div></header>
${raw(options.nested ? "" : statusNote(post))}${raw(renderCommentary(post.commentary))}
${raw(renderContent(ctx, post))}
${raw(options.nested ? "" : socialCounts(ctx, post))}
</article>`;
}
