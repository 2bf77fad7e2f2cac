import { describe, expect, it } from "vitest";
import { encodeRestli, formatRestliKey, reducedEncode } from "./encode";
import { parseRestliQuery, parseRestliValue, RestliQueryError, RestliSyntaxError } from "./parse";

describe("parseRestliValue", () => {
  it.each([
    ["List(1,2,3)", ["1", "2", "3"]],
    ["List()", []],
    ["List('')", [""]],
    ["''", ""],
    ["%27%27", ""],
    ["", ""],
    ["(k51:v51,k52:v52)", { k51: "v51", k52: "v52" }],
    ["()", {}],
    ["value%20with%20spaces", "value with spaces"],
    ["List(%28v1%2C2%29,%28v2%2C2%29)", ["(v1,2)", "(v2,2)"]],
    ["%26key%3Dvalue%26", "&key=value&"],
    ["List(1,2,(k:v),3)", ["1", "2", { k: "v" }, "3"]],
    ["List(List(1))", [["1"]]],
    ["List((k:List(1)))", [{ k: ["1"] }]],
    ["(k1:v1,k2:List(1,2,3),k3:v3)", { k1: "v1", k2: ["1", "2", "3"], k3: "v3" }],
    ["urn%3Ali%3Ashare%3A7045020441609936898", "urn:li:share:7045020441609936898"],
    [
      "(timeRange:(start:1704067200000,end:1706745600000),timeGranularityType:DAY)",
      { timeRange: { start: "1704067200000", end: "1706745600000" }, timeGranularityType: "DAY" },
    ],
    ["List(urn%3Ali%3Ashare%3A1,urn%3Ali%3AugcPost%3A2)", ["urn:li:share:1", "urn:li:ugcPost:2"]],
    ["%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE", "株式会社"],
    ["null", "null"],
    ["a+b", "a+b"],
    // Percent-encoded structure is data, not structure (doc §6.5).
    ["List%28urn%3Ali%3Ashare%3A1%29", "List(urn:li:share:1)"],
    ["List", "List"],
  ])("%s", (input, expected) => {
    expect(parseRestliValue(input)).toEqual(expected);
  });

  it.each([
    ["List(1,2", 'expected "," or ")" but found end of input at offset 8'],
    ["List((k1:v1)", 'expected "," or ")" but found end of input at offset 12'],
    [
      "(k1:List((k2:(k3:v1,k4:List((string:v2)))))",
      'expected "," or ")" but found end of input at offset 43',
    ],
    ["urn:li:person:1", 'expected end of value but found ":" at offset 3'],
    ["a,b", 'expected end of value but found "," at offset 1'],
    ["List(1,,2)", "expected a value (use '' for an empty string) but found \",\" at offset 7"],
    ["(k:)", "expected a value (use '' for an empty string) but found \")\" at offset 3"],
    ["(k)", 'expected ":" but found ")" at offset 2'],
    ["(:v)", 'expected a field name but found ":" at offset 1'],
    ["(k:1,k:2)", 'duplicate field "k" at offset 5'],
    ["List(1))", 'expected end of value but found ")" at offset 7'],
    [")", "expected a value (use '' for an empty string) but found \")\" at offset 0"],
    ["%E0%A4%A", 'invalid percent-encoding in "%E0%A4%A"'],
    ["100%", 'invalid percent-encoding in "100%"'],
    ["abcList(1)", 'expected end of value but found "List(" at offset 3'],
  ])("rejects %s", (input, message) => {
    expect(() => parseRestliValue(input)).toThrow(RestliSyntaxError);
    expect(() => parseRestliValue(input)).toThrow(message);
  });
});

describe("parseRestliQuery", () => {
  it("parses every pair, keeping projection raw", () => {
    expect(
      parseRestliQuery(
        "q=author&author=urn%3Ali%3Aorganization%3A5515715&count=10&ids=List(1,2)&projection=(elements*(id))&flag&''=empty",
      ),
    ).toEqual({
      q: "author",
      author: "urn:li:organization:5515715",
      count: "10",
      ids: ["1", "2"],
      projection: "(elements*(id))",
      flag: "",
      "": "empty",
    });
  });

  it("rejects repeated parameters and names the parameter on syntax errors", () => {
    expect(() => parseRestliQuery("a=1&a=2")).toThrow(
      new RestliQueryError("a", 'query parameter "a" appears more than once'),
    );
    expect(() => parseRestliQuery("ids=List(1,2")).toThrow(
      'Invalid Rest.li syntax in query parameter "ids": expected "," or ")" but found end of input at offset 8',
    );
  });

  it("reads Rest.li 1.0 values as plain strings and refuses 2.0 structure", () => {
    expect(parseRestliQuery("q=roleAssignee&role=ADMINISTRATOR", { protocol: "1.0.0" })).toEqual({
      q: "roleAssignee",
      role: "ADMINISTRATOR",
    });
    expect(() => parseRestliQuery("ids=List(1,2)", { protocol: "1.0.0" })).toThrow(
      'Invalid Rest.li syntax in query parameter "ids": Rest.li 2.0 syntax needs the header X-Restli-Protocol-Version: 2.0.0',
    );
  });
});

describe("encoders", () => {
  it.each([
    [[1, 2, 3], "List(1,2,3)"],
    [{ k51: "v51", k52: "v52" }, "(k51:v51,k52:v52)"],
    ["value with spaces", "value%20with%20spaces"],
    [["(v1,2)", "(v2,2)"], "List(%28v1%2C2%29,%28v2%2C2%29)"],
    ["&key=value&", "%26key%3Dvalue%26"],
    ["", "''"],
    [[""], "List('')"],
    ["acme (uk)", "acme%20%28uk%29"],
  ])("encodeRestli(%j) = %s and parses back", (value, encoded) => {
    expect(encodeRestli(value)).toBe(encoded);
    const back = parseRestliValue(encoded);
    expect(back).toEqual(
      JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" ? String(v) : v))),
    );
  });

  it("reduced-encodes compound keys and leaves simple keys raw", () => {
    const key = {
      organization: "urn:li:organization:1",
      role: "ADMINISTRATOR",
      roleAssignee: "urn:li:person:abc",
    };
    expect(reducedEncode(key)).toBe(
      "(organization:urn%3Ali%3Aorganization%3A1,role:ADMINISTRATOR,roleAssignee:urn%3Ali%3Aperson%3Aabc)",
    );
    expect(formatRestliKey(key)).toBe(reducedEncode(key));
    expect(formatRestliKey("urn:li:share:6844785523593134080")).toBe("urn:li:share:6844785523593134080");
    expect(formatRestliKey(3803)).toBe("3803");
    expect(parseRestliValue(reducedEncode(key))).toEqual(key);
  });
});
