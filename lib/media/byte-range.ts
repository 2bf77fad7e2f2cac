// One `Range: bytes=…` request header against a file of `size` bytes, so <video> can seek in a
// stored upload. Multiple ranges are answered with the whole file (allowed by RFC 9110 §14.2).
export type ByteRange = { start: number; end: number };

/** undefined: serve everything; "unsatisfiable": answer 416; otherwise [start, end). */
export function parseByteRange(header: string | null, size: number): ByteRange | "unsatisfiable" | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  const [first, last] = [match[1] ?? "", match[2] ?? ""];
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size };
  }
  const start = Number(first);
  const end = last === "" ? size : Math.min(Number(last) + 1, size);
  if (start >= size || end <= start) return "unsatisfiable";
  return { start, end };
}
