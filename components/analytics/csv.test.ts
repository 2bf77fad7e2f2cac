import { describe, expect, it } from "vitest";
import { SERIES_CSV_COLUMNS } from "@/components/analytics/chart-data";
import { csvField, csvFileName, formatCsvNumber, toCsv } from "@/components/analytics/csv";
import { sampleAnalytics } from "@/components/analytics/fixtures/sample-analytics";
import { heatmapCsvColumns, heatmapCsvRows } from "@/components/analytics/heatmap-model";
import { POSTS_CSV_COLUMNS, sortPosts } from "@/components/analytics/post-table-model";

/** A small RFC 4180 reader, to check that what we write reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index++;
    } else field += char;
  }
  return rows;
}

describe("csvField", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    [0, "0"],
    [1234567, "1234567"],
    [0.0375, "0.0375"],
    [-3, "-3"],
    [1e-7, "0.0000001"],
    [Number.NaN, ""],
    [true, "true"],
    [false, "false"],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["crlf\r\nline", '"crlf\r\nline"'],
    [" padded ", '" padded "'],
    ["2026-11-28", "2026-11-28"],
    ["Ünïcödé ✓", "Ünïcödé ✓"],
  ] as const)("%j → %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("defuses text a spreadsheet would run as a formula, and leaves negative numbers alone", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1 for this")).toBe("'+1 for this");
    expect(csvField("@channel")).toBe("'@channel");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvField("- a bullet")).toBe("- a bullet");
    expect(csvField("-12")).toBe("-12");
    expect(csvField(-12)).toBe("-12");
  });

  it("writes numbers with a dot and without grouping, whatever the locale", () => {
    expect(formatCsvNumber(12345.678)).toBe("12345.678");
    expect(formatCsvNumber(1e21)).toBe("1000000000000000000000");
    expect(formatCsvNumber(Number.POSITIVE_INFINITY)).toBe("");
  });
});

describe("toCsv", () => {
  const columns = [
    { header: "Name", value: (row: { name: string; n: number | null }) => row.name },
    { header: "Value, raw", value: (row: { name: string; n: number | null }) => row.n },
  ];

  it("writes a header and one CRLF-ended line per row", () => {
    expect(
      toCsv(columns, [
        { name: "a", n: 1 },
        { name: "b", n: null },
      ]),
    ).toBe('Name,"Value, raw"\r\na,1\r\nb,\r\n');
  });

  it("reads back exactly what went in", () => {
    const rows = [
      { name: 'Quotes "and", commas\nand lines', n: 0.125 },
      { name: "", n: 0 },
    ];
    expect(parseCsv(toCsv(columns, rows))).toEqual([
      ["Name", "Value, raw"],
      ['Quotes "and", commas\nand lines', "0.125"],
      ["", "0"],
    ]);
  });

  it("exports the series with the raw figures: rates as fractions, missing figures empty", () => {
    const csv = parseCsv(toCsv(SERIES_CSV_COLUMNS["engagement-rate"], sampleAnalytics.series));
    expect(csv[0]).toEqual([
      "Start (UTC day)",
      "End (UTC day)",
      "Engagement rate (fraction, 0.05 = 5%)",
      "Impressions",
      "Interactions",
      "Partial (bucket not over yet)",
    ]);
    expect(csv).toHaveLength(sampleAnalytics.series.length + 1);
    const last = sampleAnalytics.series.at(-1)!;
    expect(csv.at(-1)).toEqual([
      last.start,
      last.end,
      String(last.engagementRate),
      String(last.impressions),
      String(last.clicks + last.reactions + last.comments + last.reposts),
      "true",
    ]);
    const unique = parseCsv(toCsv(SERIES_CSV_COLUMNS.impressions, sampleAnalytics.series));
    expect(unique[1]![3]).toBe(""); // unique impressions: not reported by day
  });

  it("exports the posts in the order shown, with ISO dates", () => {
    const sorted = sortPosts(sampleAnalytics.posts, { key: "impressions", direction: "desc" });
    const csv = parseCsv(toCsv(POSTS_CSV_COLUMNS, sorted));
    expect(csv).toHaveLength(sorted.length + 1);
    expect(csv[1]![0]).toBe(sorted[0]!.publishedAt);
    expect(csv[1]![0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(csv[1]![2]).toBe(sorted[0]!.text);
    expect(Number(csv[1]![4])).toBe(sorted[0]!.impressions);
  });

  it("exports every slot of the heat-map, in its zone", () => {
    const csv = parseCsv(toCsv(heatmapCsvColumns("Europe/Paris"), heatmapCsvRows(sampleAnalytics.heatmap)));
    expect(csv).toHaveLength(7 * 24 + 1);
    expect(csv[0]![1]).toBe("Hour (Europe/Paris)");
    expect(csv[1]!.slice(0, 2)).toEqual(["Monday", "00:00"]);
    const posts = csv.slice(1).reduce((sum, row) => sum + Number(row[2]), 0);
    expect(posts).toBe(sampleAnalytics.heatmap.sampleSize);
  });
});

describe("csvFileName", () => {
  it("names the export and its period", () => {
    expect(csvFileName("impressions", "2026-11-01", "2026-11-28")).toBe(
      "cadence-impressions-2026-11-01-to-2026-11-28.csv",
    );
    expect(csvFileName("Engagement rate", "2026-11-01", "2026-11-28")).toBe(
      "cadence-engagement-rate-2026-11-01-to-2026-11-28.csv",
    );
  });
});
