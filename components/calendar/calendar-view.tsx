"use client";
// The Calendar page's island: FullCalendar in the browser's time zone with Cadence's toolbar,
// posts coloured by state, drag and drop to move a post (with undo), a detail sheet on click or
// Enter, and ←/→/T (plus M/W/D/L for views) while the calendar has focus.
import type {
  DatesSetArg,
  DayHeaderContentArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventInput,
  EventMountArg,
} from "@fullcalendar/core";
import dayGridPlugin from "@fullcalendar/daygrid";
import interactionPlugin from "@fullcalendar/interaction";
import listPlugin from "@fullcalendar/list";
import FullCalendar from "@fullcalendar/react";
import timeGridPlugin from "@fullcalendar/timegrid";
import { CalendarPlus, Globe, Keyboard, PenSquare } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { CalendarEventContent } from "@/components/calendar/calendar-event-content";
import { fetchRangeFor, FIRST_DAY_OF_WEEK } from "@/components/calendar/calendar-range";
import { movedTime } from "@/components/calendar/calendar-time";
import { calendarTone, TONE_LABEL, type CalendarTone } from "@/components/calendar/calendar-tone";
import { CalendarToolbar, type CalendarViewType } from "@/components/calendar/calendar-toolbar";
import { PostDetailSheet } from "@/components/calendar/post-detail-sheet";
import { useBrowserTimeZone } from "@/components/calendar/use-browser-time-zone";
import { type FetchRange, useCalendarPosts } from "@/components/calendar/use-calendar-posts";
import { useReschedule } from "@/components/calendar/use-reschedule";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { CalendarPost } from "@/lib/services/calendar/list-calendar-posts";
import { cn } from "@/lib/utils/cn";
import "./calendar.css";

type EventProps = { post: CalendarPost; tone: CalendarTone };

const LEGEND: CalendarTone[] = ["scheduled", "published", "partial", "failed", "publishing", "draft"];
const VIEW_KEYS: Record<string, CalendarViewType> = {
  m: "dayGridMonth",
  w: "timeGridWeek",
  d: "timeGridDay",
  l: "listWeek",
};
const TIME_FORMAT = { hour: "2-digit", minute: "2-digit", hour12: false } as const;

export function CalendarView({
  workspaceId,
  canManage,
  description,
}: {
  workspaceId: string;
  canManage: boolean;
  description: string;
}) {
  const timeZone = useBrowserTimeZone();
  return (
    <>
      <PageHeader
        title="Calendar"
        description={description}
        actions={
          canManage ? (
            <Link href="/compose" className={buttonClasses()}>
              <PenSquare className="size-4" aria-hidden />
              Write a post
            </Link>
          ) : null
        }
      />
      {timeZone ? (
        <CalendarBoard workspaceId={workspaceId} canManage={canManage} timeZone={timeZone} />
      ) : (
        <CalendarSkeleton />
      )}
    </>
  );
}

