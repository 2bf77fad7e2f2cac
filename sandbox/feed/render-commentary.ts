// Commentary as LinkedIn displays it (doc §7.7): escapes removed, mentions shown as names,
// hashtags as #tag, and nothing after the first unescaped reserved character, where LinkedIn cuts
// the post. The cut is flagged in a separate sandbox note so a wrong escape is visible, not silent.
import { escapeHtml, h, raw } from "../pages/html";
import { displayNodes } from "../posts/little-text";

export function renderCommentary(source: string): string {
  const { nodes, cutAt } = displayNodes(source);
  const parts = nodes.map((node) => {
    if (node.kind === "text") return escapeHtml(node.text);
    if (node.kind === "mention")
      return h`<span class="mention" data-urn="${node.urn}" title="${node.urn}">${node.name}</span>`;
    return h`<span class="hashtag">#${node.tag}</span>`;
  });
  const text = h`<div class="commentary" data-testid="commentary">${raw(parts.join(""))}</div>`;
  if (!cutAt) return text;
  const lost = source.slice(cutAt.index);
  return (
    text +
    h`<p class="sandbox-note" role="note" data-testid="truncation-note">Sandbox: LinkedIn drops the commentary from the unescaped
<code>${cutAt.char}</code> at character ${cutAt.index + 1} (reserved characters must be escaped with a backslash, e.g. <code>\\${cutAt.char}</code>).
Not shown: <code>${lost.length > 120 ? `${lost.slice(0, 120)}…` : lost}</code></p>`
  );
}
