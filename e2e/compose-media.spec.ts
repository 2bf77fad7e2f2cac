// The composer with media, as LinkedIn's rules demand: images with alt text and a mention for two
// Pages; files LinkedIn would refuse are refused beside the file; a large video resumes after the
// connection drops; the draft survives a reload; previews are attached to the report.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { connectPages, expect, signUp, test } from "./fixtures";
import * as media from "./media-files";

const reserved = "( ) [ ] { } < > @ # * _ ~ | \\";

async function openComposer(page: Page, channels: string[]) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compose" }).click();
  const picker = page.getByRole("group", { name: "Publish to" });
  for (const name of channels) {
    const button = picker.getByRole("button", { name });
    if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
  }
}

/** Saved beside the test's results and attached to the report, so a person can look at it. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string, target?: Locator) {
  const path = testInfo.outputPath(`${name}.png`);
  if (target) await target.screenshot({ path, animations: "disabled" });
  else await page.screenshot({ path, fullPage: true, animations: "disabled" });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

const mediaSection = (page: Page) => page.getByRole("region", { name: "Media" });
const uploadInput = (page: Page) => mediaSection(page).getByTestId("upload-input").first();
const preview = (page: Page, channel: string) => page.getByRole("article", { name: `Preview on ${channel}` });

test("three images with alt text, a mention and reserved characters, scheduled for two Pages", async ({
  page,
  account,
}, testInfo) => {
  test.setTimeout(120_000);
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee", "Acme Robotics"]);
  await openComposer(page, ["Northwind Coffee", "Acme Robotics"]);

  const text = page.getByLabel("Post text");
  await text.click();
  await text.pressSequentially("Brewing with @Acme");
  const option = page.getByRole("option", { name: /Acme Robotics/ });
  await expect(option).toBeVisible();
  await text.press("Enter");
  await text.pressSequentially(`today ${reserved} #robots`);
  await expect(text).toHaveValue(`Brewing with @Acme Robotics today ${reserved} #robots`);

  await mediaSection(page).getByRole("button", { name: "Images", exact: true }).click();
  await uploadInput(page).setInputFiles([0, 1, 2].map((i) => media.gradientPng(i)));
  const items = page.getByTestId("image-item");
  await expect(items).toHaveCount(3);
  for (const [i, alt] of [
    "Barista pouring (latte art)",
    "Robot arm [v2] holding a cup",
    "Team photo #3",
  ].entries()) {
    await page.getByLabel(`Alt text for photo-${i + 1}.png`).fill(alt);
  }
  // Reorder without a mouse: the second image moves first.
  await page.getByRole("button", { name: "Move photo-2.png earlier" }).click();
  await expect(items.first()).toContainText("photo-2.png");

  const northwind = preview(page, "Northwind Coffee");
  await expect(northwind.getByTestId("preview-media")).toHaveAttribute("data-count", "3");
  await expect(northwind.getByRole("img", { name: "Robot arm [v2] holding a cup" })).toBeVisible();
  await expect(northwind).toContainText(`today ${reserved}`);
  await expect(northwind.getByText("Acme Robotics", { exact: true })).toBeVisible();

  // Nothing is lost on reload, including the images, their order and alt text.
  await page.reload();
  await expect(page.getByLabel("Post text")).toHaveValue(
    `Brewing with @Acme Robotics today ${reserved} #robots`,
  );
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText("photo-2.png");
  await expect(page.getByLabel("Alt text for photo-3.png")).toHaveValue("Team photo #3");

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Date and time").fill(`${tomorrow}T09:30`);
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await expect(page.getByTestId("schedule-times")).toContainText("UTC");
  await attachScreenshot(page, testInfo, "composer-3-images");

  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page).toHaveURL(/\/posts$/);
  const row = page.getByTestId("post-row").first();
  await expect(row).toContainText("Brewing with @Acme Robotics today");
  await expect(
    row.getByRole("listitem").filter({ hasText: "Northwind Coffee" }).getByText("Scheduled"),
  ).toBeVisible();
  await expect(
    row.getByRole("listitem").filter({ hasText: "Acme Robotics" }).getByText("Scheduled"),
  ).toBeVisible();

  // What was stored: one post, two targets, the structured text with its mention and hashtag.
  const list = (await (await page.request.get("/api/posts")).json()) as { id: string }[];
  expect(list).toHaveLength(1);
  const stored = (await (await page.request.get(`/api/posts/${list[0]!.id}`)).json()) as {
    body: unknown;
    content: { kind: string; images: { altText: string }[] };
    targets: unknown[];
    timeZone: string;
  };
  expect(stored.targets).toHaveLength(2);
  expect(stored.timeZone).toBe("Europe/Berlin");
  expect(stored.body).toEqual([
    { type: "text", text: "Brewing with " },
    { type: "mention", urn: "urn:li:organization:5515002", name: "Acme Robotics" },
    { type: "text", text: ` today ${reserved} ` },
    { type: "hashtag", tag: "robots" },
  ]);
  expect(stored.content.images.map((image) => image.altText)).toEqual([
    "Robot arm [v2] holding a cup",
    "Barista pouring (latte art)",
    "Team photo #3",
  ]);

  // Editing the scheduled post opens it as it was saved; a changed alt text is saved in place.
  await page.goto(`/compose?post=${list[0]!.id}`);
  await expect(page.getByRole("heading", { name: "Edit post" })).toBeVisible();
  await expect(page.getByTestId("image-item")).toHaveCount(3);
  await expect(page.getByLabel("Date and time")).toHaveValue(`${tomorrow}T09:30`);
  await page.getByLabel("Alt text for photo-3.png").fill("The whole team, smiling");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page).toHaveURL(/\/posts$/);
  const edited = (await (await page.request.get(`/api/posts/${list[0]!.id}`)).json()) as typeof stored & {
    revision: number;
  };
  expect(edited.revision).toBe(2);
  expect(edited.content.images[2]!.altText).toBe("The whole team, smiling");
  expect(((await (await page.request.get("/api/posts")).json()) as unknown[]).length).toBe(1);
});

test("files LinkedIn would refuse are refused beside the file", async ({ page, account }) => {
  test.setTimeout(120_000);
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee"]);
  await openComposer(page, []);
  await mediaSection(page).getByRole("button", { name: "Images", exact: true }).click();

  // 60 megapixels: over the pixel cap.
  await uploadInput(page).setInputFiles(media.hugeImage());
  const huge = mediaSection(page).getByTestId("upload-progress").filter({ hasText: "panorama-60mp.png" });
  await expect(huge).toHaveAttribute("data-status", "error");
  await expect(huge).toContainText("36,152,320");

  // 21 images: twenty join the post, the twenty-first is refused.
  await uploadInput(page).setInputFiles(media.smallPngs(21));
  await expect(page.getByTestId("image-item")).toHaveCount(20);
  const extra = mediaSection(page).getByTestId("upload-progress").filter({ hasText: "tile-21.png" });
  await expect(extra).toContainText("at most 20 images");
  await mediaSection(page).getByRole("button", { name: "Remove images", exact: true }).click();

  // A 2-second video: LinkedIn needs at least 3 seconds.
  await mediaSection(page).getByRole("button", { name: "Video", exact: true }).click();
  await uploadInput(page).setInputFiles(await media.video("short-clip.mp4", 2, 200 * 1024));
  const short = mediaSection(page).getByTestId("upload-progress").filter({ hasText: "short-clip.mp4" });
  await expect(short).toHaveAttribute("data-status", "error");
  await expect(short).toContainText("at least 3 seconds");

  // A 301-page PDF: LinkedIn takes at most 300 pages.
  await mediaSection(page).getByRole("button", { name: "Document", exact: true }).click();
  await uploadInput(page).setInputFiles(media.pdf("handbook-301.pdf", 301));
  const long = mediaSection(page).getByTestId("upload-progress").filter({ hasText: "handbook-301.pdf" });
  await expect(long).toHaveAttribute("data-status", "error");
  await expect(long).toContainText("301 pages; LinkedIn accepts at most 300");
});

test("a 100 MB video shows its progress and resumes after the connection drops", async ({
  page,
  account,
  context,
}, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee"]);
  await openComposer(page, ["Northwind Coffee"]);
  await page.getByLabel("Post text").fill("Our roaster, start to finish.");
  await mediaSection(page).getByRole("button", { name: "Video", exact: true }).click();

  const file = await media.video("roastery-tour.mp4", 95, 100 * 1024 * 1024);
  await uploadInput(page).setInputFiles(file);
  const progress = mediaSection(page).getByTestId("upload-progress").filter({ hasText: "roastery-tour.mp4" });
  const bar = progress.getByRole("progressbar");
  await expect
    .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 60_000 })
    .toBeGreaterThan(5);
  const before = Number(await bar.getAttribute("aria-valuenow"));

  // The connection drops mid-upload, then comes back: the upload continues where it was.
  await context.setOffline(true);
  await expect(progress).toHaveAttribute("data-status", "retrying", { timeout: 30_000 });
  await context.setOffline(false);
  await expect
    .poll(async () => Number((await bar.getAttribute("aria-valuenow")) ?? 100), { timeout: 60_000 })
    .toBeGreaterThan(before);

  const editor = page.getByTestId("video-editor");
  await expect(editor).toContainText("roastery-tour.mp4", { timeout: 120_000 });
  await expect(editor).toContainText("100 MB");

  await page.getByLabel("Video title").fill("Inside the roastery");
  await editor.getByTestId("thumbnail-slot").getByTestId("upload-input").setInputFiles(media.thumbnailJpeg());
  await expect(editor.getByTestId("thumbnail-slot")).toContainText("thumbnail.jpg");
  await editor.getByTestId("captions-slot").getByTestId("upload-input").setInputFiles(media.captionsSrt());
  await expect(editor.getByTestId("captions-slot")).toContainText("captions.srt");
  const video = preview(page, "Northwind Coffee").getByTestId("preview-media");
  await expect(video).toHaveAttribute("data-kind", "VIDEO");
  await expect(video).toContainText("1:35");
  await attachScreenshot(page, testInfo, "preview-video", preview(page, "Northwind Coffee"));
});

test("previews look like LinkedIn's feed for 1 to 5+ images, a document and a link card", async ({
  page,
  account,
}, testInfo) => {
  test.setTimeout(120_000);
  // A page with OpenGraph data, as a publisher's site would serve it.
  const site = createServer((request, response) => {
    if (request.url === "/cover.png") {
      response.writeHead(200, { "Content-Type": "image/png" }).end(media.gradientBytes(4, 1200, 628));
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(`<!doctype html><html><head>
      <title>Fallback title</title>
      <meta property="og:title" content="How we roast: from green bean to cup (part 2)">
      <meta property="og:description" content="Twelve minutes, three temperature curves & one very patient roaster.">
      <meta property="og:image" content="/cover.png"></head><body>Hello</body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/blog/how-we-roast`;

  try {
    await signUp(page, account);
    await connectPages(page, ["Northwind Coffee"]);
    await openComposer(page, ["Northwind Coffee"]);
    await page
      .getByLabel("Post text")
      .fill(
        "Fresh from the roastery: the December single origins are in. Which one should we feature first? #coffee",
      );
    const card = preview(page, "Northwind Coffee");
    const grid = card.getByTestId("preview-media");

    await mediaSection(page).getByRole("button", { name: "Images", exact: true }).click();
    await uploadInput(page).setInputFiles([0, 1, 2, 3, 4, 5, 6].map((i) => media.gradientPng(i, 600, 600)));
    await expect(page.getByTestId("image-item")).toHaveCount(7);
    await expect(grid).toHaveAttribute("data-count", "7");
    await attachScreenshot(page, testInfo, "preview-7-images", card);
    for (const [remove, left] of [
      ["photo-7.png", 6],
      ["photo-6.png", 5],
      ["photo-5.png", 4],
      ["photo-4.png", 3],
      ["photo-3.png", 2],
      ["photo-2.png", 1],
    ] as const) {
      await page.getByRole("button", { name: `Remove ${remove}` }).click();
      await expect(grid).toHaveAttribute("data-count", String(left));
      await attachScreenshot(page, testInfo, `preview-${left}-image${left === 1 ? "" : "s"}`, card);
    }
    await mediaSection(page).getByRole("button", { name: "Remove images", exact: true }).click();

    await mediaSection(page).getByRole("button", { name: "Document", exact: true }).click();
    await uploadInput(page).setInputFiles(media.pdf("Winter-menu.pdf", 12));
    await expect(page.getByLabel("Document title")).toHaveValue("Winter-menu");
    await page.getByLabel("Document title").fill("Winter menu 2026");
    await expect(grid).toHaveAttribute("data-kind", "DOCUMENT");
    await expect(grid).toContainText("12 pages");
    await attachScreenshot(page, testInfo, "preview-document", card);
    await mediaSection(page).getByRole("button", { name: "Remove document", exact: true }).click();

    await mediaSection(page).getByRole("button", { name: "Link", exact: true }).click();
    await page.getByLabel("Link", { exact: true }).fill(siteUrl);
    await page.getByRole("button", { name: "Fetch preview" }).click();
    await expect(page.getByLabel("Card title")).toHaveValue("How we roast: from green bean to cup (part 2)");
    await expect(grid).toHaveAttribute("data-kind", "ARTICLE");
    await expect(grid.locator("img")).toBeVisible();
    await attachScreenshot(page, testInfo, "preview-article", card);
    await attachScreenshot(page, testInfo, "composer-article");

    // A link to a private address is refused beside the field when it is not allowed.
    await page.getByLabel("Link", { exact: true }).fill("http://169.254.169.254/latest/meta-data");
    await page.getByRole("button", { name: "Fetch again" }).click();
    await expect(page.getByTestId("link-editor").getByRole("alert")).toBeVisible();
  } finally {
    site.close();
  }
});
