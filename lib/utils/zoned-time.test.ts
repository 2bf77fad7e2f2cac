import { describe, expect, it } from "vitest";
import { utcToZonedWallTime, zonedWallTimeToUtc } from "@/lib/utils/zoned-time";

describe("zoned time", () => {
  it.each([
    ["2026-12-01T09:00", "UTC", "2026-12-01T09:00:00.000Z"],
    ["2026-12-01T09:00", "Europe/Berlin", "2026-12-01T08:00:00.000Z"],
    ["2026-07-01T09:00", "Europe/Berlin", "2026-07-01T07:00:00.000Z"],
    ["2026-12-01T09:00", "America/New_York", "2026-12-01T14:00:00.000Z"],
    ["2026-12-01T09:30", "Asia/Kolkata", "2026-12-01T04:00:00.000Z"],
  ])("%s in %s is %s", (wall, zone, utc) => {
    expect(zonedWallTimeToUtc(wall, zone).toISOString()).toBe(utc);
    expect(utcToZonedWallTime(new Date(utc), zone)).toBe(wall);
  });
});
