// A link card's fields from a page's HTML: OpenGraph first, then Twitter cards, then the plain
// <title> and <meta name=description>. Reads only the <head> (comments, scripts, styles and SVG
// removed first), takes attributes in any order and any quoting, decodes character references,
// resolves URLs against <base href> and the page's final URL, and trims to the composer's limits.
import { decodeHtmlEntities } from "@/lib/services/link-preview/html-entities";
import { ARTICLE_DESCRIPTION_MAX_LENGTH, MEDIA_TITLE_MAX_LENGTH } from "@/lib/schemas/post-content";

export type OpenGraphData = {
  title: string | null;
  description: string | null;
  siteName: string | null;
  /** Absolute http(s) URL of the preview image. */
  image: string | null;
  /** The page's own canonical address (og:url, else <link rel=canonical>), absolute http(s). */
  canonicalUrl: string | null;
};

/** Pages put their <head> first; nothing past this many characters is read. */
export const OPEN_GRAPH_MAX_CHARS = 512 * 1024;

export function parseOpenGraph(html: string, pageUrl: string): OpenGraphData {
  const head = headOf(html);
  const { metas, links, baseHref } = scanTags(head);
  const base = resolveHttpUrl(baseHref, pageUrl) ?? pageUrl;
  const meta = (...keys: string[]) => keys.map((key) => clean(metas.get(key))).find(Boolean) ?? null;
  const titleElement = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head)?.[1];

  const title = meta("og:title", "twitter:title") ?? (clean(titleElement) || null);
  const description = meta("og:description", "twitter:description", "description");
  const imageCandidates = [
    ...["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"].map((key) =>
      metas.get(key),
    ),
    links.get("image_src"),
  ];
  const canonicalCandidates = [metas.get("og:url"), links.get("canonical")];
  return {
    title: title && capLength(title, MEDIA_TITLE_MAX_LENGTH),
    description: description && capLength(description, ARTICLE_DESCRIPTION_MAX_LENGTH),
    siteName: capOrNull(meta("og:site_name", "application-name"), MEDIA_TITLE_MAX_LENGTH),
    image: firstHttpUrl(imageCandidates, base),
    canonicalUrl: firstHttpUrl(canonicalCandidates, base),
  };
}

/** Cuts at a word when one is near, never inside a surrogate pair, and marks the cut with "…". */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  const space = text.lastIndexOf(" ", cut);
  if (space >= max * 0.8) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}

function capOrNull(text: string | null, max: number): string | null {
  return text && capLength(text, max);
}

function headOf(html: string): string {
  const text = html.slice(0, OPEN_GRAPH_MAX_CHARS);
  const end = text.search(/<\/head\s*>/i);
  return (end === -1 ? text : text.slice(0, end))
    .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
    .replace(/<(script|style|svg|template|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " ");
}

type Tags = { metas: Map<string, string>; links: Map<string, string>; baseHref: string | undefined };

/** <meta>, <link> and <base> tags; for each meta key (property or name) the first one wins. */
function scanTags(head: string): Tags {
  const tags: Tags = { metas: new Map(), links: new Map(), baseHref: undefined };
  const opening = /<(meta|link|base)(?=[\s/>])/gi;
  for (let match = opening.exec(head); match; match = opening.exec(head)) {
    const { attributes, end } = readAttributes(head, opening.lastIndex);
    opening.lastIndex = end;
    const tag = (match[1] ?? "").toLowerCase();
    if (tag === "meta") {
      const key = (attributes.get("property") ?? attributes.get("name") ?? "").trim().toLowerCase();
      const content = attributes.get("content");
      if (key && content !== undefined && !tags.metas.has(key)) tags.metas.set(key, content);
    } else if (tag === "link") {
      const href = attributes.get("href");
      for (const rel of (attributes.get("rel") ?? "").toLowerCase().split(/\s+/)) {
        if (rel && href && !tags.links.has(rel)) tags.links.set(rel, href);
      }
    } else if (tags.baseHref === undefined) {
      tags.baseHref = attributes.get("href");
    }
  }
  return tags;
}

const ATTRIBUTE = /[\s/]*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

/** The attributes from `start` to the tag's closing ">" (a ">" inside quotes does not close it). */
function readAttributes(html: string, start: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  let at = start;
  while (at < html.length) {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(html);
    if (match) {
      const name = (match[1] ?? "").toLowerCase();
      if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
      at = ATTRIBUTE.lastIndex;
      continue;
    }
    if (html[at] === ">") return { attributes, end: at + 1 };
    at += 1;
  }
  return { attributes, end: html.length };
}

/** Text as people read it: references decoded, markup and runs of whitespace gone, trimmed. */
function clean(value: string | undefined): string {
  if (!value) return "";
  return decodeHtmlEntities(value)
    .replace(/<\/?[A-Za-z][^<>]*>/g, " ")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function firstHttpUrl(candidates: (string | undefined)[], base: string): string | null {
  for (const candidate of candidates) {
    const url = resolveHttpUrl(candidate, base);
    if (url) return url;
  }
  return null;
}

function resolveHttpUrl(value: string | undefined, base: string): string | undefined {
  const text = value && decodeHtmlEntities(value).trim();
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
