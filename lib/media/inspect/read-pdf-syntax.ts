// Just enough PDF syntax to read the top level of a dictionary: names, numbers, references, and
// the extent of nested dictionaries, arrays and strings (so a `/Type /Font` nested inside a page's
// resources is never mistaken for the page's own `/Type`).

const WHITESPACE = new Set(["\0", "\t", "\n", "\f", "\r", " "]);
const DELIMITERS = new Set(["(", ")", "<", ">", "[", "]", "{", "}", "/", "%"]);

export interface PdfDict {
  /** Raw text of each top-level value: "/Page", "3", "12 0 R", "[...]", "<<...>>", "(...)". */
  entries: Map<string, string>;
  /** Index just after the closing ">>". */
  end: number;
}

/** Parses the dictionary starting at `start` (which must point at "<<"), or undefined if malformed. */
export function parseDict(text: string, start: number): PdfDict | undefined {
  if (!text.startsWith("<<", start)) return undefined;
  const entries = new Map<string, string>();
  let i = start + 2;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return undefined;
    if (text.startsWith(">>", i)) return { entries, end: i + 2 };
    if (text[i] !== "/") return undefined;
    const keyEnd = skipToken(text, i + 1);
    const key = text.slice(i + 1, keyEnd);
    const valueStart = skipSpace(text, keyEnd);
    const valueEnd = skipValue(text, valueStart);
    if (valueEnd < 0) return undefined;
    entries.set(key, text.slice(valueStart, valueEnd));
    i = valueEnd;
  }
}

/** "12 0 R" → 12; anything else → undefined. */
export function refNumber(raw: string | undefined): number | undefined {
  const m = raw && /^(\d+)\s+\d+\s+R$/.exec(raw);
  return m ? Number(m[1]) : undefined;
}

/** "42" → 42 (integers only); anything else → undefined. */
export function intValue(raw: string | undefined): number | undefined {
  return raw && /^[+-]?\d+$/.test(raw) ? Number(raw) : undefined;
}

export function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text[i]!;
    if (WHITESPACE.has(c)) i++;
    else if (c === "%") while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
    else break;
  }
  return i;
}

function skipToken(text: string, i: number): number {
  while (i < text.length && !WHITESPACE.has(text[i]!) && !DELIMITERS.has(text[i]!)) i++;
  return i;
}

/** Index after one value, or -1 when it never closes. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === undefined) return -1;
  if (c === "/") return skipToken(text, i + 1);
  if (c === "(") return skipLiteralString(text, i);
  if (c === "<") {
    if (text[i + 1] === "<") return skipContainer(text, i + 2, ">>");
    const close = text.indexOf(">", i);
    return close < 0 ? -1 : close + 1;
  }
  if (c === "[") return skipContainer(text, i + 1, "]");
  const end = skipToken(text, i);
  if (end === i) return -1;
  // "12 0 R" is one value: a reference.
  const ref = /^\s+\d+\s+R(?![^\s()<>[\]{}/%])/.exec(text.slice(end, end + 24));
  return ref && /^\d+$/.test(text.slice(i, end)) ? end + ref[0].length : end;
}

function skipContainer(text: string, i: number, close: ">>" | "]"): number {
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return -1;
    if (text.startsWith(close, i)) return i + close.length;
    if (close === ">>" && text[i] === "/") {
      i = skipToken(text, i + 1); // key
      continue;
    }
    const next = skipValue(text, i);
    if (next < 0) return -1;
    i = next === i ? i + 1 : next;
  }
}

function skipLiteralString(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}
