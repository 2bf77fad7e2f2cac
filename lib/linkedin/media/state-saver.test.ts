import { describe, expect, it } from "vitest";
import { createStateSaver } from "./state-saver";

describe("createStateSaver", () => {
  it("hands over snapshots in order even when saves are slow, and copies them", async () => {
    const saved: number[] = [];
    const saver = createStateSaver<{ n: number }>(async (state) => {
      await new Promise((resolve) => setTimeout(resolve, 5 - state.n));
      saved.push(state.n);
    });
    const state = { n: 0 };
    for (let i = 1; i <= 4; i++) {
      state.n = i;
      saver.save(state);
    }
    state.n = 99;
    await saver.flush();
    expect(saved).toEqual([1, 2, 3, 4]);
  });

  it("a failed save fails the flush and stops further saves", async () => {
    const saved: number[] = [];
    const saver = createStateSaver<number>((n) => {
      if (n === 2) throw new Error("database down");
      saved.push(n);
    });
    [1, 2, 3].forEach((n) => saver.save(n));
    await expect(saver.flush()).rejects.toThrow("database down");
    expect(saved).toEqual([1]);
  });

  it("does nothing without a callback", async () => {
    const saver = createStateSaver<number>(undefined);
    saver.save(1);
    await expect(saver.flush()).resolves.toBeUndefined();
  });
});
