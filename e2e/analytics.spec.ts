// Analytics in Chromium against the sandbox: a Page connected a moment ago shows its last 12
// months (the first sync runs on connect), switching range and granularity redraws the charts with
// the new figures, the posts table sorts, and the CSV files hold exactly the numbers on the page.
import { readFile } from "node:fs/promises";
import type { Download, Page, Response } from "@playwright/test";
import type { AnalyticsResponse } from "@/lib/analytics/analytics-types";
import { connectPages, expect, signUp, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });

const isAnalytics = (response: Response) =>
  new URL(response.url()).pathname === "/api/analytics" && response.request().method() === "GET";

/** The page's next answer from /api/analytics after `action`. */
async function answerAfter(page: Page, action: () => Promise<unknown>): Promise<AnalyticsResponse> {
  const [response] = await Promise.all([page.waitForResponse(isAnalytics), action()]);
  expect(response.status()).toBe(200);
  return (await response.json()) as AnalyticsResponse;
}

/** RFC 4180 with a UTF-8 BOM, as the page writes it. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") endField();
    else if (char === "\n") {
      field = field.replace(/\r$/, "");
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ""])));
}

async function csvOf(download: Download): Promise<Record<string, string>[]> {
  return parseCsv(await readFile((await download.path())!, "utf8"));
}

const kpiValue = async (page: Page, key: string) =>
  Number(await page.getByTestId(`kpi-${key}`).getAttribute("data-value"));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

test("a new Page shows a year of history; range, granularity, sorting and CSV agree with the figures", async ({
  page,
  account,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee"]);

  // The first sync was queued on connect; the page waits for it and then shows the figures.
  await page.goto("/analytics?range=12m&granularity=month");
  await expect(page.getByTestId("sync-status")).toHaveAttribute("data-status", "OK", { timeout: 120_000 });
  const year = await answerAfter(page, () => page.reload());
  await expect(page.getByTestId("analytics-content")).toBeVisible();
  await expect(page.getByTestId("sync-status")).toContainText(/Last synced/i);

  // Twelve months of history, each with impressions, from a channel connected a minute ago.
  expect(year.query.granularity).toBe("month");
  const months = year.series.filter((point) => point.impressions > 0);
  expect(months.length).toBeGreaterThanOrEqual(12);
  expect(year.posts.length).toBeGreaterThan(100);
  expect(await kpiValue(page, "impressions")).toBe(sum(year.series.map((p) => p.impressions)));
  await expect(page.getByTestId("chart-interactions")).toHaveAttribute(
    "data-buckets",
    String(year.series.length),
  );
  const monthBars = await page.locator('[data-testid="chart-interactions"] .recharts-bar-rectangle').count();
  expect(monthBars).toBeGreaterThanOrEqual(12);
  await testInfo.attach("analytics-12-months-by-month", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await page.screenshot({ path: testInfo.outputPath("analytics-12-months-by-month.png"), fullPage: true });

  // Granularity: by day, the same twelve calendar months in daily buckets and the same total.
  const daily = await answerAfter(page, () => page.getByTestId("granularity-day").click());
  expect(daily.series.length).toBeGreaterThanOrEqual(360);
  expect(sum(daily.series.map((p) => p.impressions))).toBe(sum(year.series.map((p) => p.impressions)));
  const interactions = page.getByTestId("chart-interactions");
  // Drawing a year of daily bars is slow on a loaded machine: allow it time.
  await expect(interactions).toHaveAttribute("data-buckets", String(daily.series.length), {
    timeout: 45_000,
  });
  await interactions.scrollIntoViewIfNeeded();
  await expect
    .poll(() => interactions.locator(".recharts-bar-rectangle").count(), {
      message: `daily bars drawn (by month: ${monthBars})`,
      timeout: 45_000,
    })
    .toBeGreaterThan(monthBars * 5);

  // Range: the last 28 days, different figures, and the cards follow.
  const month = await answerAfter(page, () => page.getByTestId("range-preset").selectOption("28d"));
  expect(month.series).toHaveLength(28);
  const monthImpressions = sum(month.series.map((p) => p.impressions));
  expect(monthImpressions).toBeLessThan(sum(year.series.map((p) => p.impressions)));
  await expect.poll(() => kpiValue(page, "impressions")).toBe(monthImpressions);
  const clicks = month.kpis.find((k) => k.key === "clicks")!;
  expect(await kpiValue(page, "clicks")).toBe(clicks.value);
  await page.screenshot({ path: testInfo.outputPath("analytics-28-days.png"), fullPage: true });

  // The impressions CSV is the series on the page.
  const [seriesCsv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-impressions").click(),
  ]);
  const seriesRows = await csvOf(seriesCsv);
  expect(seriesRows.map((r) => [r["Start (UTC day)"], Number(r["Impressions"])])).toEqual(
    month.series.map((p) => [p.start, p.impressions]),
  );

  // The posts table sorts by impressions, both ways.
  const quarter = await answerAfter(page, () => page.goto("/analytics?range=90d"));
  await expect(page.getByTestId("analytics-posts-table")).toBeVisible();
  const impressionsShown = () =>
    page
      .locator('[data-testid="analytics-post-row"] td[data-metric="impressions"]')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute("data-value") ?? -1)));
  await page.getByTestId("sort-impressions").click();
  const descending = await impressionsShown();
  expect(descending.length).toBeGreaterThan(5);
  const firstSort = await page
    .locator("th", { has: page.getByTestId("sort-impressions") })
    .getAttribute("aria-sort");
  expect(["ascending", "descending"]).toContain(firstSort);
  const sorted = [...descending].sort((a, b) => (firstSort === "descending" ? b - a : a - b));
  expect(descending).toEqual(sorted);
  await page.getByTestId("sort-impressions").click();
  const reversed = await impressionsShown();
  expect(reversed).toEqual([...reversed].sort((a, b) => (firstSort === "descending" ? a - b : b - a)));
  await page.screenshot({ path: testInfo.outputPath("analytics-posts-sorted.png"), fullPage: true });

  // The posts CSV: every post of the period, in the order shown, with the page's numbers.
  const [postsCsv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-posts").click(),
  ]);
  const postRows = await csvOf(postsCsv);
  expect(
    postRows.slice(0, reversed.length).map((r) => (r["Impressions"] === "" ? -1 : Number(r["Impressions"]))),
  ).toEqual(reversed);
  const byUrn = new Map(quarter.posts.map((p) => [p.urn, p]));
  expect(postRows).toHaveLength(quarter.posts.length);
  for (const row of postRows) {
    const post = byUrn.get(row["LinkedIn URN"]!)!;
    const figure = (name: string) => (row[name] === "" ? null : Number(row[name]));
    expect([
      figure("Impressions"),
      figure("Unique impressions"),
      figure("Clicks"),
      figure("Reactions"),
      figure("Comments"),
      figure("Reposts"),
      figure("Engagement rate (fraction, 0.05 = 5%)"),
    ]).toEqual([
      post.impressions,
      post.uniqueImpressions,
      post.clicks,
      post.reactions,
      post.comments,
      post.reposts,
      post.engagementRate,
    ]);
  }

  // A post's detail view.
  await page.getByTestId("analytics-post-row").first().click();
  await expect(page.getByTestId("analytics-post-detail")).toBeVisible();
  await expect(page.getByTestId("analytics-post-linkedin")).toHaveAttribute("href", /\/feed\/update\//);
  await page.screenshot({ path: testInfo.outputPath("analytics-post-detail.png") });
});

test("a Page without the administrator role says why it has no statistics", async ({ page, account }) => {
  await signUp(page, account);
  await connectPages(page, ["Acme Robotics"]);
  await page.goto("/analytics");
  await expect(page.getByTestId("sync-status")).toHaveAttribute("data-status", "NO_PERMISSION", {
    timeout: 120_000,
  });
  await expect(page.getByText(/only with its administrators/)).toBeVisible();
  // Bad input: a custom period that ends before it starts is refused beside the dates, nothing asked.
  await page.getByTestId("range-preset").selectOption({ label: "Custom range…" });
  await page.getByTestId("range-from").fill("2026-11-20");
  await page.getByTestId("range-to").fill("2026-11-01");
  let asked = false;
  page.on("request", (request) => {
    if (request.url().includes("from=2026-11-20")) asked = true;
  });
  await page.getByTestId("range-apply").click();
  await expect(page.getByRole("alert").filter({ hasText: "start date" })).toHaveText(
    "The start date is after the end date.",
  );
  await expect(page.getByTestId("range-from")).toHaveAttribute("aria-invalid", "true");
  expect(asked).toBe(false);
  // Stale links with impossible dates fall back to the usual view rather than an error page.
  await page.goto("/analytics?from=2026-11-20&to=2026-11-01");
  await expect(page.getByTestId("range-label")).toBeVisible();
});
