// The best-time heat-map's model: a full week × 24 h grid (slots without posts filled in), the
// colour of a slot by its median engagement rate, and the CSV export.
import type { Heatmap, HeatmapCell } from "@/lib/analytics/analytics-types";
import type { CsvColumn } from "@/components/analytics/csv";

export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;
export const WEEKDAYS_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

const emptyCell = (weekday: number, hour: number): HeatmapCell => ({
  weekday,
  hour,
  posts: 0,
  medianEngagementRate: null,
  medianImpressions: null,
});

/** grid[weekday][hour], every slot present. */
export function heatmapGrid(cells: readonly HeatmapCell[]): HeatmapCell[][] {
  const grid = WEEKDAYS.map((_, weekday) => HOURS.map((hour) => emptyCell(weekday, hour)));
  for (const cell of cells) {
    const row = grid[cell.weekday];
    if (row && cell.hour >= 0 && cell.hour < 24) row[cell.hour] = cell;
  }
  return grid;
}

/** The scale's top: the highest median engagement among slots with posts. */
export function heatmapMax(cells: readonly HeatmapCell[]): number {
  return cells.reduce(
    (max, cell) =>
      cell.posts > 0 && cell.medianEngagementRate !== null ? Math.max(max, cell.medianEngagementRate) : max,
    0,
  );
}

/** Position on the scale, 0…1; null for a slot that has nothing to rate. */
export function heatLevel(cell: HeatmapCell, max: number): number | null {
  if (cell.posts === 0 || cell.medianEngagementRate === null) return null;
  if (max <= 0) return 0;
  return Math.min(1, Math.max(0, cell.medianEngagementRate / max));
}

/** Pale to deep brand blue; legible on white at every step. */
export function heatColor(level: number): string {
  const lightness = 0.95 - level * 0.5;
  const chroma = 0.03 + level * 0.15;
  return `oklch(${lightness.toFixed(3)} ${chroma.toFixed(3)} 255)`;
}

/** Slots worth trying: the highest median engagement among slots with at least `minPosts` posts. */
export function bestSlots(cells: readonly HeatmapCell[], count = 3, minPosts = 2): HeatmapCell[] {
  return cells
    .filter((cell) => cell.posts >= minPosts && cell.medianEngagementRate !== null)
    .sort((a, b) => b.medianEngagementRate! - a.medianEngagementRate! || b.posts - a.posts)
    .slice(0, count);
}

export function describeCell(
  cell: HeatmapCell,
  format: { rate: (v: number | null) => string; count: (v: number | null) => string },
): string {
  const slot = `${WEEKDAYS[cell.weekday]} ${hourLabel(cell.hour)}–${hourLabel((cell.hour + 1) % 24)}`;
  if (cell.posts === 0) return `${slot}: no posts`;
  return `${slot}: ${cell.posts} post${cell.posts === 1 ? "" : "s"}, median engagement ${format.rate(
    cell.medianEngagementRate,
  )}, median impressions ${format.count(cell.medianImpressions)}`;
}

export function heatmapCsvRows(heatmap: Heatmap): HeatmapCell[] {
  return heatmapGrid(heatmap.cells).flat();
}

/** Weekday and hour are in the heat-map's zone, which the header names. */
export const heatmapCsvColumns = (timeZone: string): CsvColumn<HeatmapCell>[] => [
  { header: `Weekday (${timeZone})`, value: (cell) => WEEKDAYS[cell.weekday] },
  { header: `Hour (${timeZone})`, value: (cell) => hourLabel(cell.hour) },
  { header: "Posts", value: (cell) => cell.posts },
  { header: "Median engagement rate (fraction, 0.05 = 5%)", value: (cell) => cell.medianEngagementRate },
  { header: "Median impressions", value: (cell) => cell.medianImpressions },
];
