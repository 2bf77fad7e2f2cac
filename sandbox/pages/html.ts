// Tiny HTML helpers for the sandbox's own pages (consent, home, errors): escaping and a shared
// layout with inline CSS, so pages need no assets and work offline.

export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Tagged template that escapes every interpolation except values wrapped with raw(). */
export function h(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += renderValue(value) + (strings[i + 1] ?? "");
  });
  return out;
}

class Raw {
  constructor(readonly html: string) {}
}

export const raw = (markup: string) => new Raw(markup);

function renderValue(value: unknown): string {
  if (value instanceof Raw) return value.html;
  if (Array.isArray(value)) return value.map(renderValue).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(value);
}

const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f2ee;color:#1d2226}
a{color:#0a66c2}
header.bar{background:#fff;border-bottom:1px solid #e0dfdc;padding:10px 24px;display:flex;align-items:center;gap:10px}
.brand{font-weight:700;color:#0a66c2;font-size:20px;letter-spacing:-.5px}
.badge{font-size:12px;background:#fef3c7;color:#92400e;border-radius:999px;padding:2px 8px}
main{max-width:960px;margin:24px auto;padding:0 16px}
.card{background:#fff;border:1px solid #e0dfdc;border-radius:10px;padding:20px 24px;margin-bottom:16px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:0 0 12px}
.muted{color:#666}
code{background:#f3f3f3;border-radius:4px;padding:1px 5px;font-size:13px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{font-size:12px;text-transform:uppercase;color:#666}
button{font:inherit;border-radius:999px;padding:8px 20px;border:1px solid #0a66c2;cursor:pointer;font-weight:600}
button.primary{background:#0a66c2;color:#fff}button.secondary{background:#fff;color:#0a66c2}
button:focus-visible,input:focus-visible{outline:3px solid #70b5f9;outline-offset:2px}
`;

export function layout(title: string, body: string, extraCss = ""): string {
  return h`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(BASE_CSS + extraCss)}</style>
</head>
<body>
<header class="bar"><span class="brand">in</span><strong>LinkedIn sandbox</strong><span class="badge">local simulator</span></header>
${raw(body)}
</body>
</html>`;
}

export function errorPage(title: string, message: string): string {
  return layout(
    title,
    h`<main><div class="card" role="alert"><h1>${title}</h1><p>${message}</p></div></main>`,
  );
}
