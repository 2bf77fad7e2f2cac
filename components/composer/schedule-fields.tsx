"use client";

import { Plus, X } from "lucide-react";
import { useEffect, useState } from "react";
import { FieldErrors } from "@/components/composer/field-errors";
import { zonedWallTimeToUtc } from "@/lib/utils/zoned-time";

const zones = (): string[] =>
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];
const AUDIENCE_ZONES_KEY = "cadence:compose:audience-zones";

type Props = {
  wallTime: string;
  timeZone: string;
  onChange: (patch: { wallTime?: string; timeZone?: string }) => void;
  errors?: string[];
};

function formatIn(instant: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en", {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(instant);
}

/**
 * Date, time and the zone they are meant in; below, the same moment where the audience is
 * (zones the user adds, remembered in this browser), in the user's own zone and in UTC.
 */
export function ScheduleFields({ wallTime, timeZone, onChange, errors }: Props) {
  const [audience, setAudience] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    try {
      const saved = JSON.parse(window.localStorage.getItem(AUDIENCE_ZONES_KEY) ?? "[]") as unknown;
      // Saved zones are only readable after mount (the server has no localStorage).
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (Array.isArray(saved)) setAudience(saved.filter((zone) => typeof zone === "string").slice(0, 5));
    } catch {
      /* a broken value is ignored */
    }
  }, []);
  const saveAudience = (next: string[]) => {
    setAudience(next);
    window.localStorage.setItem(AUDIENCE_ZONES_KEY, JSON.stringify(next));
  };
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const instant = wallTime ? zonedWallTimeToUtc(wallTime, timeZone) : null;
  const rows = [
    ...new Map(
      [
        [timeZone, "chosen"],
        ...audience.map((zone) => [zone, "audience"] as const),
        [own, "you"],
        ["UTC", "UTC"],
      ].map(([zone, role]) => [zone, role] as const),
    ),
  ];

  return (
    <div className="space-y-3">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="schedule-at" className="text-sm font-medium text-slate-800">
            Date and time
          </label>
          <input
            id="schedule-at"
            type="datetime-local"
            value={wallTime}
            onChange={(event) => onChange({ wallTime: event.target.value })}
            aria-invalid={errors?.length ? true : undefined}
            className="mt-2 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm"
          />
          <FieldErrors errors={errors} />
        </div>
        <div>
          <label htmlFor="time-zone" className="text-sm font-medium text-slate-800">
            Time zone
          </label>
          <select
            id="time-zone"
            value={timeZone}
            onChange={(event) => onChange({ timeZone: event.target.value })}
            className="mt-2 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm"
          >
            {[...new Set(["UTC", timeZone, ...zones()])].map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </div>
      </div>
      {instant && (
        <div className="rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-600" data-testid="schedule-times">
          <p className="mb-1 font-medium text-slate-700">Goes out</p>
          <ul className="space-y-0.5">
            {rows.map(([zone, role]) => (
              <li key={zone} className="flex items-center gap-2">
                <span className="w-40 tabular-nums">{formatIn(instant, zone)}</span>
                <span className="text-slate-500">
                  {zone === "UTC" ? "UTC" : zone}
                  {role === "you" && zone !== timeZone ? " (your time)" : ""}
                  {role === "audience" ? " (audience)" : ""}
                </span>
                {role === "audience" && (
                  <button
                    type="button"
                    aria-label={`Stop showing ${zone}`}
                    onClick={() => saveAudience(audience.filter((item) => item !== zone))}
                    className="rounded p-0.5 text-slate-400 hover:bg-slate-200 hover:text-slate-700"
                  >
                    <X className="size-3" aria-hidden />
                  </button>
                )}
              </li>
            ))}
          </ul>
          {adding ? (
            <select
              autoFocus
              aria-label="Add an audience time zone"
              className="mt-2 h-8 rounded border border-slate-300 bg-white px-2 text-xs"
              defaultValue=""
              onBlur={() => setAdding(false)}
              onChange={(event) => {
                if (event.target.value) saveAudience([...audience, event.target.value].slice(0, 5));
                setAdding(false);
              }}
            >
              <option value="" disabled>
                Choose a zone…
              </option>
              {zones().map((zone) => (
                <option key={zone}>{zone}</option>
              ))}
            </select>
          ) : (
            audience.length < 5 && (
              <button
                type="button"
                onClick={() => setAdding(true)}
                className="text-brand-700 mt-1.5 flex items-center gap-1 font-medium hover:underline"
              >
                <Plus className="size-3" aria-hidden /> Show where your audience is
              </button>
            )
          )}
        </div>
      )}
    </div>
  );
}
