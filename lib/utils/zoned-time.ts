// Wall-clock time in a chosen IANA zone ⇄ UTC instants, without a date library: the zone's
// offset at that moment comes from Intl (two passes settle DST transitions).
function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-01T09:00" in `timeZone` → the UTC instant. */
export function zonedWallTimeToUtc(wallTime: string, timeZone: string): Date {
  const [date, time = "00:00"] = wallTime.split("T");
  const [year, month, day] = (date ?? "").split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const guess = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const first = guess - offsetMs(guess, timeZone);
  return new Date(guess - offsetMs(first, timeZone));
}

/** A UTC instant → "2026-12-01T09:00" as a clock in `timeZone` shows it. */
export function utcToZonedWallTime(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMs(instant.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}
