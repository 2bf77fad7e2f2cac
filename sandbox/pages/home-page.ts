// GET / — the sandbox's front page for humans: who exists, which Pages they manage, recent
// posts (linking to /feed/update/{urn}), the OAuth apps and the sandbox clock.
import type { RequestContext } from "../http/context";
import { html, type Reply } from "../http/reply";
import { memberForUrn } from "../orgs/permissions";
import { postKind, settleAllPosts } from "../posts/post-store";
import { findOrganization, organizationUrn, parseOrganizationUrn } from "../world";
import { h, layout, raw } from "./html";

const CSS = `
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}
.person,.org{display:flex;gap:10px;align-items:flex-start}
.person img,.org img{width:44px;height:44px;flex:none}
.person img{border-radius:50%}.org img{border-radius:8px}
.small{font-size:13px}
.person>div,.org>div{min-width:0}
.role{display:inline-block;max-width:100%;overflow-wrap:anywhere;font-size:12px;border-radius:4px;padding:0 6px;margin:2px 2px 0 0;background:#eef3f8}
.role.APPROVED{background:#e6f4ea}.role.REQUESTED{background:#fff4d6}.role.REVOKED,.role.REJECTED{background:#fde7e7;text-decoration:line-through}
`;

function authorName(ctx: RequestContext, urn: string): string {
  const orgId = parseOrganizationUrn(urn);
  if (orgId !== undefined) return findOrganization(ctx.state.world, orgId)?.name ?? urn;
  const member = memberForUrn(ctx.state, urn);
  return member ? `${member.firstName} ${member.lastName}` : urn;
}

export function homePage(ctx: RequestContext): Reply {
  const { world, config } = ctx.state;
  const now = ctx.now();
  const members = world.members.map(
    (m) => h`<div class="person"><img src="/_sandbox/avatars/${m.id}.svg" alt="">
<div><strong>${m.firstName} ${m.lastName}</strong>${m.isDefault ? raw(' <span class="badge">default</span>') : ""}
<div class="small muted">${m.headline}</div><div class="small"><code>urn:li:person:${m.id}</code></div></div></div>`,
  );
  const orgs = world.organizations.map((o) => {
    const roles = world.acls
      .filter((a) => a.organizationId === o.id)
      .map((a) => {
        const m = world.members.find((x) => x.id === a.memberId);
        return h`<span class="role ${a.state}" title="${a.state}">${m?.firstName ?? a.memberId}: ${a.role} (${a.state})</span>`;
      });
    return h`<div class="org"><img src="/_sandbox/logos/${o.id}.svg" alt="">
<div><strong>${o.name}</strong><div class="small muted">${o.vanityName} · <code>${organizationUrn(o.id)}</code></div>
<div>${raw(roles.join(" "))}</div></div></div>`;
  });
  settleAllPosts(ctx.state);
  const posts = Object.values(ctx.state.posts)
    .filter((p) => p.deletedAt === undefined)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, 20)
    .map(
      (p) => h`<tr><td><a href="/feed/update/${p.id}">${p.id}</a></td><td>${authorName(ctx, p.author)}</td>
<td>${p.commentary.length > 90 ? `${p.commentary.slice(0, 90)}…` : p.commentary}</td><td>${postKind(p)}</td><td>${p.lifecycleState}</td>
<td class="small">${new Date(p.createdAt).toISOString()}</td></tr>`,
    );
  const apps = Object.values(config.apps).map(
    (a) => h`<tr><td>${a.name}</td><td><code>${a.clientId}</code></td><td><code>${a.clientSecret}</code></td>
<td class="small">${a.products.join(", ")}</td><td>${a.refreshTokens ? "yes" : "no"}</td></tr>`,
  );
  const body = h`<main>
<div class="card"><h1>LinkedIn sandbox</h1>
<p>A local stand-in for <code>www.linkedin.com/oauth</code> and <code>api.linkedin.com</code>. Base URL: <code>${ctx.baseUrl}</code>.
Sandbox time: <strong>${new Date(now).toISOString()}</strong>${ctx.state.clock.isFrozen() ? " (frozen)" : ""}.</p>
<p class="small"><a href="/_sandbox/state">State (JSON)</a> · <a href="/_sandbox/routes">Routes</a> · <a href="/_sandbox/config">Config</a> · <a href="/oauth/.well-known/openid-configuration">OIDC discovery</a></p></div>
<section class="card" aria-labelledby="members-title"><h2 id="members-title">Members</h2><div class="grid">${raw(members.join(""))}</div></section>
<section class="card" aria-labelledby="orgs-title"><h2 id="orgs-title">Organizations</h2><div class="grid">${raw(orgs.join(""))}</div></section>
<section class="card" aria-labelledby="posts-title"><h2 id="posts-title">Recent posts</h2>
${posts.length === 0 ? raw('<p class="muted">No posts yet.</p>') : raw(`<table><thead><tr><th>URN</th><th>Author</th><th>Text</th><th>Content</th><th>State</th><th>Created</th></tr></thead><tbody>${posts.join("")}</tbody></table>`)}
</section>
<section class="card" aria-labelledby="apps-title"><h2 id="apps-title">OAuth apps</h2>
<table><thead><tr><th>Name</th><th>Client id</th><th>Secret</th><th>Products</th><th>Refresh</th></tr></thead><tbody>${raw(apps.join(""))}</tbody></table></section>
</main>`;
  return html(200, layout("LinkedIn sandbox", body, CSS));
}
