// The calendar's own toolbar (FullCalendar's is switched off): today, previous and next, the
// range's title, a quiet spinner while a range loads, and the view switch.
import { ChevronLeft, ChevronRight, Loader2 } from "lucide-react";
import { cn } from "@/lib/utils/cn";

export const VIEWS = [
  { type: "dayGridMonth", label: "Month" },
  { type: "timeGridWeek", label: "Week" },
  { type: "timeGridDay", label: "Day" },
  { type: "listWeek", label: "List" },
] as const;

export type CalendarViewType = (typeof VIEWS)[number]["type"];

const iconButton =
  "inline-flex size-9 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900";

export function CalendarToolbar({
  title,
  view,
  loading,
  onPrev,
  onNext,
  onToday,
  onView,
}: {
  title: string;
  view: string;
  loading: boolean;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
  onView: (view: CalendarViewType) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
      <div className="flex items-center gap-1">
        <button
          type="button"
          onClick={onToday}
          className="mr-1 h-9 rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
        >
          Today
        </button>
        <button type="button" onClick={onPrev} className={iconButton} aria-label="Previous">
          <ChevronLeft className="size-5" aria-hidden />
        </button>
        <button type="button" onClick={onNext} className={iconButton} aria-label="Next">
          <ChevronRight className="size-5" aria-hidden />
        </button>
      </div>
      <h2
        className="flex min-w-0 items-center gap-2 text-lg font-semibold tracking-tight text-slate-900"
        aria-live="polite"
      >
        <span className="truncate" data-testid="calendar-title">
          {title}
        </span>
        {loading && (
          <Loader2 className="size-4 animate-spin text-slate-400" aria-label="Loading posts" role="status" />
        )}
      </h2>
      <div
        role="group"
        aria-label="View"
        className="ml-auto inline-flex rounded-lg border border-slate-200 bg-slate-100/80 p-0.5"
      >
        {VIEWS.map((item) => (
          <button
            key={item.type}
            type="button"
            aria-pressed={view === item.type}
            onClick={() => onView(item.type)}
            className={cn(
              "h-8 rounded-md px-3 text-sm font-medium transition-colors",
              view === item.type
                ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200"
                : "text-slate-600 hover:text-slate-900",
            )}
          >
            {item.label}
          </button>
        ))}
      </div>
    </div>
  );
}
