import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("shows minutes and zero-padded seconds under an hour", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(7_000)).toBe("0:07");
    expect(formatDuration(59_000)).toBe("0:59");
    expect(formatDuration(60_000)).toBe("1:00");
    expect(formatDuration(245_000)).toBe("4:05");
    expect(formatDuration(59 * 60_000 + 59_000)).toBe("59:59");
  });

  it("adds hours, with zero-padded minutes, from an hour on", () => {
    expect(formatDuration(3_600_000)).toBe("1:00:00");
    expect(formatDuration(3_723_000)).toBe("1:02:03");
    expect(formatDuration(10 * 3_600_000 + 5 * 60_000)).toBe("10:05:00");
  });

  it("rounds to the nearest second", () => {
    expect(formatDuration(1_499)).toBe("0:01");
    expect(formatDuration(1_500)).toBe("0:02");
    expect(formatDuration(59_600)).toBe("1:00");
    expect(formatDuration(3_599_500)).toBe("1:00:00");
  });

  it("shows 0:00 for durations that make no sense", () => {
    expect(formatDuration(-5_000)).toBe("0:00");
    expect(formatDuration(Number.NaN)).toBe("0:00");
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe("0:00");
  });
});
