// GET /feed/update/{urn}: where "View on LinkedIn" points in sandbox mode. Renders the post as
// LinkedIn shows it; unknown or deleted posts get LinkedIn's "cannot be displayed" 404 page.
import type { RequestContext } from "../http/context";
import { html, type Reply } from "../http/reply";
import { h, layout, raw } from "../pages/html";
import { findPost, isPostUrn } from "../posts/post-store";
import { renderPostCard } from "./render-post";

const CSS = `
main.feed{max-width:560px}
.post{background:#fff;border:1px solid #e0dfdc;border-radius:10px;padding:16px 0 8px;margin-bottom:16px}
.post.nested{border-radius:8px;margin:0;padding:12px 0 4px}
.post>*{margin-left:16px;margin-right:16px}
.post-author{display:flex;gap:10px;align-items:flex-start;margin-bottom:8px}
.post-author img{width:48px;height:48px;flex:none}.post-author img.avatar{border-radius:50%}.post-author img.logo{border-radius:4px}
.author-name{font-size:15px}.small{font-size:12px}
.commentary{white-space:pre-wrap;overflow-wrap:anywhere;margin-bottom:10px}
.mention,.hashtag{color:#0a66c2;font-weight:600}
.sandbox-note{background:#fff7e0;border:1px dashed #d9a400;border-radius:6px;padding:6px 10px;font-size:13px}
.sandbox-note.error{background:#fde7e7;border-color:#cc1016}
.post-image{display:block;width:100%;height:auto;margin:0;max-height:640px;object-fit:contain;background:#f3f2ef}
.post>.post-image,.post>.image-grid,.post>figure.video{margin-left:0;margin-right:0}
.image-grid{display:grid;grid-template-columns:1fr 1fr;gap:2px}.image-grid .post-image{aspect-ratio:1;object-fit:cover;height:100%}
.image-grid.count-3 .post-image:first-child{grid-column:span 2;aspect-ratio:2}
figure.video{margin:0}figure.video video{width:100%;background:#000;display:block}figure.video figcaption{padding:6px 16px;font-size:13px}
.document{display:flex;gap:12px;align-items:center;border:1px solid #e0dfdc;border-radius:8px;padding:12px;text-decoration:none;color:inherit}
.document>span:last-child{display:flex;flex-direction:column}
.doc-icon{background:#cc1016;color:#fff;font-weight:700;font-size:12px;border-radius:4px;padding:10px 8px}
.article{display:block;border:1px solid #e0dfdc;border-radius:8px;overflow:hidden;text-decoration:none;color:inherit}
.article img{display:block;width:100%;height:auto}.article-text{display:flex;flex-direction:column;padding:10px 12px;background:#eef3f8}
.reshared{border:1px solid #e0dfdc;border-radius:8px}
.media-missing{background:#f3f2ef;color:#666;padding:24px;text-align:center;font-size:13px}
.social{display:flex;justify-content:space-between;border-top:1px solid #eee;padding-top:8px;margin-top:10px}
`;

export function notFoundPage(urn: string): Reply {
  return html(
    404,
    layout(
      "This post cannot be displayed",
      h`<main class="feed"><div class="card" role="alert"><h1>This post cannot be displayed</h1>
<p>It may have been deleted, or <code>${urn}</code> is not a post this sandbox knows. <a href="/">Sandbox home</a></p></div></main>`,
      CSS,
    ),
  );
}

export function feedUpdatePage(ctx: RequestContext): Reply {
  let urn = ctx.params.urn ?? "";
  try {
    urn = decodeURIComponent(urn).replace(/\/+$/, "");
  } catch {
    return notFoundPage(urn);
  }
  const post = isPostUrn(urn) ? findPost(ctx.state, urn) : undefined;
  if (!post || post.deletedAt !== undefined) return notFoundPage(urn);
  const view = {
    baseUrl: ctx.baseUrl,
    now: ctx.now(),
    downloadUrlTtlMs: ctx.state.config.media.downloadUrlTtlMs,
  };
  const body = h`<main class="feed">${raw(renderPostCard({ state: ctx.state, view }, post))}
<p class="muted small"><a href="/">Sandbox home</a> · <code>${post.id}</code></p></main>`;
  return html(200, layout(`Post by ${post.author}`, body, CSS));
}
