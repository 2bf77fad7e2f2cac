// CSV exports of the Analytics page (RFC 4180): every field that needs it is quoted, numbers are
// written raw (no grouping, "." as the decimal point, rates as fractions), dates as ISO strings,
// and a missing figure as an empty field — the same numbers the page shows, before rounding.
export type CsvValue = string | number | boolean | null | undefined;

export type CsvColumn<Row> = {
  header: string;
  value: (row: Row) => CsvValue;
};

// Spreadsheet apps run a cell that starts with one of these as a formula; post texts come from
// LinkedIn, so they are defused with a leading apostrophe (OWASP's advice for CSV injection).
const FORMULA_START = /^(?:[=+@\t\r]|-(?![\d\s.]))/;

export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  // 1e-7 or 1e21: write the digits out, which every spreadsheet reads.
  return Math.abs(value) < 1 ? value.toFixed(20).replace(/\.?0+$/, "") : BigInt(Math.round(value)).toString();
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatCsvNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line and one line per row, lines ended by CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header))];
  for (const row of rows) lines.push(columns.map((column) => csvField(column.value(row))));
  return lines.map((line) => line.join(",")).join("\r\n") + "\r\n";
}

/** `cadence-impressions-2026-11-01-to-2026-11-28.csv` */
export function csvFileName(name: string, from: string, to: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `cadence-${slug}-${from}-to-${to}.csv`;
}

/** Saves the CSV through a temporary link; the BOM lets spreadsheet apps read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns: free the blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
