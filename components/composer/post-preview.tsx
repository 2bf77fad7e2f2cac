"use client";

import { Globe2 } from "lucide-react";
import { useState } from "react";
import { ChannelAvatar } from "@/components/channels/channel-avatar";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";

/** LinkedIn folds long posts after about three lines; the preview does the same. */
const FOLD_AT = 210;

type PreviewChannel = { name: string; logoUrl: string | null; kind: "ORGANIZATION" | "MEMBER" };

export function PostPreview({ channel, body }: { channel: PreviewChannel; body: CommentaryDocument }) {
  const [expanded, setExpanded] = useState(false);
  let shown = 0;
  const folded =
    !expanded &&
    body.reduce(
      (length, run) =>
        length +
        (run.type === "text"
          ? run.text.length
          : run.type === "hashtag"
            ? run.tag.length + 1
            : run.name.length),
      0,
    ) > FOLD_AT;
  const nodes: React.ReactNode[] = [];
  for (const [index, run] of body.entries()) {
    if (folded && shown >= FOLD_AT) break;
    const text = run.type === "text" ? run.text : run.type === "hashtag" ? `#${run.tag}` : run.name;
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
  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-label={`Preview on ${channel.name}`}
    >
      <header className="flex items-center gap-3">
        <ChannelAvatar name={channel.name} logoUrl={channel.logoUrl} kind={channel.kind} />
        <div>
          <p className="text-sm font-semibold text-slate-900">{channel.name}</p>
          <p className="flex items-center gap-1 text-xs text-slate-500">
            Now · <Globe2 className="size-3" aria-label="Public" />
          </p>
        </div>
      </header>
      <p className="mt-3 text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-900">
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
    </article>
  );
}
