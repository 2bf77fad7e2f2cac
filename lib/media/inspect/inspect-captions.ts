// Validates a captions upload for a video (§9.4, §9.7: "captions SRT"). SubRip has no formal
// spec; we accept what common players accept (UTF-8, optional BOM, CRLF or LF, blank lines between
// cues, extra text after the timing such as position hints) and refuse what they choke on.
import { type MediaInput, readAll, withMediaInput } from "./byte-source";
import { accept, type InspectResult, reject } from "./inspect-result";

export interface CaptionsInfo {
  format: "srt";
  cueCount: number;
  firstStartMs: number;
  lastEndMs: number;
  sizeBytes: number;
}

const TIMING =
  /^(\d{1,3}):([0-5]\d):([0-5]\d),(\d{3})\s*-->\s*(\d{1,3}):([0-5]\d):([0-5]\d),(\d{3})(?:\s.*)?$/;

export function inspectCaptionsBytes(bytes: Uint8Array): InspectResult<CaptionsInfo> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return reject("Captions file is not valid UTF-8 text.");
  }
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.startsWith("WEBVTT")) return reject("WebVTT captions are not supported; upload an SRT file.");

  let cueCount = 0;
  let firstStartMs = 0;
  let lastEndMs = 0;
  for (let i = 0; i < lines.length;) {
    if (lines[i]!.trim() === "") {
      i++;
      continue;
    }
    const where = `line ${i + 1}`;
    if (!/^\d+$/.test(lines[i]!.trim()))
      return reject(`Captions are not valid SRT: expected a cue number at ${where}.`);
    const timing = TIMING.exec(lines[i + 1]?.trim() ?? "");
    if (!timing) {
      return reject(`Captions are not valid SRT: expected "HH:MM:SS,mmm --> HH:MM:SS,mmm" at line ${i + 2}.`);
    }
    const start = toMs(timing.slice(1, 5));
    const end = toMs(timing.slice(5, 9));
    if (end < start) return reject(`Captions are not valid SRT: cue at ${where} ends before it starts.`);
    if (cueCount === 0) firstStartMs = start;
    lastEndMs = Math.max(lastEndMs, end);
    cueCount++;
    i += 2;
    while (i < lines.length && lines[i]!.trim() !== "") i++; // cue text
  }
  if (cueCount === 0) return reject("Captions file contains no cues.");
  return accept({ format: "srt", cueCount, firstStartMs, lastEndMs, sizeBytes: bytes.length });
}

export async function inspectCaptions(input: MediaInput): Promise<InspectResult<CaptionsInfo>> {
  return withMediaInput(input, async (source) => inspectCaptionsBytes(await readAll(source)));
}

function toMs(parts: (string | undefined)[]): number {
  const [h, m, s, ms] = parts.map(Number) as [number, number, number, number];
  return ((h * 60 + m) * 60 + s) * 1000 + ms;
}
