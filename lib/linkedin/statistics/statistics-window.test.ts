import { describe, expect, it } from "vitest";
import { LinkedInPreflightError } from "../errors/preflight-error";
import { resolveStatisticsRange, statisticsWindowStart } from "./statistics-window";

const NOW = Date.UTC(2026, 10, 16, 9, 30);
const iso = (ms: number) => new Date(ms).toISOString();
const resolve = (
  start: string,
  end: string,
  granularity: "DAY" | "MONTH" | "WEEK",
  policy?: "clip" | "reject",
) =>
  resolveStatisticsRange({
    start: new Date(start),
    end: new Date(end),
    granularity,
    policy,
    nowMs: NOW,
    endpoint: "GET x",
  });

describe("statisticsWindowStart", () => {
  it.each([
    [NOW, "2025-11-16T00:00:00.000Z"],
    [Date.UTC(2028, 1, 29, 12), "2027-03-01T00:00:00.000Z"], // no 29 Feb 2027: never earlier than LinkedIn
    [Date.UTC(2026, 0, 1, 0, 0), "2025-01-01T00:00:00.000Z"],
  ])("%s", (now, expected) => {
    expect(iso(statisticsWindowStart(now))).toBe(expected);
  });
});

describe("resolveStatisticsRange", () => {
  it.each<[string, [string, string, "DAY" | "MONTH" | "WEEK"], [string, string, boolean]]>([
    [
      "aligned days stay",
      ["2026-10-01T00:00Z", "2026-11-01T00:00Z", "DAY"],
      ["2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z", false],
    ],
    [
      "days widen to 00:00 UTC",
      ["2026-10-01T13:00Z", "2026-10-03T01:00Z", "DAY"],
      ["2026-10-01T00:00:00.000Z", "2026-10-04T00:00:00.000Z", false],
    ],
    [
      "months widen to the 1st",
      ["2026-03-15T00:00Z", "2026-05-02T00:00Z", "MONTH"],
      ["2026-03-01T00:00:00.000Z", "2026-06-01T00:00:00.000Z", false],
    ],
    [
      "older starts are clipped",
      ["2024-01-01T00:00Z", "2026-01-01T00:00Z", "MONTH"],
      ["2025-11-16T00:00:00.000Z", "2026-01-01T00:00:00.000Z", true],
    ],
    [
      "entirely older: empty",
      ["2024-01-01T00:00Z", "2024-06-01T00:00Z", "DAY"],
      ["2025-11-16T00:00:00.000Z", "2024-06-01T00:00:00.000Z", true],
    ],
  ])("%s", (_name, [start, end, granularity], [eStart, eEnd, clipped]) => {
    const range = resolve(start, end, granularity);
    expect([iso(range.start), iso(range.end), range.clipped]).toEqual([eStart, eEnd, clipped]);
  });

  it("reject policy refuses older starts; an empty period is refused", () => {
    expect(() => resolve("2024-01-01T00:00Z", "2026-01-01T00:00Z", "DAY", "reject")).toThrow(
      LinkedInPreflightError,
    );
    expect(() => resolve("2026-10-02T00:00Z", "2026-10-01T00:00Z", "DAY")).toThrow(LinkedInPreflightError);
    expect(resolve("2026-01-01T00:00Z", "2026-02-01T00:00Z", "DAY", "reject").clipped).toBe(false);
  });
});
