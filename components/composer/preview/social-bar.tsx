import { MessageSquare, Repeat2, Send, ThumbsUp } from "lucide-react";

const ACTIONS = [
  { label: "Like", Icon: ThumbsUp },
  { label: "Comment", Icon: MessageSquare },
  { label: "Repost", Icon: Repeat2 },
  { label: "Send", Icon: Send },
] as const;

/** The feed's action row, only so the preview reads as a LinkedIn post: nothing here is clickable. */
export function SocialBar() {
  return (
    <div aria-hidden className="mx-3 flex items-center justify-between border-t border-slate-200 py-1">
      {ACTIONS.map(({ label, Icon }) => (
        <span
          key={label}
          className="flex flex-1 items-center justify-center gap-1.5 rounded px-1 py-2.5 text-xs font-semibold text-slate-500 select-none"
        >
          <Icon className="size-4 shrink-0" />
          {label}
        </span>
      ))}
    </div>
  );
}
