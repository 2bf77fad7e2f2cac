// Reading link-card fields out of real-world HTML: tag soup, any attribute order and quoting,
// fallbacks, character references, encodings, relative URLs and the composer's length limits.
import { describe, expect, it } from "vitest";
import { ARTICLE_DESCRIPTION_MAX_LENGTH, MEDIA_TITLE_MAX_LENGTH } from "@/lib/schemas/post-content";
import { decodeHtml } from "@/lib/services/link-preview/decode-html";
import { decodeHtmlEntities } from "@/lib/services/link-preview/html-entities";
import { capLength, parseOpenGraph } from "@/lib/services/link-preview/parse-open-graph";

const PAGE = "https://blog.example.com/posts/launch?ref=x";
const parse = (head: string, url = PAGE) =>
  parseOpenGraph(`<!doctype html><html><head>${head}</head><body></body></html>`, url);

describe("parseOpenGraph", () => {
  it("reads the OpenGraph fields", () => {
    expect(
      parse(`
        <meta property="og:title" content="We launched">
        <meta property="og:description" content="The long story of a short launch.">
        <meta property="og:image" content="https://cdn.example.com/launch.png">
        <meta property="og:site_name" content="Example Blog">
        <meta property="og:url" content="https://blog.example.com/posts/launch">
        <title>Ignored title</title>`),
    ).toEqual({
      title: "We launched",
      description: "The long story of a short launch.",
      image: "https://cdn.example.com/launch.png",
      siteName: "Example Blog",
      canonicalUrl: "https://blog.example.com/posts/launch",
    });
  });

  it.each([
    ["content first", `<meta content="Order" property="og:title">`],
    ["single quotes", `<meta property='og:title' content='Order'>`],
    ["no quotes", `<meta property=og:title content=Order>`],
    ["upper case", `<META PROPERTY="OG:TITLE" CONTENT="Order">`],
    ["self-closing", `<meta property="og:title" content="Order"/>`],
    ["newlines and spaces", `<meta\n  property = "og:title"\n  content = "Order"\n>`],
    ["name instead of property", `<meta name="og:title" content="Order">`],
    ["extra attributes", `<meta data-x="1" property="og:title" itemprop="name" content="Order" data-y>`],
  ])("reads attributes in any order and style: %s", (_name, tag) => {
    expect(parse(tag).title).toBe("Order");
  });

  it("does not end a tag at a '>' inside quotes", () => {
    expect(
      parse(`<meta property="og:title" content="a > b"><meta property="og:description" content="c">`),
    ).toMatchObject({
      title: "a > b",
      description: "c",
    });
  });

  it("takes the first of repeated tags", () => {
    expect(
      parse(`<meta property="og:image" content="/one.png"><meta property="og:image" content="/two.png">`)
        .image,
    ).toBe("https://blog.example.com/one.png");
  });

  it("falls back to Twitter cards, then <title> and <meta name=description>", () => {
    expect(
      parse(`
        <meta name="twitter:title" content="Tweet title">
        <meta name="twitter:description" content="Tweet description">
        <meta name="twitter:image" content="https://cdn.example.com/t.jpg">
        <title>Page title</title>
        <meta name="description" content="Page description">`),
    ).toMatchObject({
      title: "Tweet title",
      description: "Tweet description",
      image: "https://cdn.example.com/t.jpg",
    });

    expect(parse(`<title>Page title</title><meta name="description" content="Page description">`)).toEqual({
      title: "Page title",
      description: "Page description",
      image: null,
      siteName: null,
      canonicalUrl: null,
    });
  });

  it("skips empty values on the way down the fallbacks", () => {
    expect(parse(`<meta property="og:title" content="  "><title>Real title</title>`).title).toBe(
      "Real title",
    );
  });

  it("answers nulls for a page without any of it", () => {
    expect(parseOpenGraph("<p>just text</p>", PAGE)).toEqual({
      title: null,
      description: null,
      image: null,
      siteName: null,
      canonicalUrl: null,
    });
    expect(parseOpenGraph("", PAGE).title).toBeNull();
  });

  it("decodes character references and collapses whitespace", () => {
    expect(
      parse(`
        <title>  Caf&eacute; &amp; Bar &#8212; &#x201C;open&#x201D;\n\t now </title>
        <meta property="og:description" content="Fish &amp;amp; chips &lt;b&gt;fresh&lt;/b&gt; &copy; 2026">`),
    ).toMatchObject({ title: "Café & Bar — “open” now", description: "Fish &amp; chips fresh © 2026" });
  });

  it("resolves relative image and canonical URLs against <base> and the final page URL", () => {
    expect(parse(`<meta property="og:image" content="../img/a.png?x=1&amp;y=2">`).image).toBe(
      "https://blog.example.com/img/a.png?x=1&y=2",
    );
    expect(parse(`<meta property="og:image" content="//cdn.example.com/b.png">`).image).toBe(
      "https://cdn.example.com/b.png",
    );
    expect(
      parse(`<base href="https://static.example.com/assets/"><meta property="og:image" content="c.png">`)
        .image,
    ).toBe("https://static.example.com/assets/c.png");
    expect(parse(`<link rel="canonical" href="/posts/launch">`).canonicalUrl).toBe(
      "https://blog.example.com/posts/launch",
    );
  });

  it("prefers og:image, then its :url and :secure_url forms, then twitter, then <link rel=image_src>", () => {
    expect(
      parse(`<link rel="image_src" href="/l.png"><meta property="og:image:secure_url" content="/s.png">`)
        .image,
    ).toBe("https://blog.example.com/s.png");
    expect(parse(`<link rel="shortcut image_src" href="/l.png">`).image).toBe(
      "https://blog.example.com/l.png",
    );
  });

  it("ignores image URLs that are not http(s)", () => {
    expect(
      parse(
        `<meta property="og:image" content="javascript:alert(1)"><meta name="twitter:image" content="data:image/png;base64,AAA">`,
      ).image,
    ).toBeNull();
    expect(parse(`<meta property="og:image" content="http://[bad">`).image).toBeNull();
  });

  it("reads only the <head>, and nothing from comments, scripts, styles or SVG", () => {
    const html = `<html><head>
      <!-- <meta property="og:title" content="commented out"> -->
      <script>document.write('<meta property="og:title" content="from script">')</script>
      <style>/* <title>styled</title> */</style>
      <svg><title>icon</title></svg>
      <title>The real title</title>
      </head><body><meta property="og:description" content="from the body"></body></html>`;
    expect(parseOpenGraph(html, PAGE)).toMatchObject({ title: "The real title", description: null });
  });

  it("survives unclosed tags, comments and quotes", () => {
    expect(
      parseOpenGraph(`<head><meta property="og:title" content="Fine"><meta property="og:description`, PAGE),
    ).toMatchObject({
      title: "Fine",
      description: null,
    });
    expect(
      parseOpenGraph(
        `<head><title>Kept</title><!-- never closed <meta property="og:title" content="x">`,
        PAGE,
      ).title,
    ).toBe("Kept");
    expect(parseOpenGraph(`<head><meta property="og:title" content="open quote>`, PAGE).title).toBeNull();
  });

  it("reads og:site_name, else application-name", () => {
    expect(parse(`<meta name="application-name" content="App">`).siteName).toBe("App");
  });

  it("caps title, description and site name at the composer's limits", () => {
    const longTitle = "word ".repeat(100);
    const longDescription = "x".repeat(2000);
    const parsed = parse(
      `<meta property="og:title" content="${longTitle}"><meta property="og:description" content="${longDescription}">` +
        `<meta property="og:site_name" content="${longTitle}">`,
    );
    expect(parsed.title?.length).toBeLessThanOrEqual(MEDIA_TITLE_MAX_LENGTH);
    expect(parsed.title).toMatch(/word…$/);
    expect(parsed.description).toHaveLength(ARTICLE_DESCRIPTION_MAX_LENGTH);
    expect(parsed.description?.endsWith("…")).toBe(true);
    expect(parsed.siteName?.length).toBeLessThanOrEqual(MEDIA_TITLE_MAX_LENGTH);
  });

  it("handles a huge page without reading past its head", () => {
    const html = `<html><head><title>Big</title></head><body>${"<p>filler</p>".repeat(100_000)}</body></html>`;
    expect(parseOpenGraph(html, PAGE).title).toBe("Big");
  });
});

