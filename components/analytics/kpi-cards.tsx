// The period's headline figures, each with its change against the previous period of equal length
// (followers: the net gain). A figure LinkedIn does not report is "—" with the reason.
import {
  formatChange,
  formatCompact,
  formatDayRange,
  formatInteger,
  formatPointsChange,
  formatRate,
  formatSignedInteger,
  MISSING,
  trendOf,
  type Trend,
} from "@/components/analytics/format";
import type { Kpi } from "@/lib/analytics/analytics-types";
import { cn } from "@/lib/utils/cn";

const isRate = (kpi: Kpi) => kpi.key === "engagementRate";

export function formatKpiValue(kpi: Kpi): string {
  if (kpi.value === null) return MISSING;
  return isRate(kpi) ? formatRate(kpi.value) : formatCompact(kpi.value);
}

function exactValue(kpi: Kpi, value: number | null): string {
  if (value === null) return MISSING;
  return isRate(kpi) ? formatRate(value, 2) : formatInteger(value);
}

/** What the change line says, its direction and a longer version for the tooltip. */
export function describeChange(kpi: Kpi): { trend: Trend; text: string } | null {
  const described = describeRawChange(kpi);
  return described?.trend === "flat" ? { trend: "flat", text: "No change" } : described;
}

function describeRawChange(kpi: Kpi): { trend: Trend; text: string } | null {
  if (kpi.value === null) return null;
  if (kpi.key === "followers") {
    const trend = trendOf(kpi.gain);
    if (trend === null || kpi.gain === null || kpi.gain === undefined) return null;
    return { trend, text: `${formatSignedInteger(kpi.gain)} net` };
  }
  if (isRate(kpi)) {
    if (kpi.previous === null) return null;
    const trend = trendOf(kpi.value - kpi.previous);
    return trend && { trend, text: formatPointsChange(kpi.value, kpi.previous) };
  }
  const trend = trendOf(kpi.change);
  return trend && kpi.change !== null ? { trend, text: formatChange(kpi.change) } : null;
}

const TREND_STYLE: Record<Trend, { arrow: string; words: string; className: string }> = {
  up: { arrow: "▲", words: "Up", className: "text-emerald-700" },
  down: { arrow: "▼", words: "Down", className: "text-red-700" },
  flat: { arrow: "", words: "Flat", className: "text-slate-500" },
};

export function KpiCards({ kpis, previous }: { kpis: Kpi[]; previous: { from: string; to: string } }) {
  const previousLabel = formatDayRange(previous.from, previous.to);
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-label="Key figures">
      {kpis.map((kpi) => (
        <KpiCard key={kpi.key} kpi={kpi} previousLabel={previousLabel} />
      ))}
    </ul>
  );
}

function KpiCard({ kpi, previousLabel }: { kpi: Kpi; previousLabel: string }) {
  const change = describeChange(kpi);
  const style = change && TREND_STYLE[change.trend];
  const comparison = `Previous period (${previousLabel}): ${exactValue(kpi, kpi.previous)}${
    kpi.change !== null && kpi.key !== "engagementRate"
      ? ` · change ${kpi.change >= 0 ? "+" : "−"}${formatChange(kpi.change)}`
      : ""
  }`;
  return (
    <li
      className="flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid={`kpi-${kpi.key}`}
      data-value={kpi.value ?? undefined}
    >
      <p className="truncate text-sm font-medium text-slate-600">{kpi.label}</p>
      <p
        className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums"
        title={kpi.value === null ? kpi.note : exactValue(kpi, kpi.value)}
      >
        {formatKpiValue(kpi)}
      </p>
      {change && style ? (
        <p className={cn("mt-1 text-xs font-medium tabular-nums", style.className)} title={comparison}>
          {style.arrow && <span aria-hidden>{style.arrow} </span>}
          {change.trend !== "flat" && <span className="sr-only">{style.words}: </span>}
          {change.text}
          <span className="font-normal text-slate-500">
            {kpi.key === "followers" ? " this period" : " vs previous period"}
          </span>
        </p>
      ) : (
        kpi.value !== null && (
          <p className="mt-1 text-xs text-slate-500" title={comparison}>
            {/* A previous figure without a change: the answer chose not to compare (see the note). */}
            {kpi.previous !== null ? "No change shown" : "Nothing to compare with"}
          </p>
        )
      )}
      {kpi.note && (
        <p className="mt-1.5 line-clamp-2 text-xs text-slate-500" title={kpi.note}>
          {kpi.note}
        </p>
      )}
    </li>
  );
}
