// The fake LinkedIn consent screen. Controls have stable accessible names for Playwright:
// radios named after each member ("Alex Morgan"), buttons "Allow", "Refuse" and "Cancel".
import type { AppConfig } from "../config";
import { h, layout, raw } from "../pages/html";
import type { SandboxWorld } from "../world";
import type { AuthorizeParams } from "./authorize-request";
import { SCOPE_DESCRIPTIONS } from "./scopes";

const CSS = `
form.card{max-width:560px;margin:32px auto}
fieldset{border:0;padding:0;margin:16px 0}
legend{font-weight:600;margin-bottom:8px}
.member{display:flex;align-items:center;gap:10px;padding:8px 10px;border:1px solid #e0dfdc;border-radius:8px;margin-bottom:6px}
.member label{display:flex;align-items:center;gap:10px;font-weight:600;cursor:pointer;flex:1}
.member img{width:36px;height:36px;border-radius:50%}
.member .muted{font-size:13px}
ul.scopes{padding-left:20px}ul.scopes li{margin:4px 0}
.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:20px;flex-wrap:wrap}
.note{background:#fff7ed;border:1px solid #fed7aa;border-radius:8px;padding:8px 12px;font-size:14px}
`;

export function renderConsentPage(input: {
  app: AppConfig;
  params: AuthorizeParams;
  scopes: string[];
  dropped: string[];
  world: SandboxWorld;
  selectedMemberId: string;
}): string {
  const { app, params, scopes, dropped, world, selectedMemberId } = input;
  let target = params.redirect_uri ?? "";
  try {
    target = new URL(target).host;
  } catch {
    // Already validated; keep the raw value if URL parsing disagrees.
  }
  const hidden = (["response_type", "client_id", "redirect_uri", "state", "scope"] as const).map(
    (name) => h`<input type="hidden" name="${name}" value="${params[name] ?? ""}">`,
  );
  const members = world.members.map(
    (m) => h`<div class="member">
  <input type="radio" name="member" id="member-${m.id}" value="${m.id}" aria-describedby="member-${m.id}-headline"${raw(m.id === selectedMemberId ? " checked" : "")}>
  <label for="member-${m.id}"><img src="/_sandbox/avatars/${m.id}.svg" alt="">${m.firstName} ${m.lastName}</label>
  <span class="muted" id="member-${m.id}-headline">${m.headline}</span>
</div>`,
  );
  const scopeItems = scopes.map((s) => h`<li>${SCOPE_DESCRIPTIONS[s] ?? s} <code>${s}</code></li>`);
  const droppedNote =
    dropped.length > 0
      ? h`<p class="note" role="note">This app is not entitled to <strong>${dropped.join(", ")}</strong>; ${dropped.length === 1 ? "it" : "they"} will not be granted.</p>`
      : "";
  return layout(
    `Sign in to ${app.name} with LinkedIn`,
    h`<main>
<form class="card" method="post" action="/oauth/v2/authorization" aria-labelledby="consent-title">
  <h1 id="consent-title">${app.name} would like to access your LinkedIn account</h1>
  <p class="muted">After you allow access you will be sent back to <code>${target}</code>.</p>
  <fieldset>
    <legend>Sign in as</legend>
    ${raw(members.join("\n"))}
  </fieldset>
  <h2>This app will be able to:</h2>
  <ul class="scopes">${raw(scopeItems.join(""))}</ul>
  ${raw(droppedNote)}
  ${raw(hidden.join("\n  "))}
  <div class="actions">
    <button type="submit" name="decision" value="allow" class="primary">Allow</button>
    <button type="submit" name="decision" value="refuse" class="secondary" title="Refuse the permission request (user_cancelled_authorize)">Refuse</button>
    <button type="submit" name="decision" value="cancel" class="secondary" title="Do not sign in (user_cancelled_login)">Cancel</button>
  </div>
</form>
</main>`,
    CSS,
  );
}
