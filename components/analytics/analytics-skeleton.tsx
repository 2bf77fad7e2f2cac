// Placeholders in the shape of the page while its first answer loads.
import { cn } from "@/lib/utils/cn";

function Block({ className }: { className?: string }) {
  return <div className={cn("animate-pulse rounded-md bg-slate-200/70", className)} />;
}

function Card({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <div className={cn("rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5", className)}>
      {children}
    </div>
  );
}

export function AnalyticsSkeleton({ withFilters = false }: { withFilters?: boolean }) {
  return (
    <div
      className="space-y-4"
      aria-busy="true"
      aria-label="Loading statistics"
      data-testid="analytics-loading"
    >
      {withFilters && (
        <div className="flex flex-wrap gap-3">
          <Block className="h-9 w-44" />
          <Block className="h-9 w-56" />
          <Block className="ml-auto h-9 w-44" />
        </div>
      )}
      <Card className="py-3">
        <div className="flex items-center justify-between gap-3">
          <Block className="h-4 w-72" />
          <Block className="h-8 w-28" />
        </div>
      </Card>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {Array.from({ length: 8 }, (_, index) => (
          <Card key={index} className="p-4 sm:p-4">
            <Block className="h-4 w-24" />
            <Block className="mt-3 h-7 w-20" />
            <Block className="mt-2 h-3 w-28" />
          </Card>
        ))}
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        {Array.from({ length: 4 }, (_, index) => (
          <Card key={index}>
            <Block className="h-5 w-32" />
            <Block className="mt-2 h-3 w-48" />
            <Block className="mt-4 h-64 w-full" />
          </Card>
        ))}
      </div>
      <Card>
        <Block className="h-5 w-24" />
        <div className="mt-4 space-y-3">
          {Array.from({ length: 5 }, (_, index) => (
            <Block key={index} className="h-10 w-full" />
          ))}
        </div>
      </Card>
    </div>
  );
}
