import { describe, expect, it } from "vitest";
import { makeSrt } from "@/sandbox/fixtures";
import { inspectCaptions, inspectCaptionsBytes } from "./inspect-captions";

const srt = (text: string) => Buffer.from(text, "utf8");

describe("inspectCaptionsBytes (§9.4, §9.7: SRT)", () => {
  it.each([
    ["generated, LF", makeSrt({ cues: 4 }), 4, 9500],
    ["generated, CRLF with BOM", makeSrt({ cues: 2, crlf: true, bom: true }), 2, 4500],
    ["non-ASCII text", makeSrt({ cues: 1, text: () => "Ça va? 字幕 🎬" }), 1, 2000],
    [
      "multi-line cue, no final newline",
      srt("1\n00:00:01,000 --> 00:00:02,500\nline one\nline two"),
      1,
      2500,
    ],
    [
      "position hints after the timing",
      srt("1\n00:00:00,000 --> 00:00:01,000 X1:10 X2:20 Y1:5 Y2:9\nhi\n"),
      1,
      1000,
    ],
    [
      "extra blank lines and non-consecutive numbers",
      srt("\n\n3\n00:00:00,000 --> 00:00:01,000\na\n\n\n\n7\n01:00:00,000 --> 01:00:01,250\nb\n"),
      2,
      3_601_250,
    ],
  ])("accepts %s", (_, bytes, cueCount, lastEndMs) => {
    const result = inspectCaptionsBytes(bytes);
    expect(result.ok && [result.info.cueCount, result.info.lastEndMs]).toEqual([cueCount, lastEndMs]);
  });

  it.each([
    ["an empty file", srt(""), "Captions file contains no cues."],
    ["only whitespace", srt("\n \n"), "Captions file contains no cues."],
    [
      "WebVTT",
      srt("WEBVTT\n\n00:00.000 --> 00:01.000\nhi\n"),
      "WebVTT captions are not supported; upload an SRT file.",
    ],
    [
      "a missing cue number",
      srt("00:00:00,000 --> 00:00:01,000\nhi\n"),
      "Captions are not valid SRT: expected a cue number at line 1.",
    ],
    [
      "a dot as the millisecond separator",
      srt("1\n00:00:00.000 --> 00:00:01.000\nhi\n"),
      'Captions are not valid SRT: expected "HH:MM:SS,mmm --> HH:MM:SS,mmm" at line 2.',
    ],
    [
      "minutes out of range",
      srt("1\n00:61:00,000 --> 00:62:00,000\nhi\n"),
      'Captions are not valid SRT: expected "HH:MM:SS,mmm --> HH:MM:SS,mmm" at line 2.',
    ],
    [
      "a cue ending before it starts",
      srt("1\n00:00:05,000 --> 00:00:04,000\nhi\n"),
      "Captions are not valid SRT: cue at line 1 ends before it starts.",
    ],
    ["invalid UTF-8", Buffer.from([0x31, 0x0a, 0xff, 0xfe, 0x0a]), "Captions file is not valid UTF-8 text."],
  ])("rejects %s", (_, bytes, reason) => {
    expect(inspectCaptionsBytes(bytes)).toEqual({ ok: false, reason });
  });

  it("also takes a ByteSource or Buffer asynchronously", async () => {
    expect((await inspectCaptions(makeSrt())).ok).toBe(true);
  });
});
