import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  inlineText,
  isSafeHref,
  parseInline,
  parseMarkdown,
  splitIntroSections,
} from "@/components/api-docs/markdown";
import { InlineMarkdown, Markdown } from "@/components/api-docs/markdown-view";

const html = (source: string, linkCode?: (code: string) => string | undefined) =>
  renderToStaticMarkup(createElement(Markdown, { source, linkCode }));

describe("parseMarkdown", () => {
  it("joins wrapped lines into paragraphs and splits on blank lines", () => {
    const blocks = parseMarkdown("First line\nstill first.\n\nSecond.");
    expect(blocks).toEqual([
      { kind: "paragraph", children: [{ kind: "text", text: "First line still first." }] },
      { kind: "paragraph", children: [{ kind: "text", text: "Second." }] },
    ]);
  });

  it("reads bullet and numbered lists, with wrapped items", () => {
    const [intro, bullets, numbers] = parseMarkdown(
      "Steps:\n- one\n  continued\n- `two`\n\n1. first\n2. second",
    );
    expect(intro?.kind).toBe("paragraph");
    expect(bullets).toMatchObject({ kind: "list", ordered: false });
    expect(bullets?.kind === "list" && bullets.items.map(inlineText)).toEqual(["one continued", "two"]);
    expect(numbers).toMatchObject({ kind: "list", ordered: true });
  });

  it("reads headings and fenced code", () => {
    expect(parseMarkdown("## Hello\n```\na <b>\n```")).toEqual([
      { kind: "heading", level: 2, children: [{ kind: "text", text: "Hello" }] },
      { kind: "code", text: "a <b>" },
    ]);
  });
});

describe("parseInline", () => {
  it("reads bold, italic, code and links", () => {
    expect(parseInline("**Rate** `Retry-After` *now* [docs](https://example.com)")).toEqual([
      { kind: "strong", children: [{ kind: "text", text: "Rate" }] },
      { kind: "text", text: " " },
      { kind: "code", text: "Retry-After" },
      { kind: "text", text: " " },
      { kind: "em", children: [{ kind: "text", text: "now" }] },
      { kind: "text", text: " " },
      { kind: "link", href: "https://example.com", children: [{ kind: "text", text: "docs" }] },
    ]);
  });

  it("keeps markup inside code as written", () => {
    expect(parseInline("`**not bold**`")).toEqual([{ kind: "code", text: "**not bold**" }]);
  });

  it("keeps unclosed markers and backslash-escaped ones as text", () => {
    expect(inlineText(parseInline("a ** b ` c"))).toBe("a ** b ` c");
    expect(parseInline("\\*literal\\*")).toEqual([{ kind: "text", text: "*literal*" }]);
    expect(inlineText(parseInline("5 * 3 = 15, next_cursor"))).toBe("5 * 3 = 15, next_cursor");
  });

  it("drops unsafe link targets but keeps the words", () => {
    expect(parseInline("[click](javascript:alert(1))")).not.toContainEqual(
      expect.objectContaining({ kind: "link" }),
    );
    expect(isSafeHref("javascript:alert(1)")).toBe(false);
    expect(isSafeHref("data:text/html,x")).toBe(false);
    expect(isSafeHref("//evil.example")).toBe(false);
    expect(isSafeHref("/docs/api#problem-conflict")).toBe(true);
    expect(isSafeHref("#errors")).toBe(true);
  });
});

describe("rendering", () => {
  it("escapes HTML in text, code and links instead of interpreting it", () => {
    const out = html('<script>alert("x")</script> **<img src=x onerror=alert(1)>** `<b>code</b>`');
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<b>code");
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("<strong");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;</strong>");
    expect(out).toContain("&lt;b&gt;code&lt;/b&gt;</code>");
  });

  it("never renders a javascript: link", () => {
    const out = html('[x](javascript:alert(1)) [y]("><script>)');
    expect(out).not.toMatch(/href="javascript/i);
    expect(out).not.toContain("<script");
  });

  it("renders paragraphs, lists and bold", () => {
    const out = html("Intro **bold**.\n\n- a\n- b");
    expect(out).toMatch(
      /^<div[^>]*><p>Intro <strong[^>]*>bold<\/strong>\.<\/p><ul[^>]*><li>a<\/li><li>b<\/li><\/ul><\/div>$/,
    );
  });

  it("links code spans the page knows", () => {
    const out = html("Types: `/docs/api#problem-conflict`, `other`.", (code) =>
      code === "/docs/api#problem-conflict" ? "#problem-conflict" : undefined,
    );
    expect(out).toContain('<a href="#problem-conflict"');
    expect(out.match(/<a /g)).toHaveLength(1);
  });

  it("renders inline Markdown without blocks", () => {
    expect(renderToStaticMarkup(createElement(InlineMarkdown, { source: "a\n`b`" }))).toMatch(
      /^a <code[^>]*>b<\/code>$/,
    );
  });
});

describe("splitIntroSections", () => {
  it("moves paragraphs with a known bold lead-in to their section", () => {
    const { intro, sections } = splitIntroSections(
      parseMarkdown(
        "Welcome.\n\n**Authentication**: `Authorization: Bearer …`.\n\n**Rate limit**: each key…\n\n**Retries**: send a key.\n\n**Errors** are problem details.\n\n**Other**: stays.",
      ),
    );
    expect(intro.map((block) => (block.kind === "paragraph" ? inlineText(block.children) : ""))).toEqual([
      "Welcome.",
      "Other: stays.",
    ]);
    const text = (blocks: typeof intro) =>
      blocks.map((block) => (block.kind === "paragraph" ? inlineText(block.children) : ""));
    expect(text(sections.authentication)).toEqual(["Authorization: Bearer …."]);
    expect(sections.authentication[0]).toMatchObject({
      children: [{ kind: "code" }, { kind: "text", text: "." }],
    });
    expect(text(sections["rate-limits"])).toEqual(["Each key…"]);
    expect(text(sections.idempotency)).toEqual(["Send a key."]);
    // Without a colon the lead-in is part of the sentence and stays.
    expect(text(sections.errors)).toEqual(["Errors are problem details."]);
  });
});
