"use client";
// The Analytics page's filters: which channels (all, or several), which days (a preset or a custom
// from–to) and how to group them (day, week, month). Every change is a new URL.
import { Building2, CalendarRange, ChevronDown, User } from "lucide-react";
import { Fragment, useId, useRef, useState } from "react";
import {
  GRANULARITY_LABELS,
  RANGE_PRESETS,
  validateCustomRange,
  type AnalyticsFilters,
  type RangePreset,
} from "@/components/analytics/analytics-filters";
import { formatDayRange } from "@/components/analytics/format";
import { useDismiss } from "@/lib/hooks/use-dismiss";
import { ANALYTICS_GRANULARITIES, type AnalyticsChannel } from "@/lib/analytics/analytics-types";
import { cn } from "@/lib/utils/cn";

const control =
  "h-9 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none disabled:cursor-not-allowed disabled:text-slate-400";

export function AnalyticsFilterBar({
  filters,
  range,
  today,
  channels,
  onChange,
}: {
  filters: AnalyticsFilters;
  /** The days the filters resolve to. */
  range: { from: string; to: string };
  today: string;
  /** The workspace's channels; undefined until the first answer. */
  channels: AnalyticsChannel[] | undefined;
  onChange: (next: Partial<AnalyticsFilters>) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2" data-testid="analytics-filters">
      <ChannelPicker
        channels={channels}
        selected={filters.channels}
        onChange={(ids) => onChange({ channels: ids })}
      />
      <RangePicker filters={filters} range={range} today={today} onChange={onChange} />
      <div
        role="group"
        aria-label="Group by"
        className="inline-flex rounded-lg border border-slate-200 bg-slate-100/80 p-0.5 sm:ml-auto"
      >
        {ANALYTICS_GRANULARITIES.map((granularity) => (
          <button
            key={granularity}
            type="button"
            aria-pressed={filters.granularity === granularity}
            onClick={() => onChange({ granularity })}
            data-testid={`granularity-${granularity}`}
            className={cn(
              "focus-visible:ring-brand-500 h-8 rounded-md px-3 text-sm font-medium transition-colors focus-visible:ring-2 focus-visible:outline-none",
              filters.granularity === granularity
                ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200"
                : "text-slate-600 hover:text-slate-900",
            )}
          >
            {GRANULARITY_LABELS[granularity]}
          </button>
        ))}
      </div>
    </div>
  );
}

