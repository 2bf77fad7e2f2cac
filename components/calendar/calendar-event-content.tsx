// What one post shows inside its calendar event: the time and the start of its text, its
// channels' logos, and a warning sign when a channel's LinkedIn access ends before it goes out.
// Month cells and time slots get two lines; the list view a full row with the status.
import { TriangleAlert } from "lucide-react";
import { ChannelLogos } from "@/components/calendar/channel-logos";
import { formatClock } from "@/components/calendar/calendar-time";
import { TONE_LABEL, type CalendarTone } from "@/components/calendar/calendar-tone";
import type { CalendarPost } from "@/lib/services/calendar/list-calendar-posts";

function Warning({ post }: { post: CalendarPost }) {
  if (!post.tokenWarning) return null;
  return (
    <TriangleAlert
      className="size-3.5 shrink-0 text-amber-600"
      aria-label="Needs attention"
      data-testid="token-warning-icon"
    />
  );
}

export function CalendarEventContent({
  post,
  tone,
  viewType,
  onOpen,
}: {
  post: CalendarPost;
  tone: CalendarTone;
  viewType: string;
  /** The list view's row has no keyboard handling of its own once its content is custom. */
  onOpen: (element: HTMLElement) => void;
}) {
  const text = post.excerpt || "(no text)";
  const time = formatClock(post.scheduledAt);

  if (viewType.startsWith("list")) {
    return (
      <span
        role="button"
        tabIndex={0}
        className="flex min-w-0 items-center gap-3 rounded outline-offset-4"
        onKeyDown={(event) => {
          if (event.key !== "Enter" && event.key !== " ") return;
          event.preventDefault();
          onOpen(event.currentTarget);
        }}
      >
        <span className="min-w-0 flex-1 truncate text-slate-800">{text}</span>
        <Warning post={post} />
        <ChannelLogos targets={post.targets} size="md" />
        <span className={`cad-pill cad-tone-${tone} max-sm:hidden`}>{TONE_LABEL[tone]}</span>
      </span>
    );
  }

  if (viewType.startsWith("timeGrid")) {
    return (
      <span className="flex h-full min-w-0 flex-col gap-0.5 overflow-hidden">
        <span className="flex items-center gap-1.5">
          <span className="cad-event-time">{time}</span>
          <span className="cad-event-status truncate">{TONE_LABEL[tone]}</span>
          <span className="ml-auto flex items-center gap-1">
            <Warning post={post} />
            <ChannelLogos targets={post.targets} />
          </span>
        </span>
        <span className="line-clamp-2 min-w-0 text-[12px] leading-snug">{text}</span>
      </span>
    );
  }

  return (
    <span className="flex min-w-0 flex-col">
      <span className="flex items-center gap-1">
        <span className="cad-event-time">{time}</span>
        <span className="ml-auto flex items-center gap-1">
          <Warning post={post} />
          <ChannelLogos targets={post.targets} />
        </span>
      </span>
      <span className="truncate">{text}</span>
    </span>
  );
}
