import { describe, expect, it } from "vitest";
import { intValue, parseDict, refNumber } from "./read-pdf-syntax";

describe("parseDict", () => {
  it.each([
    ["<< /Type /Page /Parent 3 0 R >>", { Type: "/Page", Parent: "3 0 R" }],
    ["<</Type/Pages/Count 12/Kids[4 0 R 5 0 R]>>", { Type: "/Pages", Count: "12", Kids: "[4 0 R 5 0 R]" }],
    [
      "<< /Resources << /Font << /F1 << /Type /Font >> >> >> /Type /Page >>",
      { Resources: "<< /Font << /F1 << /Type /Font >> >> >>", Type: "/Page" },
    ],
    [
      "<< /Title (a >> b \\) (nested) c) /Type /Catalog >>",
      { Title: "(a >> b \\) (nested) c)", Type: "/Catalog" },
    ],
    ["<< /ID <0a1b> % a comment with /Type /Page\n /Type /XRef >>", { ID: "<0a1b>", Type: "/XRef" }],
    ["<< /Count -3 /Flag true /Nothing null >>", { Count: "-3", Flag: "true", Nothing: "null" }],
  ])("%s", (text, expected) => {
    expect(Object.fromEntries(parseDict(text, 0)!.entries)).toEqual(expected);
  });

  it.each(["<< /Type /Page", "<< (unterminated >>", "not a dict"])(
    "returns undefined for malformed %j",
    (text) => {
      expect(parseDict(text, 0)).toBeUndefined();
    },
  );

  it.each([
    ["12 0 R", 12, undefined],
    ["42", undefined, 42],
    ["/Name", undefined, undefined],
    [undefined, undefined, undefined],
  ])("refNumber/intValue(%j)", (raw, ref, int) => {
    expect(refNumber(raw)).toBe(ref);
    expect(intValue(raw)).toBe(int);
  });
});
