// Dates as people read them. Relative phrases for the near future/past, absolute otherwise.
const DAY_MS = 86_400_000;

export function formatDate(value: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone }).format(new Date(value));
}

export function formatDateTime(value: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(value),
  );
}

export function daysUntil(value: string | Date, now: Date = new Date()): number {
  return Math.floor((new Date(value).getTime() - now.getTime()) / DAY_MS);
}

export function formatRelative(value: string | Date, now: Date = new Date()): string {
  const diffMs = new Date(value).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const abs = Math.abs(diffMs);
  if (abs < 60_000) return "just now";
  if (abs < 3_600_000) return format.format(Math.round(diffMs / 60_000), "minute");
  if (abs < DAY_MS) return format.format(Math.round(diffMs / 3_600_000), "hour");
  return format.format(Math.round(diffMs / DAY_MS), "day");
}
