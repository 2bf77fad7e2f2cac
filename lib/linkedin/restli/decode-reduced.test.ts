import { describe, expect, it } from "vitest";
import { reducedEncode } from "@/sandbox/restli/encode";
import { decodeReducedPrimitive, decodeReducedValue } from "./decode-reduced";

describe("decodeReducedValue", () => {
  it.each([
    [
      "raw URN, as LinkedIn sends x-restli-id",
      "urn:li:share:6844785523593134080",
      "urn:li:share:6844785523593134080",
    ],
    ["URN with escaped colons", "urn%3Ali%3Ashare%3A1", "urn:li:share:1"],
    ["lower-case escapes", "urn%3ali%3ashare%3a1", "urn:li:share:1"],
    ["numeric id", "3803", "3803"],
    ["empty string", "''", ""],
    ["a literal percent sign stays", "100%25 sure", "100%25 sure"],
  ])("%s", (_name, raw, expected) => {
    expect(decodeReducedValue(raw)).toBe(expected);
  });

  it("parses compound keys", () => {
    expect(
      decodeReducedValue(
        "(organization:urn%3Ali%3Aorganization%3A1,role:ADMINISTRATOR,roleAssignee:urn%3Ali%3Aperson%3Ax)",
      ),
    ).toEqual({
      organization: "urn:li:organization:1",
      role: "ADMINISTRATOR",
      roleAssignee: "urn:li:person:x",
    });
    expect(decodeReducedValue("List(a,(b:c),List())")).toEqual(["a", { b: "c" }, []]);
  });

  it("round-trips the sandbox's reduced encoder", () => {
    const value = { key: "a,b(c)d'e:f", list: ["urn:li:share:1", ""], nested: { x: "y z" } };
    expect(decodeReducedValue(reducedEncode(value))).toEqual(value);
  });

  it("rejects broken structure", () => {
    expect(() => decodeReducedValue("(a:b")).toThrow(SyntaxError);
    expect(() => decodeReducedValue("(a)")).toThrow(SyntaxError);
    expect(() => decodeReducedValue("List(a,)")).toThrow(SyntaxError);
  });

  it("decodes single primitives", () => {
    expect(decodeReducedPrimitive("a%2Cb%28c%29%27")).toBe("a,b(c)'");
  });
});
