import { describe, expect, it } from "vitest";
import { formatClock, formatSlot, movedTime } from "@/components/calendar/calendar-time";

const days = (n: number) => ({ years: 0, months: 0, days: n, milliseconds: 0 });

describe("movedTime", () => {
  it("keeps the wall-clock time of the post's zone when moved by days, across a DST change", () => {
    // 09:30 in Berlin on Sat Oct 24 2026 (UTC+2); Berlin goes back to UTC+1 on Oct 25.
    const moved = movedTime({
      scheduledAt: "2026-10-24T07:30:00.000Z",
      timeZone: "Europe/Berlin",
      delta: days(2),
      droppedAt: new Date("2026-10-26T07:30:00.000Z"),
    });
    expect(moved.toISOString()).toBe("2026-10-26T08:30:00.000Z");
  });

  it("moves by days and months", () => {
    const moved = movedTime({
      scheduledAt: "2026-01-31T09:30:00.000Z",
      timeZone: "UTC",
      delta: { years: 0, months: 1, days: 1, milliseconds: 0 },
      droppedAt: new Date(0),
    });
    // Jan 31 + 1 month overflows into March like Date does; + 1 day.
    expect(moved.toISOString()).toBe("2026-03-04T09:30:00.000Z");
  });

  it("takes the dropped time as is when dropped on a time slot, or without a zone", () => {
    const droppedAt = new Date("2026-12-03T11:00:00.000Z");
    const base = { scheduledAt: "2026-12-03T09:30:00.000Z", droppedAt };
    expect(movedTime({ ...base, timeZone: "UTC", delta: { ...days(0), milliseconds: 5_400_000 } })).toBe(
      droppedAt,
    );
    expect(movedTime({ ...base, timeZone: null, delta: days(1) })).toBe(droppedAt);
  });
});

describe("formatSlot / formatClock", () => {
  it("reads as the toast and events show it", () => {
    expect(formatSlot("2026-12-03T08:30:00.000Z", "Europe/Berlin")).toBe("Thu, Dec 3, 09:30");
    expect(formatClock("2026-12-03T08:05:00.000Z", "Europe/Berlin")).toBe("09:05");
  });
});
