import { describe, expect, it } from "vitest";
import { hashString, mulberry32, Rng, rngFor } from "./prng";

describe("hashString / mulberry32", () => {
  it("is stable across runs and versions (golden values) and spreads similar keys", () => {
    // If these change, every seeded statistic in the sandbox changes with them.
    expect(hashString("")).toBe(2872998923);
    expect(hashString("urn:li:organization:2414183")).toBe(2732969056);
    expect(mulberry32(42)()).toBe(0.6011037519201636);
    expect(rngFor("a", 1).float()).toBe(0.05812623747624457);
    expect(hashString("urn:li:organization:1")).not.toBe(hashString("urn:li:organization:2"));
    const first = mulberry32(42);
    const again = mulberry32(42);
    const values = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => again())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it("gives the same draws for the same key and different draws for another", () => {
    const draw = (key: string) => Array.from({ length: 3 }, (_, i) => rngFor(key, i).float());
    expect(draw("a")).toEqual(draw("a"));
    expect(draw("a")).not.toEqual(draw("b"));
  });
});

describe("Rng distributions (fixed seed, so these are exact regressions, not flaky statistics)", () => {
  const sample = (n: number, f: (rng: Rng) => number) => {
    const rng = new Rng(12345);
    return Array.from({ length: n }, () => f(rng));
  };
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

  it.each([
    ["poisson(3)", (r: Rng) => r.poisson(3), 3, 0.1],
    ["poisson(200)", (r: Rng) => r.poisson(200), 200, 2],
    ["binomial(30, 0.5)", (r: Rng) => r.binomial(30, 0.5), 15, 0.3],
    ["binomial(1000, 0.01)", (r: Rng) => r.binomial(1000, 0.01), 10, 0.3],
    ["binomial(100000, 0.3)", (r: Rng) => r.binomial(100_000, 0.3), 30_000, 20],
    ["normal()", (r: Rng) => r.normal(), 0, 0.05],
  ])("%s has mean ≈ %f", (_, f, expected, tolerance) => {
    expect(Math.abs(mean(sample(4000, f)) - expected)).toBeLessThan(tolerance);
  });

  it("keeps counts within their bounds", () => {
    const rng = new Rng(7);
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(0, 500);
      const k = rng.binomial(n, rng.float());
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThanOrEqual(n);
      expect(rng.poisson(rng.between(0, 50))).toBeGreaterThanOrEqual(0);
    }
    expect(rng.binomial(10, 0)).toBe(0);
    expect(rng.binomial(10, 1)).toBe(10);
  });
});
