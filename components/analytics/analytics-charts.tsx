"use client";
// The four charts of the period: impressions (and unique impressions where LinkedIn reports them),
// engagement rate, interactions by type, and followers. A bucket that is not over yet is dashed
// (lines) or pale (bars), and said so in its tooltip.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { ChartCard, type LegendItem } from "@/components/analytics/chart-card";
import {
  chartRows,
  hasFigures,
  hasPartial,
  niceScale,
  type ChartName,
  type ChartRow,
  type SeriesKey,
} from "@/components/analytics/chart-data";
import {
  formatBucketLabel,
  formatBucketTick,
  formatCompact,
  formatInteger,
  formatRate,
  formatRateTick,
  formatSignedInteger,
} from "@/components/analytics/format";
import type { AnalyticsGranularity, SeriesPoint } from "@/lib/analytics/analytics-types";

export const CHART_COLORS = {
  impressions: "#2563eb",
  uniqueImpressions: "#0d9488",
  engagementRate: "#7c3aed",
  clicks: "#2563eb",
  reactions: "#f59e0b",
  comments: "#059669",
  reposts: "#db2777",
  followers: "#2563eb",
  followerGain: "#10b981",
  followerLoss: "#ef4444",
} as const;

const HEIGHT = 256;
const AXIS_TICK = { fontSize: 12, fill: "#64748b" };
const GRID_COLOR = "#e2e8f0";
const PARTIAL_DASH = "5 4";
const EMPTY = "No statistics for this period";

/** Compact labels ("14K") unless that would print two ticks the same; then whole numbers. */
function countTickFormatter(ticks: number[]): (value: number) => string {
  const labels = new Set(ticks.map((tick) => formatCompact(tick)));
  return labels.size === ticks.length ? (value) => formatCompact(value) : (value) => formatInteger(value);
}

const maxOf = (values: (number | null)[]) =>
  values.reduce<number>((max, value) => (value !== null && value > max ? value : max), 0);

type TooltipItem = { key: SeriesKey; label: string; color: string; format: (value: number | null) => string };

type ChartProps = {
  series: SeriesPoint[];
  granularity: AnalyticsGranularity;
  /** LinkedIn's 12-month unique impressions of the selected Pages, for the caption. */
  twelveMonthUniques: number | null;
  onExport: (name: ChartName) => void;
};

export function AnalyticsCharts(props: ChartProps) {
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <ImpressionsChart {...props} />
      <EngagementChart {...props} />
      <InteractionsChart {...props} />
      <FollowersChart {...props} />
    </div>
  );
}

function PartialNote({ series, bars }: { series: SeriesPoint[]; bars?: boolean }) {
  if (!hasPartial(series)) return null;
  return (
    <p>
      {bars ? "The paler bar" : "The dashed stretch"} is a period that is not over yet: its figures are still
      growing.
    </p>
  );
}

function xAxis(granularity: AnalyticsGranularity) {
  return (
    <XAxis
      dataKey="start"
      tickFormatter={(value: string) => formatBucketTick(value, granularity)}
      tick={AXIS_TICK}
      tickLine={false}
      axisLine={{ stroke: GRID_COLOR }}
      interval="preserveStartEnd"
      minTickGap={20}
      tickMargin={6}
    />
  );
}

