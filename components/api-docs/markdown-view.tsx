// Renders the tree of ./markdown.ts as React elements. Every text goes in as a text child, so
// React escapes it: nothing in a description becomes markup.
import { Fragment } from "react";
import { cn } from "@/lib/utils/cn";
import { parseInline, parseMarkdown, type Block, type Inline } from "./markdown";

/** Turns a code span into a link when it names a place on this page (e.g. a problem type URI). */
export type CodeLinker = (code: string) => string | undefined;

const codeClass = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800";

export function InlineNodes({ nodes, linkCode }: { nodes: Inline[]; linkCode?: CodeLinker }) {
  return (
    <>
      {nodes.map((node, index) => {
        switch (node.kind) {
          case "text":
            return <Fragment key={index}>{node.text}</Fragment>;
          case "strong":
            return (
              <strong key={index} className="font-semibold text-slate-900">
                <InlineNodes nodes={node.children} linkCode={linkCode} />
              </strong>
            );
          case "em":
            return (
              <em key={index}>
                <InlineNodes nodes={node.children} linkCode={linkCode} />
              </em>
            );
          case "code": {
            const href = linkCode?.(node.text);
            const code = <code className={codeClass}>{node.text}</code>;
            return href ? (
              <a
                key={index}
                href={href}
                className="hover:decoration-brand-500 underline decoration-slate-300 underline-offset-2"
              >
                {code}
              </a>
            ) : (
              <Fragment key={index}>{code}</Fragment>
            );
          }
          case "link":
            return (
              <a
                key={index}
                href={node.href}
                className="text-brand-700 decoration-brand-100 hover:decoration-brand-500 underline underline-offset-2"
                {...(/^https?:/i.test(node.href) ? { rel: "noreferrer noopener" } : {})}
              >
                <InlineNodes nodes={node.children} linkCode={linkCode} />
              </a>
            );
        }
      })}
    </>
  );
}

export function MarkdownBlocks({
  blocks,
  linkCode,
  className,
}: {
  blocks: Block[];
  linkCode?: CodeLinker;
  className?: string;
}) {
  return (
    <div className={cn("space-y-3 text-sm leading-6 text-slate-700", className)}>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "paragraph":
            return (
              <p key={index}>
                <InlineNodes nodes={block.children} linkCode={linkCode} />
              </p>
            );
          case "heading":
            return (
              <p key={index} className="pt-2 font-semibold text-slate-900">
                <InlineNodes nodes={block.children} linkCode={linkCode} />
              </p>
            );
          case "list": {
            const List = block.ordered ? "ol" : "ul";
            return (
              <List
                key={index}
                className={cn("space-y-1 pl-5", block.ordered ? "list-decimal" : "list-disc")}
              >
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <InlineNodes nodes={item} linkCode={linkCode} />
                  </li>
                ))}
              </List>
            );
          }
          case "code":
            return (
              <pre
                key={index}
                className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-xs text-slate-800"
              >
                {block.text}
              </pre>
            );
        }
      })}
    </div>
  );
}

/** Markdown as blocks (paragraphs, lists…). */
export function Markdown({
  source,
  linkCode,
  className,
}: {
  source: string;
  linkCode?: CodeLinker;
  className?: string;
}) {
  return <MarkdownBlocks blocks={parseMarkdown(source)} linkCode={linkCode} className={className} />;
}

/** Markdown inside a line (a table cell, a summary): inline markup only. */
export function InlineMarkdown({ source, linkCode }: { source: string; linkCode?: CodeLinker }) {
  return <InlineNodes nodes={parseInline(source.replace(/\s*\n\s*/g, " "))} linkCode={linkCode} />;
}
