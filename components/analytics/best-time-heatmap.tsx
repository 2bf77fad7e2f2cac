"use client";
// When posts did best: weekday × hour in the viewer's zone, coloured by the slot's median
// engagement rate (slots without posts stay grey). One tab stop; the arrow keys move between slots,
// and the line under the map says what the hovered or focused slot holds.
import { useMemo, useRef, useState } from "react";
import { ChartCard } from "@/components/analytics/chart-card";
import { csvFileName, downloadCsv, toCsv } from "@/components/analytics/csv";
import { formatInteger, formatRate } from "@/components/analytics/format";
import {
  bestSlots,
  describeCell,
  heatColor,
  heatLevel,
  heatmapCsvColumns,
  heatmapCsvRows,
  heatmapGrid,
  heatmapMax,
  hourLabel,
  HOURS,
  WEEKDAYS,
  WEEKDAYS_SHORT,
} from "@/components/analytics/heatmap-model";
import type { Heatmap, HeatmapCell } from "@/lib/analytics/analytics-types";
import { cn } from "@/lib/utils/cn";

const FORMAT = { rate: (value: number | null) => formatRate(value), count: formatInteger };

export function BestTimeHeatmap({
  heatmap,
  range,
}: {
  heatmap: Heatmap;
  range: { from: string; to: string };
}) {
  const grid = useMemo(() => heatmapGrid(heatmap.cells), [heatmap.cells]);
  const max = useMemo(() => heatmapMax(heatmap.cells), [heatmap.cells]);
  const best = useMemo(() => bestSlots(heatmap.cells), [heatmap.cells]);
  const [focus, setFocus] = useState<{ weekday: number; hour: number }>(() =>
    best[0] ? { weekday: best[0].weekday, hour: best[0].hour } : { weekday: 0, hour: 9 },
  );
  const [shown, setShown] = useState<HeatmapCell | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const empty = heatmap.sampleSize < 1;

  const moveTo = (weekday: number, hour: number) => {
    const next = { weekday: (weekday + 7) % 7, hour: (hour + 24) % 24 };
    setFocus(next);
    tableRef.current?.querySelector<HTMLElement>(`[data-slot="${next.weekday}-${next.hour}"]`)?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent, cell: HeatmapCell) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [cell.weekday, cell.hour - 1],
      ArrowRight: [cell.weekday, cell.hour + 1],
      ArrowUp: [cell.weekday - 1, cell.hour],
      ArrowDown: [cell.weekday + 1, cell.hour],
      Home: [cell.weekday, 0],
      End: [cell.weekday, 23],
    };
    const target = moves[event.key];
    if (!target) return;
    event.preventDefault();
    moveTo(...target);
  };

  return (
    <ChartCard
      title="Best time to post"
      description={
        empty
          ? "Median engagement rate by weekday and hour."
          : `Based on ${formatInteger(heatmap.sampleSize)} post${heatmap.sampleSize === 1 ? "" : "s"} of the last 12 months, times in ${heatmap.timeZone}.`
      }
      exportName="best-time"
      onExport={() =>
        downloadCsv(
          csvFileName("best-time", range.from, range.to),
          toCsv(heatmapCsvColumns(heatmap.timeZone), heatmapCsvRows(heatmap)),
        )
      }
      empty={empty ? "No posts with statistics yet: the map needs at least one." : null}
      testId="analytics-heatmap"
    >
      <div className="overflow-x-auto">
        <table
          ref={tableRef}
          role="grid"
          aria-label={`Median engagement rate by weekday and hour, ${heatmap.timeZone}`}
          className="w-full min-w-[40rem] table-fixed border-separate border-spacing-0.5"
          onMouseLeave={() => setShown(null)}
          data-testid="analytics-heatmap-grid"
        >
          <thead>
            <tr>
              <th scope="col" className="w-10">
                <span className="sr-only">Weekday</span>
              </th>
              {HOURS.map((hour) => (
                <th
                  key={hour}
                  scope="col"
                  className="pb-1 text-[11px] font-normal text-slate-500 tabular-nums"
                >
                  <span className={hour % 3 ? "sr-only" : undefined}>{String(hour).padStart(2, "0")}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, weekday) => (
              <tr key={weekday}>
                <th scope="row" className="pr-1 text-left text-xs font-medium text-slate-600">
                  <abbr title={WEEKDAYS[weekday]} className="no-underline">
                    {WEEKDAYS_SHORT[weekday]}
                  </abbr>
                </th>
                {row.map((cell) => {
                  const level = heatLevel(cell, max);
                  const label = describeCell(cell, FORMAT);
                  const isFocus = focus.weekday === cell.weekday && focus.hour === cell.hour;
                  return (
                    <td
                      key={cell.hour}
                      tabIndex={isFocus ? 0 : -1}
                      aria-label={label}
                      title={label}
                      data-slot={`${cell.weekday}-${cell.hour}`}
                      data-posts={cell.posts}
                      onMouseEnter={() => setShown(cell)}
                      onFocus={() => {
                        setFocus({ weekday: cell.weekday, hour: cell.hour });
                        setShown(cell);
                      }}
                      onKeyDown={(event) => onKeyDown(event, cell)}
                      className={cn(
                        "focus-visible:outline-brand-600 h-7 rounded-[3px] focus-visible:outline-2 focus-visible:outline-offset-1",
                        level === null && "bg-slate-100",
                      )}
                      style={level === null ? undefined : { backgroundColor: heatColor(level) }}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-xs text-slate-600">
        <p aria-live="polite" className="min-h-4" data-testid="analytics-heatmap-detail">
          {shown
            ? describeCell(shown, FORMAT)
            : best.length
              ? `Best slots: ${best
                  .map(
                    (cell) =>
                      `${WEEKDAYS_SHORT[cell.weekday]} ${hourLabel(cell.hour)} (${formatRate(cell.medianEngagementRate)}, ${cell.posts} posts)`,
                  )
                  .join(" · ")}`
              : "Hover or focus a slot for its figures."}
        </p>
        <HeatLegend max={max} />
      </div>
    </ChartCard>
  );
}

function HeatLegend({ max }: { max: number }) {
  const stops = [0, 0.25, 0.5, 0.75, 1].map((level) => `${heatColor(level)} ${level * 100}%`).join(", ");
  return (
    <div className="flex items-center gap-3" aria-label="Legend" role="group">
      <span className="inline-flex items-center gap-1.5">
        <span className="inline-block size-3 rounded-[3px] bg-slate-100 ring-1 ring-slate-200" aria-hidden />
        No posts
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span className="tabular-nums">{formatRate(0, 0)}</span>
        <span
          className="inline-block h-3 w-24 rounded-[3px]"
          style={{ backgroundImage: `linear-gradient(to right, ${stops})` }}
          aria-hidden
        />
        <span className="tabular-nums">{formatRate(max)}</span>
        <span className="text-slate-500">median engagement</span>
      </span>
      <span className="sr-only">
        Darker slots had a higher median engagement rate, up to {formatRate(max)}.
      </span>
    </div>
  );
}