describe("capLength", () => {
  it.each([
    ["short", 10, "short"],
    ["exactly10!", 10, "exactly10!"],
    ["abcdefghijk", 10, "abcdefghi…"],
    ["one two three four five six", 20, "one two three four…"],
    ["a 😀😀😀😀", 5, "a 😀…"],
  ])("%j capped at %i → %j", (text, max, expected) => {
    const capped = capLength(text, max);
    expect(capped).toBe(expected);
    expect(capped.length).toBeLessThanOrEqual(max);
  });
});

describe("decodeHtmlEntities", () => {
  it.each([
    ["&amp;&lt;&gt;&quot;&apos;", `&<>"'`],
    ["&nbsp;&eacute;&Eacute;&yuml;&szlig;", "\u00a0éÉÿß"],
    ["&hellip;&ndash;&mdash;&lsquo;&rsquo;&euro;&trade;", "…–—‘’€™"],
    ["&#233;&#xE9;&#XE9;&#233", "éééé"],
    ["&#150;&#128;", "–€"],
    ["&#0;&#xD800;&#x110000;", "\uFFFD\uFFFD\uFFFD"],
    ["&unknown; &amp", "&unknown; &amp"],
    ["?a=1&copy=2", "?a=1&copy=2"],
    ["&amp;amp;", "&amp;"],
  ])("%j → %j", (input, expected) => {
    expect(decodeHtmlEntities(input)).toBe(expected);
  });
});