function CalendarBoard({
  workspaceId,
  canManage,
  timeZone,
}: {
  workspaceId: string;
  canManage: boolean;
  timeZone: string;
}) {
  const calendarRef = useRef<FullCalendar>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  // Phones get the agenda: a month grid of truncated one-liners helps nobody on 360 pixels.
  const [initialView] = useState<CalendarViewType>(() =>
    window.matchMedia("(max-width: 640px)").matches ? "listWeek" : "dayGridMonth",
  );
  const [view, setView] = useState<string>(initialView);
  const [title, setTitle] = useState("");
  const [visible, setVisible] = useState<{ start: number; end: number } | null>(null);
  const [range, setRange] = useState<FetchRange | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const query = useCalendarPosts(workspaceId, range);
  const { move, isMoving } = useReschedule(workspaceId, timeZone);
  const posts = useMemo(() => query.data ?? [], [query.data]);
  const selected = posts.find((post) => post.id === selectedId) ?? null;

  const events = useMemo<EventInput[]>(
    () =>
      posts.map((post) => {
        const tone = calendarTone(
          post.status,
          post.targets.map((target) => target.state),
        );
        return {
          id: post.id,
          start: post.scheduledAt,
          title: post.excerpt || "(no text)",
          editable: canManage && post.reschedulable,
          classNames: ["cad-event", `cad-tone-${tone}`],
          extendedProps: { post, tone } satisfies EventProps,
        };
      }),
    [posts, canManage],
  );

  const visibleCount = visible
    ? posts.filter((post) => {
        const at = Date.parse(post.scheduledAt);
        return at >= visible.start && at < visible.end;
      }).length
    : 0;
  const loadingRange = query.isPending || query.isPlaceholderData;
  const showEmptyHint = !loadingRange && query.isSuccess && visibleCount === 0;

  const api = () => calendarRef.current?.getApi();

  // Opening a time grid: scroll to the working day, or to just before now when today is shown.
  // After the commit, once the grid has its fixed height (month and list grow with content).
  useEffect(() => {
    if (!view.startsWith("timeGrid")) return;
    const frame = requestAnimationFrame(() => {
      const calendar = calendarRef.current?.getApi();
      if (!calendar) return;
      const now = new Date();
      const { activeStart, activeEnd } = calendar.view;
      const showsToday = now >= activeStart && now < activeEnd;
      const hour = showsToday ? Math.max(0, Math.min(now.getHours() - 1, 16)) : 8;
      calendar.scrollToTime({ hours: hour });
    });
    return () => cancelAnimationFrame(frame);
  }, [view]);

  function onDatesSet(info: DatesSetArg) {
    const next = fetchRangeFor(info.startStr.slice(0, 10), info.endStr.slice(0, 10));
    setRange((current) => (current?.from === next.from && current.to === next.to ? current : next));
    setVisible({ start: info.start.getTime(), end: info.end.getTime() });
    setTitle(info.view.title);
    setView(info.view.type);
  }

  function onEventDrop(info: EventDropArg) {
    const { post } = info.event.extendedProps as EventProps;
    const droppedAt = info.event.start;
    if (!droppedAt) return info.revert();
    void move(post.id, movedTime({ ...post, delta: info.delta, droppedAt }), info.revert);
  }

  function open(postId: string, opener: HTMLElement) {
    openerRef.current = opener;
    setSelectedId(postId);
  }

  function onEventClick(info: EventClickArg) {
    info.jsEvent.preventDefault();
    open(info.event.id, info.el);
  }

  function closeSheet() {
    const postId = selectedId;
    setSelectedId(null);
    // The event may have been re-rendered while the sheet was open: find it again by its post.
    requestAnimationFrame(() => {
      const opener = openerRef.current?.isConnected
        ? openerRef.current
        : regionRef.current?.querySelector<HTMLElement>(`[data-post-id="${postId}"]`);
      (opener ?? regionRef.current)?.focus();
    });
  }

  function navigate(go: () => void) {
    go();
    // The focused event may have left the screen with its range: keep focus in the calendar.
    requestAnimationFrame(() => {
      const region = regionRef.current;
      if (region && !region.contains(document.activeElement)) region.focus();
    });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if ((event.target as HTMLElement).closest("input, textarea, select, [contenteditable='true']")) return;
    const calendar = api();
    if (!calendar) return;
    const key = event.key.toLowerCase();
    if (event.key === "ArrowLeft") navigate(() => calendar.prev());
    else if (event.key === "ArrowRight") navigate(() => calendar.next());
    else if (key === "t") navigate(() => calendar.today());
    else if (VIEW_KEYS[key]) navigate(() => calendar.changeView(VIEW_KEYS[key]!));
    else return;
    event.preventDefault();
  }

  return (
    <>
      <div
        ref={regionRef}
        role="region"
        aria-label="Calendar"
        aria-describedby="calendar-keys"
        aria-keyshortcuts="ArrowLeft ArrowRight T M W D L"
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="cadence-calendar rounded-xl border border-slate-200 bg-white shadow-sm focus-visible:outline-offset-4"
      >
        <div className="space-y-3 border-b border-slate-200 px-4 pt-4 pb-3 sm:px-5">
          <CalendarToolbar
            title={title}
            view={view}
            loading={query.isFetching || isMoving}
            onPrev={() => api()?.prev()}
            onNext={() => api()?.next()}
            onToday={() => api()?.today()}
            onView={(type) => api()?.changeView(type)}
          />
          <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-xs text-slate-500">
            <p className="flex items-center gap-1.5" data-testid="calendar-time-zone">
              <Globe className="size-3.5" aria-hidden />
              Times in {timeZone}
            </p>
            <ul className="flex flex-wrap items-center gap-x-3 gap-y-1" aria-label="Colours">
              {LEGEND.map((tone) => (
                <li key={tone} className={`flex items-center gap-1.5 cad-tone-${tone}`}>
                  <span className="cad-swatch" aria-hidden />
                  {tone === "partial" ? "Partly published · retrying" : TONE_LABEL[tone]}
                </li>
              ))}
            </ul>
          </div>
        </div>

        <div className="relative p-2 sm:p-3">
          <div className={cn("transition-opacity", loadingRange && query.data && "opacity-60")}>
            <FullCalendar
              ref={calendarRef}
              plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
              initialView={initialView}
              headerToolbar={false}
              // The browser's own zone: FullCalendar needs no zone plugin for it.
              timeZone="local"
              firstDay={FIRST_DAY_OF_WEEK}
              events={events}
              editable={canManage}
              eventDurationEditable={false}
              eventAllow={(span) => span.start.getTime() > Date.now()}
              eventDrop={onEventDrop}
              eventClick={onEventClick}
              eventContent={(arg: EventContentArg) => {
                const { post, tone } = arg.event.extendedProps as EventProps;
                return (
                  <CalendarEventContent
                    post={post}
                    tone={tone}
                    viewType={arg.view.type}
                    onOpen={(element) => open(post.id, element)}
                  />
                );
              }}
              eventDidMount={(arg: EventMountArg) => {
                arg.el.dataset.postId = arg.event.id;
              }}
              datesSet={onDatesSet}
              dayHeaderContent={(arg: DayHeaderContentArg) => <DayHeader arg={arg} />}
              noEventsContent={() => <EmptyHint canManage={canManage} />}
              nowIndicator
              navLinks
              navLinkDayClick="timeGridDay"
              dayMaxEvents={3}
              eventDisplay="block"
              defaultTimedEventDuration="01:00"
              eventTimeFormat={TIME_FORMAT}
              slotLabelFormat={TIME_FORMAT}
              listDayFormat={{ weekday: "long", month: "long", day: "numeric" }}
              listDaySideFormat={false}
              allDaySlot={false}
              height={view.startsWith("timeGrid") ? 760 : "auto"}
            />
          </div>
          {showEmptyHint && !view.startsWith("list") && (
            <div className="pointer-events-none absolute inset-0 flex items-center justify-center p-6">
              <div className="pointer-events-auto rounded-xl border border-slate-200 bg-white/95 px-5 py-4 shadow-lg backdrop-blur">
                <EmptyHint canManage={canManage} />
              </div>
            </div>
          )}
        </div>

        <p
          id="calendar-keys"
          className="hidden flex-wrap items-center gap-x-2 gap-y-1 border-t border-slate-200 px-5 py-2.5 text-xs text-slate-500 sm:flex"
        >
          <Keyboard className="size-3.5" aria-hidden />
          <span>
            <Kbd>←</Kbd> <Kbd>→</Kbd> previous / next
          </span>
          <span aria-hidden>·</span>
          <span>
            <Kbd>T</Kbd> today
          </span>
          <span aria-hidden>·</span>
          <span>
            <Kbd>M</Kbd> <Kbd>W</Kbd> <Kbd>D</Kbd> <Kbd>L</Kbd> views
          </span>
          <span aria-hidden>·</span>
          <span>
            <Kbd>Tab</Kbd> to a post, <Kbd>Enter</Kbd> for details
          </span>
          {canManage && (
            <>
              <span aria-hidden>·</span>
              <span>Drag a post to move it</span>
            </>
          )}
        </p>
      </div>

      <PostDetailSheet post={selected} timeZone={timeZone} canManage={canManage} onClose={closeSheet} />
    </>
  );
}

