import { describe, expect, it } from "vitest";
import {
  excerpt,
  formatBucketLabel,
  formatBucketTick,
  formatChange,
  formatCompact,
  formatDayRange,
  formatInteger,
  formatPointsChange,
  formatRate,
  formatRelativeShort,
  formatSignedInteger,
  trendOf,
} from "@/components/analytics/format";
import { describeChange, formatKpiValue } from "@/components/analytics/kpi-cards";
import type { Kpi } from "@/lib/analytics/analytics-types";

describe("numbers", () => {
  it("writes compact and whole numbers, and a dash for a missing figure", () => {
    expect(formatCompact(950)).toBe("950");
    expect(formatCompact(12_345)).toBe("12.3K");
    expect(formatCompact(1_250_000)).toBe("1.3M");
    expect(formatCompact(null)).toBe("—");
    expect(formatInteger(12_345)).toBe("12,345");
    expect(formatInteger(undefined)).toBe("—");
    expect(formatSignedInteger(124)).toBe("+124");
    expect(formatSignedInteger(-3)).toBe("−3");
    expect(formatSignedInteger(0)).toBe("0");
  });

  it("writes rates as percentages", () => {
    expect(formatRate(0.0432)).toBe("4.3%");
    expect(formatRate(0.0432, 2)).toBe("4.32%");
    expect(formatRate(0)).toBe("0.0%");
    expect(formatRate(0.0004)).toBe("0.04%");
    expect(formatRate(null)).toBe("—");
  });

  it("writes changes without a sign (the arrow carries it)", () => {
    expect(formatChange(0.1234)).toBe("12.3%");
    expect(formatChange(-0.05)).toBe("5%");
    expect(formatChange(3.2)).toBe("320%");
    expect(formatPointsChange(0.052, 0.041)).toBe("1.1 pts");
    expect(formatPointsChange(0.0203, 0.0206)).toBe("0.03 pts");
    expect(trendOf(0.1)).toBe("up");
    expect(trendOf(-0.1)).toBe("down");
    expect(trendOf(0)).toBe("flat");
    expect(trendOf(null)).toBeNull();
  });
});

// ICU puts thin or narrow no-break spaces around range dashes; compare with plain spaces.
const plain = (text: string) => text.replace(/\s+/g, " ");

describe("dates", () => {
  it("labels buckets by granularity, in UTC days", () => {
    expect(formatBucketTick("2026-11-03", "day")).toBe("Nov 3");
    expect(formatBucketTick("2026-11-01", "month")).toBe("Nov 26");
    expect(formatBucketLabel("2026-11-03", "2026-11-03", "day")).toBe("Tue, Nov 3, 2026");
    expect(plain(formatBucketLabel("2026-11-02", "2026-11-08", "week"))).toBe("Nov 2 – 8, 2026");
    expect(formatBucketLabel("2026-11-01", "2026-11-30", "month")).toBe("November 2026");
    // A month cut by the range is shown as its days.
    expect(plain(formatBucketLabel("2026-11-01", "2026-11-28", "month"))).toBe("Nov 1 – 28, 2026");
    expect(plain(formatDayRange("2025-12-29", "2026-01-04"))).toBe("Dec 29, 2025 – Jan 4, 2026");
  });

  it("says how long ago, briefly", () => {
    const now = Date.parse("2026-11-28T12:00:00Z");
    expect(formatRelativeShort("2026-11-28T11:59:40Z", now)).toBe("just now");
    expect(formatRelativeShort("2026-11-28T11:48:00Z", now)).toBe("12 min ago");
    expect(formatRelativeShort("2026-11-28T09:00:00Z", now)).toBe("3 h ago");
    expect(formatRelativeShort("2026-11-27T11:00:00Z", now)).toBe("yesterday");
    expect(formatRelativeShort("2026-11-23T12:00:00Z", now)).toBe("5 days ago");
    expect(formatRelativeShort("2026-11-28T12:12:00Z", now)).toBe("in 12 min");
  });

  it("shortens post texts on a word boundary-ish", () => {
    expect(excerpt("  Hello\n\nworld  ")).toBe("Hello world");
    expect(excerpt("a".repeat(50), 10)).toBe(`${"a".repeat(9)}…`);
  });
});

describe("KPI cards", () => {
  const kpi = (over: Partial<Kpi>): Kpi => ({
    key: "impressions",
    label: "Impressions",
    value: 12_345,
    previous: 10_000,
    change: 0.2345,
    ...over,
  });

  it("shows the value compactly, rates as percentages, a dash when missing", () => {
    expect(formatKpiValue(kpi({}))).toBe("12.3K");
    expect(formatKpiValue(kpi({ key: "engagementRate", value: 0.0412 }))).toBe("4.1%");
    expect(formatKpiValue(kpi({ value: null }))).toBe("—");
  });

  it("describes the change: relative, in points for rates, the net gain for followers", () => {
    expect(describeChange(kpi({}))).toEqual({ trend: "up", text: "23.5%" });
    expect(describeChange(kpi({ change: -0.1 }))).toEqual({ trend: "down", text: "10%" });
    expect(describeChange(kpi({ change: 0 }))).toEqual({ trend: "flat", text: "No change" });
    expect(describeChange(kpi({ change: null }))).toBeNull();
    expect(describeChange(kpi({ value: null }))).toBeNull();
    expect(
      describeChange(kpi({ key: "engagementRate", value: 0.041, previous: 0.052, change: -0.2115 })),
    ).toEqual({ trend: "down", text: "1.1 pts" });
    // Under a hundredth of a point is no change, not "▼ 0.00 pts".
    expect(
      describeChange(kpi({ key: "engagementRate", value: 0.02, previous: 0.02004, change: -0.002 })),
    ).toEqual({
      trend: "flat",
      text: "No change",
    });
    expect(
      describeChange(kpi({ key: "followers", value: 4_812, previous: 4_688, change: 0.026, gain: 124 })),
    ).toEqual({ trend: "up", text: "+124 net" });
    expect(describeChange(kpi({ key: "followers", value: 4_800, gain: -12 }))).toEqual({
      trend: "down",
      text: "−12 net",
    });
  });
});
