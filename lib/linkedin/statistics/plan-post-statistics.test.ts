import { describe, expect, it } from "vitest";
import type { PostUrn } from "../urns";
import { planPostStatisticsRequests } from "./get-post-statistics";

const share = (n: number) => `urn:li:share:70000000000000001${String(n).padStart(2, "0")}` as PostUrn;
const ugc = (n: number) => `urn:li:ugcPost:70000000000000000${String(n).padStart(2, "0")}` as PostUrn;

describe("planPostStatisticsRequests (pitfall §15.15)", () => {
  it("puts shares and ugcPosts in their own lists", () => {
    expect(planPostStatisticsRequests(["urn:li:share:1", "urn:li:ugcPost:2", "urn:li:share:3"])).toEqual([
      { shares: ["urn:li:share:1", "urn:li:share:3"], ugcPosts: ["urn:li:ugcPost:2"] },
    ]);
  });

  it("chunks by 20 URNs per request, after removing duplicates and group posts", () => {
    const urns = [
      ...Array.from({ length: 25 }, (_, i) => ugc(i)),
      ...Array.from({ length: 20 }, (_, i) => share(i)),
      ugc(0),
      "urn:li:groupPost:1" as PostUrn,
    ];
    const plan = planPostStatisticsRequests(urns);
    expect(plan.map((c) => [c.shares.length, c.ugcPosts.length])).toEqual([
      [0, 20],
      [15, 5],
      [5, 0],
    ]);
  });

  it("nothing to ask for, no request", () => {
    expect(planPostStatisticsRequests([])).toEqual([]);
  });
});
