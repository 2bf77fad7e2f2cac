"use client";

import { useState } from "react";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import { cn } from "@/lib/utils/cn";

/** LinkedIn folds long posts after about three lines; the preview does the same. */
export const FOLD_AT = 210;

function runText(run: CommentaryDocument[number]): string {
  return run.type === "text" ? run.text : run.type === "hashtag" ? `#${run.tag}` : run.name;
}

/**
 * The post's text with hashtags and mentions in LinkedIn blue, folded at "…see more" like the feed.
 * With nothing typed it shows a hint, or nothing when `placeholder` is false (a media-only post).
 */
export function PreviewText({
  body,
  placeholder = true,
  className,
}: {
  body: CommentaryDocument;
  placeholder?: boolean;
  className?: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const length = body.reduce((total, run) => total + runText(run).length, 0);
  const folded = !expanded && length > FOLD_AT;
  let shown = 0;
  const nodes: React.ReactNode[] = [];
  for (const [index, run] of body.entries()) {
    if (folded && shown >= FOLD_AT) break;
    const text = runText(run);
    let visible = folded ? text.slice(0, FOLD_AT - shown) : text;
    // Like LinkedIn, fold between words rather than inside one.
    if (folded && visible.length < text.length) visible = visible.replace(/\s+\S*$/, "");
    shown = visible.length < text.length && folded ? FOLD_AT : shown + visible.length;
    nodes.push(
      run.type === "text" ? (
        <span key={index}>{visible}</span>
      ) : (
        <span key={index} className="font-semibold text-[#0a66c2]">
          {visible}
        </span>
      ),
    );
  }
  if (length === 0 && !placeholder) return null;
  return (
    <p className={cn("text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-900", className)}>
      {nodes.length ? nodes : <span className="text-slate-400">Your post will appear here.</span>}
      {folded && (
        <button
          type="button"
          className="ml-1 text-slate-500 hover:text-[#0a66c2] hover:underline"
          onClick={() => setExpanded(true)}
        >
          …see more
        </button>
      )}
    </p>
  );
}
