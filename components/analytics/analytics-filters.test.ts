import { describe, expect, it } from "vitest";
import {
  analyticsApiUrl,
  analyticsFiltersQuery,
  analyticsRequest,
  DEFAULT_FILTERS,
  presetRange,
  readAnalyticsFilters,
  resolveRange,
  validateCustomRange,
} from "@/components/analytics/analytics-filters";

const params = (query: string) => new URLSearchParams(query);

describe("readAnalyticsFilters", () => {
  it("defaults to the last 28 days, by day, every channel", () => {
    expect(readAnalyticsFilters(params(""))).toEqual(DEFAULT_FILTERS);
  });

  it("reads presets, granularity and channels", () => {
    expect(readAnalyticsFilters(params("range=90d&granularity=week&channels=a,b,a"))).toEqual({
      channels: ["a", "b"],
      range: "90d",
      from: null,
      to: null,
      granularity: "week",
    });
  });

  it("reads a custom range, and ignores one the API would refuse", () => {
    expect(readAnalyticsFilters(params("from=2026-10-01&to=2026-10-31"))).toMatchObject({
      range: "custom",
      from: "2026-10-01",
      to: "2026-10-31",
    });
    expect(readAnalyticsFilters(params("from=2026-10-31&to=2026-10-01")).range).toBe("28d");
    expect(readAnalyticsFilters(params("from=2024-01-01&to=2026-10-01")).range).toBe("28d");
    expect(readAnalyticsFilters(params("from=yesterday&to=2026-10-01")).range).toBe("28d");
  });

  it("ignores unknown values instead of failing", () => {
    expect(readAnalyticsFilters(params("range=5y&granularity=hour&channels=%3Cscript%3E,ok"))).toEqual({
      ...DEFAULT_FILTERS,
      channels: ["ok"],
    });
  });

  it("reads the server's searchParams object too", () => {
    expect(readAnalyticsFilters({ range: ["7d", "90d"], granularity: "month" })).toMatchObject({
      range: "7d",
      granularity: "month",
    });
  });
});

describe("analyticsFiltersQuery", () => {
  it("leaves the defaults out and round-trips the rest", () => {
    expect(analyticsFiltersQuery(DEFAULT_FILTERS)).toBe("");
    const filters = {
      channels: ["a", "b"],
      range: "12m" as const,
      from: null,
      to: null,
      granularity: "month" as const,
    };
    const query = analyticsFiltersQuery(filters);
    expect(query).toBe("?range=12m&granularity=month&channels=a,b");
    expect(readAnalyticsFilters(params(query.slice(1)))).toEqual(filters);
    expect(
      analyticsFiltersQuery(
        { ...DEFAULT_FILTERS, range: "custom", from: "2026-10-01", to: "2026-10-31" },
        { post: "p1" },
      ),
    ).toBe("?from=2026-10-01&to=2026-10-31&post=p1");
  });
});

describe("ranges", () => {
  const today = "2026-11-28";
  // Presets end with yesterday, the last complete day.
  it.each([
    ["7d", "2026-11-21", "2026-11-27"],
    ["28d", "2026-10-31", "2026-11-27"],
    ["90d", "2026-08-30", "2026-11-27"],
    ["12m", "2025-12-01", "2026-11-27"],
    ["this-month", "2026-11-01", "2026-11-27"],
    ["last-month", "2026-10-01", "2026-10-31"],
  ] as const)("%s is %s to %s", (preset, from, to) => {
    expect(presetRange(preset, today)).toEqual({ from, to });
  });

  it("handles month ends and new year", () => {
    expect(presetRange("last-month", "2026-03-31")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(presetRange("last-month", "2027-01-05")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(presetRange("12m", "2028-03-01")).toEqual({ from: "2027-03-01", to: "2028-02-29" });
    expect(presetRange("12m", "2026-02-01")).toEqual({ from: "2025-02-01", to: "2026-01-31" });
    // On the 1st, "this month" is today alone rather than an empty period.
    expect(presetRange("this-month", "2026-12-01")).toEqual({ from: "2026-12-01", to: "2026-12-01" });
  });

  it("keeps every preset within what the API accepts", () => {
    for (const preset of ["7d", "28d", "90d", "12m", "this-month", "last-month"] as const) {
      const { from, to } = presetRange(preset, today);
      expect(validateCustomRange(from, to)).toEqual({ ok: true });
    }
  });

  it("explains a range the API would refuse", () => {
    expect(validateCustomRange("2026-10-31", "2026-10-01")).toEqual({
      ok: false,
      message: "The start date is after the end date.",
    });
  });

  it("builds the API request with the viewer's zone", () => {
    const request = analyticsRequest({ ...DEFAULT_FILTERS, channels: ["a", "b"] }, today, "Europe/Paris");
    expect(resolveRange(DEFAULT_FILTERS, today)).toEqual({ from: "2026-10-31", to: "2026-11-27" });
    expect(analyticsApiUrl(request)).toBe(
      "/api/analytics?channels=a,b&from=2026-10-31&to=2026-11-27&granularity=day&tz=Europe%2FParis",
    );
  });
});