function ChartTooltip({
  active,
  payload,
  granularity,
  items,
}: Pick<TooltipContentProps, "active" | "payload"> & {
  granularity: AnalyticsGranularity;
  items: TooltipItem[];
}) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  const point = row.source;
  return (
    <div className="min-w-44 rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-lg">
      <p className="font-medium text-slate-900">
        {formatBucketLabel(point.start, point.end, granularity)}
        {point.partial && <span className="font-normal text-slate-500"> · so far</span>}
      </p>
      <dl className="mt-1.5 space-y-1">
        {items.map((item) => (
          <div key={item.key} className="flex items-center justify-between gap-4">
            <dt className="inline-flex items-center gap-1.5">
              <span className="inline-block size-2 rounded-full" style={{ backgroundColor: item.color }} />
              {item.label}
            </dt>
            <dd className="font-medium text-slate-900 tabular-nums">{item.format(point[item.key])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function tooltip(granularity: AnalyticsGranularity, items: TooltipItem[], bars = false) {
  return (
    <Tooltip
      isAnimationActive={false}
      cursor={bars ? { fill: "#f1f5f9" } : { stroke: "#cbd5e1" }}
      content={(props) => (
        <ChartTooltip active={props.active} payload={props.payload} granularity={granularity} items={items} />
      )}
    />
  );
}

/** A line and its dashed twin for the bucket that is not over yet. */
function lineWithPartial(key: SeriesKey, color: string, rows: ChartRow[], yAxisId?: string) {
  const dots = rows.length <= 14 ? { r: 3, strokeWidth: 0, fill: color } : false;
  return [
    <Line
      key={key}
      yAxisId={yAxisId}
      dataKey={key}
      type="monotone"
      stroke={color}
      strokeWidth={2}
      dot={dots}
      connectNulls={false}
      isAnimationActive={false}
    />,
    <Line
      key={`${key}Partial`}
      yAxisId={yAxisId}
      dataKey={`${key}Partial`}
      type="monotone"
      stroke={color}
      strokeWidth={2}
      strokeDasharray={PARTIAL_DASH}
      dot={dots}
      connectNulls={false}
      isAnimationActive={false}
    />,
  ];
}

function ImpressionsChart({ series, granularity, twelveMonthUniques, onExport }: ChartProps) {
  const hasUnique = series.some((point) => point.uniqueImpressions !== null);
  const rows = chartRows(series, hasUnique ? ["impressions", "uniqueImpressions"] : ["impressions"]);
  const scale = niceScale(0, maxOf(series.flatMap((point) => [point.impressions, point.uniqueImpressions])), {
    integer: true,
  });
  const legend: LegendItem[] = [{ label: "Impressions", color: CHART_COLORS.impressions }];
  const items: TooltipItem[] = [
    { key: "impressions", label: "Impressions", color: CHART_COLORS.impressions, format: formatInteger },
  ];
  if (hasUnique) {
    legend.push({ label: "Unique impressions", color: CHART_COLORS.uniqueImpressions });
    items.push({
      key: "uniqueImpressions",
      label: "Unique impressions",
      color: CHART_COLORS.uniqueImpressions,
      format: (value) => (value === null ? "not reported" : formatInteger(value)),
    });
  }
  return (
    <ChartCard
      title="Impressions"
      description="How often the posts were shown."
      legend={legend}
      exportName="impressions"
      onExport={() => onExport("impressions")}
      empty={hasFigures(series, ["impressions"]) ? null : EMPTY}
      testId="chart-impressions"
      buckets={series.length}
      footnote={
        <>
          {!hasUnique && (
            <p data-testid="unique-impressions-caption">
              Unique impressions are not drawn: LinkedIn reports them only as a 12-month total
              {twelveMonthUniques !== null && (
                <> ({formatInteger(twelveMonthUniques)} over the last 12 months)</>
              )}{" "}
              and per post (see the table below).
            </p>
          )}
          <PartialNote series={series} />
        </>
      }
    >
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
        <LineChart
          data={rows}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          title="Impressions over time"
        >
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          {xAxis(granularity)}
          <YAxis
            domain={scale.domain}
            ticks={scale.ticks}
            tickFormatter={countTickFormatter(scale.ticks)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={48}
          />
          {tooltip(granularity, items)}
          {lineWithPartial("impressions", CHART_COLORS.impressions, rows)}
          {hasUnique && lineWithPartial("uniqueImpressions", CHART_COLORS.uniqueImpressions, rows)}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

function EngagementChart({ series, granularity, onExport }: ChartProps) {
  const rows = chartRows(series, ["engagementRate"]);
  const scale = niceScale(0, maxOf(series.map((point) => point.engagementRate)));
  const items: TooltipItem[] = [
    {
      key: "engagementRate",
      label: "Engagement rate",
      color: CHART_COLORS.engagementRate,
      format: (value) => formatRate(value, 2),
    },
    { key: "impressions", label: "Impressions", color: CHART_COLORS.impressions, format: formatInteger },
  ];
  return (
    <ChartCard
      title="Engagement rate"
      description="(Clicks + reactions + comments + reposts) ÷ impressions."
      legend={[{ label: "Engagement rate", color: CHART_COLORS.engagementRate }]}
      exportName="engagement-rate"
      onExport={() => onExport("engagement-rate")}
      empty={series.some((point) => point.engagementRate !== null) ? null : EMPTY}
      testId="chart-engagement-rate"
      buckets={series.length}
      footnote={<PartialNote series={series} />}
    >
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
        <LineChart
          data={rows}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          title="Engagement rate over time"
        >
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          {xAxis(granularity)}
          <YAxis
            domain={scale.domain}
            ticks={scale.ticks}
            tickFormatter={(value: number) => formatRateTick(value)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={48}
          />
          {tooltip(granularity, items)}
          {lineWithPartial("engagementRate", CHART_COLORS.engagementRate, rows)}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

const INTERACTIONS: { key: "clicks" | "reactions" | "comments" | "reposts"; label: string }[] = [
  { key: "clicks", label: "Clicks" },
  { key: "reactions", label: "Reactions" },
  { key: "comments", label: "Comments" },
  { key: "reposts", label: "Reposts" },
];

function InteractionsChart({ series, granularity, onExport }: ChartProps) {
  const rows = chartRows(series, []);
  const scale = niceScale(
    0,
    maxOf(series.map((point) => point.clicks + point.reactions + point.comments + point.reposts)),
    { integer: true },
  );
  const items: TooltipItem[] = INTERACTIONS.map(({ key, label }) => ({
    key,
    label,
    color: CHART_COLORS[key],
    format: formatInteger,
  }));
  return (
    <ChartCard
      title="Interactions"
      description="Clicks, reactions, comments and reposts, stacked."
      legend={INTERACTIONS.map(({ key, label }) => ({ label, color: CHART_COLORS[key], shape: "bar" }))}
      exportName="interactions"
      onExport={() => onExport("interactions")}
      empty={hasFigures(series, ["clicks", "reactions", "comments", "reposts"]) ? null : EMPTY}
      testId="chart-interactions"
      buckets={series.length}
      footnote={<PartialNote series={series} bars />}
    >
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title="Interactions by type">
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          {xAxis(granularity)}
          <YAxis
            domain={scale.domain}
            ticks={scale.ticks}
            tickFormatter={countTickFormatter(scale.ticks)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={48}
          />
          {tooltip(granularity, items, true)}
          {INTERACTIONS.map(({ key }, index) => (
            <Bar
              key={key}
              dataKey={key}
              stackId="interactions"
              fill={CHART_COLORS[key]}
              isAnimationActive={false}
              radius={index === INTERACTIONS.length - 1 ? [3, 3, 0, 0] : undefined}
              maxBarSize={40}
            >
              {rows.map((row) => (
                <Cell key={row.start} fillOpacity={row.partial ? 0.4 : 1} />
              ))}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

function FollowersChart({ series, granularity, onExport }: ChartProps) {
  const rows = chartRows(series, ["followers"]);
  const totals = series.map((point) => point.followers).filter((value): value is number => value !== null);
  const gains = series.map((point) => point.followerGain ?? 0);
  const totalScale = niceScale(Math.min(...totals), Math.max(...totals), { fromZero: false, integer: true });
  const gainScale = niceScale(Math.min(0, ...gains), Math.max(0, ...gains), { integer: true });
  const items: TooltipItem[] = [
    { key: "followers", label: "Followers", color: CHART_COLORS.followers, format: formatInteger },
    { key: "followerGain", label: "Net gain", color: CHART_COLORS.followerGain, format: formatSignedInteger },
  ];
  const hasFollowers = series.some((point) => point.followers !== null || point.followerGain !== null);
  return (
    <ChartCard
      title="Followers"
      description="Total at the end of each period, and the net gain in it."
      legend={[
        { label: "Total followers", color: CHART_COLORS.followers },
        { label: "Net gain", color: CHART_COLORS.followerGain, shape: "bar" },
        { label: "Net loss", color: CHART_COLORS.followerLoss, shape: "bar" },
      ]}
      exportName="followers"
      onExport={() => onExport("followers")}
      empty={hasFollowers ? null : EMPTY}
      testId="chart-followers"
      buckets={series.length}
      footnote={<PartialNote series={series} />}
    >
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 480, height: HEIGHT }}>
        <ComposedChart data={rows} margin={{ top: 8, right: 0, bottom: 0, left: 0 }} title="Follower growth">
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          {xAxis(granularity)}
          <YAxis
            yAxisId="total"
            domain={totalScale.domain}
            ticks={totalScale.ticks}
            tickFormatter={countTickFormatter(totalScale.ticks)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={56}
          />
          <YAxis
            yAxisId="gain"
            orientation="right"
            domain={gainScale.domain}
            ticks={gainScale.ticks}
            tickFormatter={countTickFormatter(gainScale.ticks)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={40}
          />
          {tooltip(granularity, items, true)}
          <Bar
            yAxisId="gain"
            dataKey="followerGain"
            isAnimationActive={false}
            maxBarSize={24}
            radius={[2, 2, 0, 0]}
          >
            {rows.map((row) => (
              <Cell
                key={row.start}
                fill={(row.followerGain ?? 0) < 0 ? CHART_COLORS.followerLoss : CHART_COLORS.followerGain}
                fillOpacity={row.partial ? 0.4 : 0.85}
              />
            ))}
          </Bar>
          {lineWithPartial("followers", CHART_COLORS.followers, rows, "total")}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
