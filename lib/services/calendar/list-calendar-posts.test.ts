// The excerpt an event shows; the query itself is covered through GET /api/calendar.
import { describe, expect, it } from "vitest";
import { excerptOf } from "@/lib/services/calendar/list-calendar-posts";

describe("excerptOf", () => {
  it.each([
    ["Short and sweet", 140, "Short and sweet"],
    ["Line one\n\nline   two", 140, "Line one line two"],
    ["The quick brown fox jumps over the lazy dog", 20, "The quick brown fox…"],
    ["Cut at a word, not in the middle of one", 16, "Cut at a word…"],
    ["Supercalifragilisticexpialidocious", 10, "Supercalif…"],
    ["Ends with punctuation, then more words", 23, "Ends with punctuation…"],
  ])("%j at %i characters reads %j", (text, length, expected) => {
    expect(excerptOf(text, length)).toBe(expected);
  });
});
