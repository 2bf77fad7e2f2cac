// A deliberately small Markdown reader for the descriptions in the OpenAPI document: paragraphs,
// bullet and numbered lists, headings, fenced code, and inline **bold**, *italic*, `code` and
// [links](…). It produces a tree, never HTML: the React view renders every text as text, so
// markup in a description shows as written instead of being interpreted.

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "strong"; children: Inline[] }
  | { kind: "em"; children: Inline[] }
  | { kind: "code"; text: string }
  | { kind: "link"; href: string; children: Inline[] };

export type Block =
  | { kind: "paragraph"; children: Inline[] }
  | { kind: "heading"; level: number; children: Inline[] }
  | { kind: "list"; ordered: boolean; items: Inline[][] }
  | { kind: "code"; text: string };

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

/** Only links that stay on the web or on this page: no javascript:, data: or the like. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (/^https?:\/\//i.test(trimmed) || /^mailto:/i.test(trimmed)) return true;
  if (trimmed.startsWith("#")) return true;
  return trimmed.startsWith("/") && !trimmed.startsWith("//");
}

/** Splits Markdown into blocks. Lines of a paragraph or list item are joined with a space. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let index = 0;

  while (index < lines.length) {
    const line = lines[index]!;
    if (!line.trim()) {
      index++;
      continue;
    }

    const fence = FENCE.exec(line);
    if (fence) {
      const code: string[] = [];
      index++;
      while (index < lines.length && !lines[index]!.trimStart().startsWith(fence[1]!))
        code.push(lines[index++]!);
      index++; // the closing fence (or the end)
      blocks.push({ kind: "code", text: code.join("\n") });
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: "heading", level: heading[1]!.length, children: parseInline(heading[2]!) });
      index++;
      continue;
    }

    const ordered = NUMBERED.test(line);
    if (ordered || BULLET.test(line)) {
      const marker = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (index < lines.length && lines[index]!.trim()) {
        const current = lines[index]!;
        const item = marker.exec(current);
        if (item) items.push(item[1]!);
        else if (items.length) items[items.length - 1] += ` ${current.trim()}`; // a wrapped item
        index++;
      }
      blocks.push({ kind: "list", ordered, items: items.map(parseInline) });
      continue;
    }

    const paragraph: string[] = [];
    while (
      index < lines.length &&
      lines[index]!.trim() &&
      !FENCE.test(lines[index]!) &&
      !HEADING.test(lines[index]!) &&
      !(paragraph.length && (BULLET.test(lines[index]!) || NUMBERED.test(lines[index]!)))
    ) {
      paragraph.push(lines[index]!.trim());
      index++;
    }
    blocks.push({ kind: "paragraph", children: parseInline(paragraph.join(" ")) });
  }
  return blocks;
}

/** Reads inline markup. Anything that does not close is kept as the characters it is. */
export function parseInline(text: string): Inline[] {
  const nodes: Inline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) nodes.push({ kind: "text", text: buffer });
    buffer = "";
  };

  let index = 0;
  while (index < text.length) {
    const char = text[index]!;

    if (char === "\\" && index + 1 < text.length && /[\\`*_[\]()#+\-.!<>]/.test(text[index + 1]!)) {
      buffer += text[index + 1];
      index += 2;
      continue;
    }

    if (char === "`") {
      const ticks = /^`+/.exec(text.slice(index))![0];
      const close = text.indexOf(ticks, index + ticks.length);
      if (close !== -1) {
        flush();
        let code = text.slice(index + ticks.length, close);
        if (code.startsWith(" ") && code.endsWith(" ") && code.trim()) code = code.slice(1, -1);
        nodes.push({ kind: "code", text: code });
        index = close + ticks.length;
        continue;
      }
      buffer += ticks;
      index += ticks.length;
      continue;
    }

    if (text.startsWith("**", index)) {
      const close = text.indexOf("**", index + 2);
      if (close > index + 2) {
        flush();
        nodes.push({ kind: "strong", children: parseInline(text.slice(index + 2, close)) });
        index = close + 2;
        continue;
      }
    } else if (char === "*" && text[index + 1] && text[index + 1] !== " ") {
      const close = text.indexOf("*", index + 1);
      if (close > index + 1 && text[close - 1] !== " ") {
        flush();
        nodes.push({ kind: "em", children: parseInline(text.slice(index + 1, close)) });
        index = close + 1;
        continue;
      }
    }

    if (char === "[") {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(text.slice(index));
      if (link) {
        flush();
        const children = parseInline(link[1]!);
        if (isSafeHref(link[2]!)) nodes.push({ kind: "link", href: link[2]!, children });
        else nodes.push(...children);
        index += link[0].length;
        continue;
      }
    }

    buffer += char;
    index++;
  }
  flush();
  return nodes;
}

/** The plain text of inline nodes (for titles and tests). */
export function inlineText(nodes: Inline[]): string {
  return nodes.map((node) => ("children" in node ? inlineText(node.children) : node.text)).join("");
}

export type IntroSection = "authentication" | "rate-limits" | "idempotency" | "errors";

const SECTION_LEADS: [IntroSection, RegExp][] = [
  ["authentication", /^(authentication|authorization|auth)$/i],
  ["rate-limits", /^rate[ -]?limit(s|ing)?$/i],
  ["idempotency", /^(idempotency|idempotent requests|retries)$/i],
  ["errors", /^errors?$/i],
];

function capitalizeFirst(nodes: Inline[]): Inline[] {
  const [first, ...rest] = nodes;
  if (first?.kind !== "text") return nodes;
  return [{ kind: "text", text: first.text.charAt(0).toUpperCase() + first.text.slice(1) }, ...rest];
}

/**
 * Sorts the description's paragraphs into the page's sections: a paragraph that opens with a bold
 * lead-in ("**Authentication**: …") goes to that section, without the lead-in when a colon
 * follows it; everything else stays in the introduction.
 */
export function splitIntroSections(blocks: Block[]): {
  intro: Block[];
  sections: Record<IntroSection, Block[]>;
} {
  const sections: Record<IntroSection, Block[]> = {
    authentication: [],
    "rate-limits": [],
    idempotency: [],
    errors: [],
  };
  const intro: Block[] = [];
  for (const block of blocks) {
    const [lead, next, ...rest] = block.kind === "paragraph" ? block.children : [];
    const section =
      lead?.kind === "strong"
        ? SECTION_LEADS.find(([, pattern]) => pattern.test(inlineText(lead.children).trim()))?.[0]
        : undefined;
    if (!section || !lead) {
      intro.push(block);
      continue;
    }
    if (next?.kind === "text" && next.text.startsWith(":")) {
      const remainder = next.text.slice(1).trimStart();
      const children = capitalizeFirst([
        ...(remainder ? [{ kind: "text" as const, text: remainder }] : []),
        ...rest,
      ]);
      sections[section].push({ kind: "paragraph", children });
    } else {
      sections[section].push(block);
    }
  }
  return { intro, sections };
}
