import { describe, expect, it } from "vitest";
import {
  addUtcMonths,
  bucketRanges,
  DAY_MS,
  rollingTwelveMonths,
  startOfUtcDay,
  startOfUtcMonth,
  utcWeekday,
} from "./utc-time";

const iso = (ms: number) => new Date(ms).toISOString();
const utc = (text: string) => Date.parse(text);

describe("UTC calendar helpers", () => {
  it.each([
    ["2024-03-31T10:00:00Z", -1, "2024-02-29T10:00:00.000Z"],
    ["2023-03-31T00:00:00Z", -1, "2023-02-28T00:00:00.000Z"],
    ["2024-01-15T23:59:59Z", 12, "2025-01-15T23:59:59.000Z"],
    ["2025-01-31T00:00:00Z", 1, "2025-02-28T00:00:00.000Z"],
    ["2025-12-01T00:00:00Z", 1, "2026-01-01T00:00:00.000Z"],
  ])("addUtcMonths(%s, %i) = %s", (from, months, expected) => {
    expect(iso(addUtcMonths(utc(from), months))).toBe(expected);
  });

  it("aligns to midnight and the 1st in UTC, and numbers weekdays from Monday", () => {
    expect(iso(startOfUtcDay(utc("2024-01-01T23:59:59.999Z")))).toBe("2024-01-01T00:00:00.000Z");
    expect(iso(startOfUtcMonth(utc("2024-02-29T12:00:00Z")))).toBe("2024-02-01T00:00:00.000Z");
    expect(utcWeekday(utc("2024-01-01T00:00:00Z"))).toBe(0); // a Monday
    expect(utcWeekday(utc("2024-01-07T23:00:00Z"))).toBe(6);
  });
});

describe("bucketRanges", () => {
  it("gives the doc's DAY bucket (§12.4: 2024-01-01 → 2024-01-02)", () => {
    expect(bucketRanges({ start: 1704067200000, end: 1704153600000 }, "DAY")).toEqual([
      { start: 1704067200000, end: 1704153600000 },
    ]);
  });

  it.each([
    [
      "DAY",
      "2024-02-27T15:00:00Z",
      "2024-03-02T00:00:00Z",
      ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"],
    ],
    ["MONTH", "2024-01-15T00:00:00Z", "2024-04-01T00:00:00Z", ["2024-01-01", "2024-02-01", "2024-03-01"]],
    ["MONTH", "2024-12-31T00:00:00Z", "2025-01-01T00:00:01Z", ["2024-12-01", "2025-01-01"]],
    ["WEEK", "2024-01-03T08:00:00Z", "2024-01-18T00:00:00Z", ["2024-01-03", "2024-01-10", "2024-01-17"]],
  ] as const)("%s buckets over [%s, %s)", (granularity, start, end, starts) => {
    const buckets = bucketRanges({ start: utc(start), end: utc(end) }, granularity);
    expect(buckets.map((b) => iso(b.start).slice(0, 10))).toEqual(starts);
    buckets.forEach((b, i) => {
      if (i > 0) expect(b.start).toBe(buckets[i - 1]!.end); // contiguous, start-inclusive/end-exclusive
    });
  });

  it("makes MONTH buckets run from the 1st to the next 1st", () => {
    const [feb] = bucketRanges(
      { start: utc("2024-02-10T00:00:00Z"), end: utc("2024-02-11T00:00:00Z") },
      "MONTH",
    );
    expect([iso(feb!.start), iso(feb!.end)]).toEqual([
      "2024-02-01T00:00:00.000Z",
      "2024-03-01T00:00:00.000Z",
    ]);
    expect((feb!.end - feb!.start) / DAY_MS).toBe(29);
  });

  it("rolling 12-month window starts at midnight UTC twelve months back", () => {
    expect(iso(rollingTwelveMonths(utc("2026-03-15T12:34:00Z")).start)).toBe("2025-03-15T00:00:00.000Z");
  });
});
