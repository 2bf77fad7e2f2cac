// Times on the calendar (browser-safe): how a moved post's new time is worked out, and how a
// time reads in a toast.
import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/utils/zoned-time";

export type DropDelta = { years: number; months: number; days: number; milliseconds: number };

/**
 * Where a dragged post goes. Dropped on a time slot: exactly there. Moved by whole days (the
 * month view): the same wall-clock time in the zone it was scheduled in, so a 09:30 Berlin post
 * stays 09:30 Berlin across a daylight-saving change wherever the person dragging it is.
 */
export function movedTime({
  scheduledAt,
  timeZone,
  delta,
  droppedAt,
}: {
  scheduledAt: string;
  timeZone: string | null;
  delta: DropDelta;
  droppedAt: Date;
}): Date {
  if (!timeZone || delta.milliseconds !== 0) return droppedAt;
  const wall = utcToZonedWallTime(new Date(scheduledAt), timeZone);
  const [date = "", time = "00:00"] = wall.split("T");
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const shifted = new Date(
    Date.UTC(year! + delta.years, month! - 1 + delta.months, day! + delta.days, hour!, minute!),
  );
  return zonedWallTimeToUtc(shifted.toISOString().slice(0, 16), timeZone);
}

/** "Tue, Dec 3, 09:30" as a clock in `timeZone` shows it. */
export function formatSlot(value: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(new Date(value));
}

/** "09:30" as a clock in `timeZone` shows it. */
export function formatClock(value: string | Date, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(new Date(value));
}
