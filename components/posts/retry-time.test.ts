import { describe, expect, it } from "vitest";
import { describeRetry } from "@/components/posts/retry-time";

const now = new Date("2026-03-04T21:00:00Z");

describe("describeRetry", () => {
  it.each([
    ["2026-03-05T00:00:00Z", "will retry at 00:00 UTC (in 3 h)"],
    ["2026-03-04T21:25:00Z", "will retry at 21:25 UTC (in 25 min)"],
    ["2026-03-04T21:00:30Z", "will retry at 21:00 UTC (in under a minute)"],
    ["2026-03-06T00:00:00Z", "will retry at 6 Mar, 00:00 UTC (in 27 h)"],
    ["2026-03-09T00:00:00Z", "will retry at 9 Mar, 00:00 UTC (in 4 days)"],
    ["2026-03-04T20:59:00Z", "will retry any moment now"],
  ])("%s → %s", (at, expected) => {
    expect(describeRetry(at, now)).toBe(expected);
  });
});
