// The one result shape every inspector returns. A rejection carries a sentence meant for a human:
// Cadence shows it beside the refused upload, and the sandbox copies it verbatim into
// `processingFailureReason` (§11) when an asset ends in PROCESSING_FAILED.
export type InspectResult<T> = { ok: true; info: T } | { ok: false; reason: string };

export function accept<T>(info: T): InspectResult<T> {
  return { ok: true, info };
}

export function reject<T = never>(reason: string): InspectResult<T> {
  return { ok: false, reason };
}

/** "36,152,320": thousands separators make limits readable in failure reasons. */
export function formatCount(n: number | bigint): string {
  return n.toLocaleString("en-US");
}

/** Exact byte count plus a rounded binary unit, e.g. "76,799 bytes (75.0 KiB)". */
export function formatBytes(n: number): string {
  const units = ["KiB", "MiB", "GiB"] as const;
  let value = n;
  let unit = "";
  for (const u of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = u;
  }
  return unit ? `${formatCount(n)} bytes (${value.toFixed(1)} ${unit})` : `${formatCount(n)} bytes`;
}
