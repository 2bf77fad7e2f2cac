import { describe, expect, it } from "vitest";
import { fetchRangeFor, monthGridFor, todayIn } from "@/components/calendar/calendar-range";

describe("monthGridFor", () => {
  it.each([
    // December 2026 starts on a Tuesday: the grid starts on Monday Nov 30.
    ["2026-12-15", "2026-11-30", "2027-01-11"],
    // June 2026 starts on a Monday: the grid starts on the 1st.
    ["2026-06-30", "2026-06-01", "2026-07-13"],
    // March 2026 starts on a Sunday: six days back.
    ["2026-03-01", "2026-02-23", "2026-04-06"],
  ])("the month of %s shows %s to %s (six weeks)", (today, start, end) => {
    expect(monthGridFor(today)).toEqual({ startDate: start, endDate: end });
  });
});

describe("fetchRangeFor", () => {
  it("pads the visible days by a UTC day each side, within the API's 62 days for a month", () => {
    const range = fetchRangeFor("2026-11-30", "2027-01-11");
    expect(range).toEqual({ from: "2026-11-29T00:00:00.000Z", to: "2027-01-12T00:00:00.000Z" });
    expect(Date.parse(range.to) - Date.parse(range.from)).toBeLessThanOrEqual(62 * 86_400_000);
  });
});

describe("todayIn", () => {
  it("reads the date where the clock is", () => {
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(todayIn("UTC", instant)).toBe("2026-12-31");
    expect(todayIn("Europe/Berlin", instant)).toBe("2027-01-01");
    expect(todayIn("America/New_York", instant)).toBe("2026-12-31");
  });
});
