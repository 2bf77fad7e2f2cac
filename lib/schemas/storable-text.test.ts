import { describe, expect, it } from "vitest";
import { findUnstorableText } from "./storable-text";

describe("findUnstorableText", () => {
  it("finds the first NUL or lone surrogate, in values and keys, by path", () => {
    expect(findUnstorableText({ a: ["ok", "b\u0000"] })).toEqual(["a", 1]);
    expect(findUnstorableText({ list: [{ ["k\udc00"]: 1 }] })).toEqual(["list", 0, "k\udc00"]);
    expect(findUnstorableText("\ud83d")).toEqual([]);
  });

  it("accepts whole surrogate pairs and everything that is not a string", () => {
    expect(findUnstorableText({ text: "🚀 é (a) [b]", n: 1, none: null, yes: true })).toBeNull();
  });
});
