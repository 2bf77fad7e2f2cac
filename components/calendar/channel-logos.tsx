// The channels a post goes to as a row of small overlapping logos (initials without one), at most
// `max` and then "+N". Decorative: the event's label names the channels for screen readers.
import type { CalendarPostTarget } from "@/lib/services/calendar/list-calendar-posts";
import { cn } from "@/lib/utils/cn";

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? "") + (words[1]?.[0] ?? "")).toUpperCase() || "?";
}

export function ChannelLogos({
  targets,
  max = 3,
  size = "sm",
}: {
  targets: CalendarPostTarget[];
  max?: number;
  size?: "sm" | "md";
}) {
  const shown = targets.slice(0, max);
  const more = targets.length - shown.length;
  const box = size === "sm" ? "size-4 text-[7px]" : "size-5 text-[8px]";
  return (
    <span className="flex shrink-0 items-center -space-x-1" aria-hidden>
      {shown.map((target) =>
        target.channel.logoUrl ? (
          // Logos come from LinkedIn's (or the sandbox's) hosts, which next/image would have to proxy.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            key={target.id}
            src={target.channel.logoUrl}
            alt=""
            className={cn(box, "rounded-full bg-white object-cover ring-1 ring-white")}
          />
        ) : (
          <span
            key={target.id}
            className={cn(
              box,
              "flex items-center justify-center rounded-full bg-slate-200 font-semibold text-slate-600 ring-1 ring-white",
            )}
          >
            {initials(target.channel.name)}
          </span>
        ),
      )}
      {more > 0 && (
        <span
          className={cn(
            box,
            "flex items-center justify-center rounded-full bg-slate-700 font-semibold text-white ring-1 ring-white",
          )}
        >
          +{more}
        </span>
      )}
    </span>
  );
}