describe("decodeHtml", () => {
  const latin1Page = (declaration: string) =>
    Buffer.concat([
      Buffer.from(`<html><head>${declaration}<title>`, "latin1"),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]), // Café “ok” in windows-1252
      Buffer.from("</title></head></html>", "latin1"),
    ]);
  const titleOf = (bytes: Uint8Array, contentType: string | null) =>
    parseOpenGraph(decodeHtml(bytes, contentType).html, PAGE).title;

  it("defaults to UTF-8", () => {
    const { html, charset } = decodeHtml(Buffer.from("<title>Café 🚀</title>"), "text/html");
    expect(charset).toBe("utf-8");
    expect(parseOpenGraph(html, PAGE).title).toBe("Café 🚀");
  });

  it.each([
    ["Content-Type latin1", "", "text/html; charset=ISO-8859-1"],
    ["Content-Type windows-1252, quoted", "", 'text/html; charset="windows-1252"'],
    ["<meta charset>", `<meta charset="windows-1252">`, "text/html"],
    ["<meta http-equiv>", `<meta http-equiv="Content-Type" content="text/html; charset=latin1">`, null],
    ["a bad Content-Type charset, then <meta>", `<meta charset=iso-8859-1>`, "text/html; charset=klingon"],
  ])("honours the charset from %s", (_name, declaration, contentType) => {
    expect(titleOf(latin1Page(declaration), contentType)).toBe("Café “ok”");
  });

  it("reads an unknown charset as UTF-8 without failing", () => {
    const { html, charset } = decodeHtml(
      Buffer.from("<title>Plain</title>"),
      "text/html; charset=x-nonsense",
    );
    expect(charset).toBe("utf-8");
    expect(parseOpenGraph(html, PAGE).title).toBe("Plain");
  });

  it("lets a byte-order mark win, and reads <meta charset=utf-16> as UTF-8", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<title>Wide</title>", "utf16le")]);
    expect(titleOf(utf16, "text/html; charset=iso-8859-1")).toBe("Wide");
    expect(titleOf(Buffer.from(`<meta charset="utf-16"><title>Café</title>`), null)).toBe("Café");
  });

  it("replaces invalid UTF-8 instead of failing", () => {
    expect(
      titleOf(
        Buffer.from([
          0x3c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e, 0x41, 0xff, 0x42, 0x3c, 0x2f, 0x74, 0x69, 0x74, 0x6c,
          0x65, 0x3e,
        ]),
        null,
      ),
    ).toBe("AB");
  });
});