function ChannelPicker({
  channels,
  selected,
  onChange,
}: {
  channels: AnalyticsChannel[] | undefined;
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useDismiss(rootRef, open, () => {
    setOpen(false);
    buttonRef.current?.focus();
  });

  const all = selected.length === 0;
  const known = channels ?? [];
  const isChecked = (id: string) => all || selected.includes(id);
  const label = all
    ? "All channels"
    : selected.length === 1
      ? (known.find((channel) => channel.id === selected[0])?.name ?? "1 channel")
      : `${selected.length} channels`;

  const toggle = (id: string) => {
    const current = all ? known.map((channel) => channel.id) : selected;
    const next = current.includes(id) ? current.filter((other) => other !== id) : [...current, id];
    if (next.length === 0) return; // at least one; "All channels" is the way back
    // Every channel picked one by one is "all": keep the address short and future channels in.
    onChange(known.every((channel) => next.includes(channel.id)) ? [] : next);
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="true"
        disabled={!channels}
        onClick={() => setOpen((value) => !value)}
        className={cn(control, "inline-flex max-w-64 items-center gap-2 font-medium")}
        data-testid="channel-picker"
      >
        <span className="text-slate-500">Channels:</span>
        <span className="truncate">{label}</span>
        <ChevronDown className="size-4 shrink-0 text-slate-500" aria-hidden />
      </button>
      {open && (
        <div
          id={panelId}
          role="group"
          aria-label="Channels in the figures"
          className="absolute top-full left-0 z-20 mt-1 w-72 rounded-xl border border-slate-200 bg-white p-1.5 shadow-lg"
        >
          <label className="flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50">
            <input
              type="checkbox"
              checked={all}
              onChange={() => onChange([])}
              // The way back to everything; unchecking it alone means nothing.
              disabled={all}
              className="accent-brand-600 size-4"
              autoFocus
            />
            All channels
          </label>
          <div className="my-1 border-t border-slate-100" />
          {known.map((channel) => {
            const Icon = channel.kind === "ORGANIZATION" ? Building2 : User;
            const onlyOne = !all && selected.length === 1 && selected[0] === channel.id;
            return (
              <label
                key={channel.id}
                className="flex cursor-pointer items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm text-slate-800 hover:bg-slate-50"
              >
                <input
                  type="checkbox"
                  checked={isChecked(channel.id)}
                  disabled={onlyOne}
                  onChange={() => toggle(channel.id)}
                  className="accent-brand-600 size-4"
                />
                <Icon className="size-4 shrink-0 text-slate-500" aria-hidden />
                <span className="min-w-0 flex-1 truncate">{channel.name}</span>
                {channel.sync.status === "NOT_AVAILABLE" && (
                  <span className="text-xs text-slate-500">no statistics</span>
                )}
              </label>
            );
          })}
          <p className="px-2.5 pt-1 pb-1.5 text-xs text-slate-500">
            {all ? "Every channel, including ones you connect later." : `${selected.length} selected`}
          </p>
        </div>
      )}
    </div>
  );
}

const CUSTOM = "custom";

function RangePicker({
  filters,
  range,
  today,
  onChange,
}: {
  filters: AnalyticsFilters;
  range: { from: string; to: string };
  today: string;
  onChange: (next: Partial<AnalyticsFilters>) => void;
}) {
  const selectId = useId();
  const errorId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(range);
  const [error, setError] = useState<string | null>(null);
  const custom = filters.range === "custom" || editing;

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    const check = validateCustomRange(draft.from, draft.to);
    if (!check.ok) return setError(check.message);
    setError(null);
    setEditing(false);
    onChange({ range: "custom", from: draft.from, to: draft.to });
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="sr-only">
        Date range
      </label>
      <div className="relative">
        <CalendarRange
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-500"
          aria-hidden
        />
        <select
          id={selectId}
          value={custom ? CUSTOM : filters.range}
          data-testid="range-preset"
          onChange={(event) => {
            const value = event.target.value;
            if (value === CUSTOM) {
              setDraft(range);
              setError(null);
              setEditing(true);
            } else {
              setEditing(false);
              onChange({ range: value as RangePreset, from: null, to: null });
            }
          }}
          className={cn(control, "pl-8 font-medium")}
        >
          {RANGE_PRESETS.map((preset) => (
            <option key={preset.value} value={preset.value}>
              {preset.label}
            </option>
          ))}
          <option value={CUSTOM}>Custom range…</option>
        </select>
      </div>
      {custom ? (
        <form onSubmit={apply} className="flex flex-wrap items-center gap-1.5" noValidate>
          {(["from", "to"] as const).map((end, index) => (
            <Fragment key={end}>
              {index > 0 && (
                <span className="text-sm text-slate-500" aria-hidden>
                  –
                </span>
              )}
              <label className="sr-only" htmlFor={`${selectId}-${end}`}>
                {end === "from" ? "From" : "To"}
              </label>
              <input
                id={`${selectId}-${end}`}
                type="date"
                value={editing ? draft[end] : range[end]}
                max={today}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => {
                  if (!editing) setEditing(true);
                  setDraft((current) => ({ ...(editing ? current : range), [end]: event.target.value }));
                }}
                className={cn(control, "px-2")}
                data-testid={`range-${end}`}
              />
            </Fragment>
          ))}
          {editing && (
            <button
              type="submit"
              className="bg-brand-600 hover:bg-brand-700 focus-visible:ring-brand-500 h-9 rounded-lg px-3 text-sm font-medium text-white shadow-sm focus-visible:ring-2 focus-visible:ring-offset-1 focus-visible:outline-none"
              data-testid="range-apply"
            >
              Apply
            </button>
          )}
          {error && (
            <p id={errorId} role="alert" className="w-full text-xs font-medium text-red-600">
              {error}
            </p>
          )}
        </form>
      ) : (
        <span className="text-sm text-slate-600 tabular-nums" data-testid="range-label">
          {formatDayRange(range.from, range.to)}
        </span>
      )}
    </div>
  );
}