function DayHeader({ arg }: { arg: DayHeaderContentArg }) {
  if (!arg.view.type.startsWith("timeGrid")) return <>{arg.text}</>;
  return (
    <span className="cad-dayhead">
      <span>{arg.date.toLocaleDateString("en-US", { weekday: "short" })}</span>
      <span className={cn("cad-dayhead-date", arg.isToday && "is-today")}>{arg.date.getDate()}</span>
    </span>
  );
}

function EmptyHint({ canManage }: { canManage: boolean }) {
  return (
    <p className="flex items-center gap-2 py-2 text-sm text-slate-600" data-testid="calendar-empty">
      <CalendarPlus className="text-brand-600 size-4 shrink-0" aria-hidden />
      <span>
        Nothing scheduled in this range.{" "}
        {canManage && (
          <Link href="/compose" className="text-brand-700 font-medium hover:underline">
            Compose a post.
          </Link>
        )}
      </span>
    </p>
  );
}

function Kbd({ children }: { children: React.ReactNode }) {
  return (
    <kbd className="inline-flex min-w-5 items-center justify-center rounded border border-slate-300 bg-slate-50 px-1 font-sans text-[11px] font-medium text-slate-700 shadow-[0_1px_0_var(--color-slate-300)]">
      {children}
    </kbd>
  );
}

function CalendarSkeleton() {
  return (
    <div
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      aria-busy="true"
      aria-label="Loading calendar"
    >
      <div className="flex items-center gap-3">
        <div className="h-9 w-40 animate-pulse rounded-lg bg-slate-100" />
        <div className="h-6 w-36 animate-pulse rounded bg-slate-100" />
        <div className="ml-auto h-9 w-64 animate-pulse rounded-lg bg-slate-100" />
      </div>
      <div className="mt-5 grid grid-cols-7 gap-px overflow-hidden rounded-xl border border-slate-200 bg-slate-200">
        {Array.from({ length: 35 }, (_, index) => (
          <div key={index} className="h-28 bg-white" />
        ))}
      </div>
    </div>
  );
}
