// A card around one chart (or the heat-map, or the table): title, a short line under it, its
// legend, a CSV button, and a readable empty state instead of empty axes.
import { BarChart3, Download } from "lucide-react";
import { useId } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

export type LegendItem = { label: string; color: string; dashed?: boolean; shape?: "line" | "bar" };

export function ChartCard({
  title,
  description,
  legend,
  exportName,
  onExport,
  empty,
  footnote,
  className,
  children,
  testId,
  buckets,
}: {
  title: string;
  description?: React.ReactNode;
  legend?: LegendItem[];
  /** The `export-<name>` test id and the button's label. */
  exportName?: string;
  onExport?: () => void;
  /** When set, shown instead of the chart. */
  empty?: string | null;
  footnote?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
  testId?: string;
  /** How many buckets the chart draws (data-buckets: lets tests wait for a redraw). */
  buckets?: number;
}) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className={cn(
        "flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5",
        className,
      )}
      data-testid={testId}
      data-buckets={buckets}
    >
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold tracking-tight text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-xs text-slate-500">{description}</p>}
        </div>
        {onExport && exportName && (
          <CsvButton name={exportName} label={title} onClick={onExport} disabled={Boolean(empty)} />
        )}
      </header>
      {legend && legend.length > 0 && !empty && <ChartLegend items={legend} />}
      <div className="mt-3 min-w-0 flex-1">{empty ? <ChartEmpty message={empty} /> : children}</div>
      {footnote && <div className="mt-3 space-y-1 text-xs text-slate-500">{footnote}</div>}
    </section>
  );
}

export function CsvButton({
  name,
  label,
  onClick,
  disabled,
}: {
  name: string;
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      aria-label={`Download ${label.toLowerCase()} as CSV`}
      title={`Download ${label.toLowerCase()} as CSV`}
      data-testid={`export-${name}`}
      className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "h-7 shrink-0 gap-1.5 px-2 text-xs")}
    >
      <Download className="size-3.5" aria-hidden />
      CSV
    </button>
  );
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Legend">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          {item.shape === "bar" ? (
            <span
              className="inline-block size-2.5 rounded-sm"
              style={{ backgroundColor: item.color, opacity: item.dashed ? 0.45 : 1 }}
              aria-hidden
            />
          ) : (
            <svg width="16" height="6" aria-hidden className="shrink-0">
              <line
                x1="0"
                y1="3"
                x2="16"
                y2="3"
                stroke={item.color}
                strokeWidth="2.5"
                strokeDasharray={item.dashed ? "4 3" : undefined}
              />
            </svg>
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function ChartEmpty({ message, height = "h-64" }: { message: string; height?: string }) {
  return (
    <div
      className={cn(
        "flex flex-col items-center justify-center rounded-lg border border-dashed border-slate-200 bg-slate-50/60 px-4 text-center",
        height,
      )}
      data-testid="chart-empty"
    >
      <BarChart3 className="size-6 text-slate-400" aria-hidden />
      <p className="mt-2 text-sm font-medium text-slate-700">{message}</p>
    </div>
  );
}
