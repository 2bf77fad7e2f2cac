import { describe, expect, it } from "vitest";
import { parseRestliQuery, parseRestliValue } from "@/sandbox/restli/parse";
import { buildRestliQuery } from "./build-restli-query";
import { encodeRestli, encodeRestliKey, rawRestli, type RestliInput } from "./encode-restli";

// Rows from doc §6.1–§6.2 (the official client's own test file and the LinkedIn calls).
const VALUES: [string, RestliInput, string][] = [
  ["integer", 123, "123"],
  ["list of numbers", [1, 2, 3], "List(1,2,3)"],
  ["empty list", [], "List()"],
  ["record", { k51: "v51", k52: "v52" }, "(k51:v51,k52:v52)"],
  ["spaces", "value with spaces", "value%20with%20spaces"],
  ["reserved chars in list items", ["(v1,2)", "(v2,2)"], "List(%28v1%2C2%29,%28v2%2C2%29)"],
  ["query syntax inside a value", "&key=value&", "%26key%3Dvalue%26"],
  ["empty string", "", "''"],
  ["list of an empty string", [""], "List('')"],
  ["null and booleans", [null, true, false], "List(null,true,false)"],
  ["apostrophe", "it's", "it%27s"],
  ["URN", "urn:li:share:7045020441609936898", "urn%3Ali%3Ashare%3A7045020441609936898"],
  [
    "list of URNs",
    ["urn:li:share:1", "urn:li:ugcPost:2"],
    "List(urn%3Ali%3Ashare%3A1,urn%3Ali%3AugcPost%3A2)",
  ],
  ["vanity name with parentheses", "acme (uk)", "acme%20%28uk%29"],
  [
    "nested record (share statistics, doc §6.2)",
    { timeRange: { start: 1704067200000, end: 1706745600000 }, timeGranularityType: "DAY" },
    "(timeRange:(start:1704067200000,end:1706745600000),timeGranularityType:DAY)",
  ],
  [
    "record inside a list",
    [{ account: "urn:li:sponsoredAccount:1" }],
    "List((account:urn%3Ali%3AsponsoredAccount%3A1))",
  ],
  ["undefined record fields are dropped", { a: 1, b: undefined }, "(a:1)"],
  ["record key with reserved chars", { "a:b": "c" }, "(a%3Ab:c)"],
  ["unicode", "café ☕", "caf%C3%A9%20%E2%98%95"],
  ["percent sign", "100%", "100%25"],
  ["decimal", 1.5, "1.5"],
  ["raw projection", rawRestli("(elements*(id,name))"), "(elements*(id,name))"],
];

describe("encodeRestli", () => {
  it.each(VALUES)("%s", (_name, input, expected) => {
    expect(encodeRestli(input)).toBe(expected);
  });

  it("encodes path keys with the same rules", () => {
    expect(encodeRestliKey("urn:li:share:7045020441609936898")).toBe(
      "urn%3Ali%3Ashare%3A7045020441609936898",
    );
    expect(
      encodeRestliKey({
        organization: "urn:li:organization:1",
        role: "ADMINISTRATOR",
        roleAssignee: "urn:li:person:x",
      }),
    ).toBe(
      "(organization:urn%3Ali%3Aorganization%3A1,role:ADMINISTRATOR,roleAssignee:urn%3Ali%3Aperson%3Ax)",
    );
  });

  it("rejects values Rest.li cannot carry", () => {
    expect(() => encodeRestli(undefined)).toThrow(TypeError);
    expect(() => encodeRestli(Number.NaN)).toThrow(TypeError);
    expect(() => encodeRestli(Infinity)).toThrow(TypeError);
  });
});

/** Rest.li is lossy: the sandbox parser returns every primitive as a string. */
function asParsed(value: RestliInput): unknown {
  if (value === null || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((item: RestliInput) => asParsed(item));
  if (typeof value === "object")
    return Object.fromEntries(
      Object.entries(value as Record<string, RestliInput>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, asParsed(v)]),
    );
  return value;
}

describe("round trip through the sandbox's Rest.li parser", () => {
  const roundTrip = VALUES.filter(([name]) => name !== "raw projection");
  it.each(roundTrip)("%s", (_name, input) => {
    expect(parseRestliValue(encodeRestli(input))).toEqual(asParsed(input));
  });

  it("survives every reserved and special character inside strings, lists and records", () => {
    const nasty = "a,b(c)d'e:f List( %28 '' & = + # ? / \\ ~ * ! 😀";
    const value = { [nasty]: [nasty, { inner: nasty }, ""], plain: nasty };
    expect(parseRestliValue(encodeRestli(value))).toEqual(value);
  });
});

describe("buildRestliQuery", () => {
  it("joins encoded pairs and leaves out undefined parameters", () => {
    expect(
      buildRestliQuery({
        q: "organizationalEntity",
        organizationalEntity: "urn:li:organization:2414183",
        shares: ["urn:li:share:7045020441609936898"],
        start: 0,
        count: undefined,
      }),
    ).toBe(
      "q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A2414183&shares=List(urn%3Ali%3Ashare%3A7045020441609936898)&start=0",
    );
  });

  it("builds the doc's share statistics query and the sandbox parses it back", () => {
    const query = buildRestliQuery({
      q: "organizationalEntity",
      organizationalEntity: "urn:li:organization:2414183",
      timeIntervals: { timeRange: { start: 1704067200000, end: 1706745600000 }, timeGranularityType: "DAY" },
      emptystring: "",
    });
    expect(query).toBe(
      "q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A2414183&timeIntervals=(timeRange:(start:1704067200000,end:1706745600000),timeGranularityType:DAY)&emptystring=''",
    );
    expect(parseRestliQuery(query)).toEqual({
      q: "organizationalEntity",
      organizationalEntity: "urn:li:organization:2414183",
      timeIntervals: {
        timeRange: { start: "1704067200000", end: "1706745600000" },
        timeGranularityType: "DAY",
      },
      emptystring: "",
    });
  });

  it("encodes parameter names too", () => {
    expect(buildRestliQuery({ "a b": "c" })).toBe("a%20b=c");
  });
});
