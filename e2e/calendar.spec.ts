// The Calendar: a post scheduled in the composer shows on its day, moves to the next day by drag
// and drop (same time of day, confirmed by the server) and comes back with Undo; it shows in the
// week and list views too, opens its details from the keyboard, and the month view is screenshot.
import type { Page } from "@playwright/test";
import { zonedWallTimeToUtc } from "../lib/utils/zoned-time";
import { connectPages, expect, signUp, test } from "./fixtures";

const ZONE = "Europe/Berlin";
test.use({ timezoneId: ZONE });

/** The date `days` from today as a clock in ZONE shows it: "YYYY-MM-DD". */
function dateIn(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
  const [year, month, day] = today.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

type PostJson = { id: string; scheduledAt: string | null; body: { type: string; text?: string }[] };

async function compose(
  page: Page,
  options: {
    text: string;
    channels: string[];
    wallTime?: string;
    intent?: "Schedule" | "Save draft" | "Publish now";
  },
): Promise<string> {
  await page.goto("/compose");
  for (const name of options.channels)
    await page.getByRole("group", { name: "Publish to" }).getByRole("button", { name }).click();
  await page.getByLabel("Post text").fill(options.text);
  if (options.wallTime) {
    await page.getByLabel("Date and time").fill(options.wallTime);
    await page.getByLabel("Time zone").selectOption(ZONE);
  }
  await page.getByRole("button", { name: options.intent ?? "Schedule" }).click();
  await expect(page).toHaveURL(/\/posts$/);
  const posts = (await (await page.request.get("/api/posts")).json()) as PostJson[];
  const post = posts.find((item) => item.body.some((run) => run.text?.includes(options.text)));
  expect(post, `post "${options.text}" is listed`).toBeDefined();
  return post!.id;
}

async function scheduledAt(page: Page, postId: string): Promise<string> {
  const response = await page.request.get(`/api/posts/${postId}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { scheduledAt: string }).scheduledAt;
}

test("drag a scheduled post to the next day, undo it, and find it in every view", async ({
  page,
  account,
}) => {
  const text = `Roastery open day ${account.name}`;
  const tomorrow = dateIn(1);
  const dayAfter = dateIn(2);
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee", "Acme Robotics"]);
  const postId = await compose(page, {
    text,
    channels: ["Northwind Coffee", "Acme Robotics"],
    wallTime: `${tomorrow}T09:30`,
  });
  const original = zonedWallTimeToUtc(`${tomorrow}T09:30`, ZONE).toISOString();
  expect(await scheduledAt(page, postId)).toBe(original);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByTestId("calendar-time-zone")).toHaveText(`Times in ${ZONE}`);
  await expect(page.getByRole("button", { name: "Month", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const event = page.locator(`.fc-event[data-post-id="${postId}"]`);
  const tomorrowCell = page.locator(`td.fc-daygrid-day[data-date="${tomorrow}"]`);
  await expect(tomorrowCell.locator(`[data-post-id="${postId}"]`)).toBeVisible();
  await expect(event).toContainText("09:30");
  await expect(event).toContainText("Roastery open day");

  // Drag it onto the next day: same time of day, a day later.
  await event.dragTo(page.locator(`td.fc-daygrid-day[data-date="${dayAfter}"]`));
  const moved = zonedWallTimeToUtc(`${dayAfter}T09:30`, ZONE).toISOString();
  const weekday = new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    timeZone: ZONE,
  }).format(new Date(moved));
  const toast = page
    .locator("[data-sonner-toast]")
    .filter({ hasText: `Moved to ${weekday}, 09:30 (${ZONE})` });
  await expect(toast).toBeVisible();
  await expect.poll(() => scheduledAt(page, postId)).toBe(moved);
  expect(Date.parse(moved) - Date.parse(original)).toBeGreaterThanOrEqual(23 * 3_600_000);
  await expect(
    page.locator(`td.fc-daygrid-day[data-date="${dayAfter}"] [data-post-id="${postId}"]`),
  ).toBeVisible();

  // Undo puts it back where it was.
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText(`Moved back to`)).toBeVisible();
  await expect.poll(() => scheduledAt(page, postId)).toBe(original);
  await expect(tomorrowCell.locator(`[data-post-id="${postId}"]`)).toBeVisible();

  // The day's number opens that day; the week and list views around it show the post as well.
  await tomorrowCell.locator("a.fc-daygrid-day-number").click();
  await expect(page.getByRole("button", { name: "Day", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.locator(`.fc-timegrid-event[data-post-id="${postId}"]`)).toContainText("09:30");
  await page.getByRole("button", { name: "Week", exact: true }).click();
  await expect(page.locator(`.fc-timegrid-event[data-post-id="${postId}"]`)).toContainText(
    "Roastery open day",
  );
  await page.getByRole("button", { name: "List", exact: true }).click();
  await expect(page.locator(`.fc-list-event[data-post-id="${postId}"]`)).toContainText("Roastery open day");

  // Keyboard: the details open with Enter; ←/→ and T move the range while the calendar has focus.
  await page.locator(`.fc-list-event[data-post-id="${postId}"]`).getByRole("button").focus();
  await page.keyboard.press("Enter");
  const details = page.getByRole("dialog");
  await expect(details).toContainText(text);
  await expect(details.getByTestId("post-detail-channel")).toHaveCount(2);
  await expect(details.getByTestId("post-detail-channel").first()).toContainText("Scheduled");
  await expect(details.getByRole("link", { name: "Edit" })).toHaveAttribute(
    "href",
    `/compose?post=${postId}`,
  );
  await page.keyboard.press("Escape");
  await expect(details).toBeHidden();

  const title = page.getByTestId("calendar-title");
  const shown = (await title.textContent()) ?? "";
  await page.getByRole("region", { name: "Calendar" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(title).not.toHaveText(shown);
  await page.keyboard.press("ArrowLeft");
  await expect(title).toHaveText(shown);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("t");
  await expect(page.locator(".fc-list-day.fc-day-today, .fc-list-empty")).not.toHaveCount(0);
  await page.keyboard.press("m");
  await expect(page.getByRole("button", { name: "Month", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.locator(".fc-daygrid-day.fc-day-today")).toBeVisible();
});

test("the month view with several posts, and a published one's details", async ({
  page,
  account,
}, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee", "Acme Robotics"]);
  const posts = [
    { text: "New seasonal blend lands on Friday", channels: ["Northwind Coffee"], day: 1, time: "09:30" },
    {
      text: "We're hiring two robotics engineers in Lisbon",
      channels: ["Acme Robotics", "Northwind Coffee"],
      day: 2,
      time: "14:00",
    },
    { text: "Behind the scenes at the roastery", channels: ["Northwind Coffee"], day: 2, time: "08:15" },
    {
      text: "Quarterly results, with thanks to our customers",
      channels: ["Acme Robotics"],
      day: 4,
      time: "11:00",
    },
    {
      text: "Customer story with Globex (draft)",
      channels: ["Acme Robotics"],
      day: 6,
      time: "10:00",
      intent: "Save draft" as const,
    },
  ];
  for (const post of posts)
    await compose(page, { ...post, wallTime: `${dateIn(post.day)}T${post.time}`, intent: post.intent });
  // One goes out now: the worker publishes it to the sandbox.
  const liveText = "Our new roastery is open";
  const liveId = await compose(page, {
    text: liveText,
    channels: ["Northwind Coffee"],
    intent: "Publish now",
  });
  await expect
    .poll(
      async () =>
        ((await (await page.request.get(`/api/posts/${liveId}`)).json()) as { targets: { state: string }[] })
          .targets[0]?.state,
      { timeout: 60_000 },
    )
    .toBe("PUBLISHED");

  await page.goto("/calendar");
  for (const post of posts) {
    // Near a month's end a post may fall after the grid's last week: only look where its day shows.
    const cell = page.locator(`td.fc-daygrid-day[data-date="${dateIn(post.day)}"]`);
    if ((await cell.count()) === 0) continue;
    await expect(cell.locator(".fc-event", { hasText: post.text.slice(0, 20) })).toBeVisible();
  }
  const live = page.locator(`.fc-event[data-post-id="${liveId}"]`);
  await expect(live).toHaveClass(/cad-tone-published/);
  await expect(page.getByTestId("calendar-empty")).toBeHidden();
  await expect(page.locator(".fc-day-today .fc-daygrid-day-number")).toBeVisible();

  const month = testInfo.outputPath("calendar-month.png");
  await page.screenshot({ path: month, fullPage: true });
  await testInfo.attach("calendar-month", { path: month, contentType: "image/png" });

  // A published post cannot be dragged; its details link to the post on (sandbox) LinkedIn.
  await expect(live).not.toHaveClass(/fc-event-draggable/);
  await live.click();
  const details = page.getByRole("dialog");
  await expect(details).toContainText(liveText);
  await expect(details.getByTestId("post-detail-channel")).toContainText("Published");
  await expect(details.getByRole("link", { name: "Open on LinkedIn" })).toHaveAttribute(
    "href",
    /\/feed\/update\/urn(:|%3A)li(:|%3A)(share|ugcPost)(:|%3A)/,
  );
  const detail = testInfo.outputPath("calendar-detail.png");
  await page.screenshot({ path: detail });
  await testInfo.attach("calendar-detail", { path: detail, contentType: "image/png" });
  await details.getByRole("button", { name: "Close details" }).click();
  await expect(details).toBeHidden();
  await expect(live).toBeFocused();

  await page.getByRole("button", { name: "Week", exact: true }).click();
  await expect(page.locator(".fc-timegrid-now-indicator-line")).toBeVisible();
  const week = testInfo.outputPath("calendar-week.png");
  await page.screenshot({ path: week });
  await testInfo.attach("calendar-week", { path: week, contentType: "image/png" });

  await page.getByRole("button", { name: "List", exact: true }).click();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".fc-list-event").first()).toBeVisible();
  const list = testInfo.outputPath("calendar-list.png");
  await page.screenshot({ path: list });
  await testInfo.attach("calendar-list", { path: list, contentType: "image/png" });

  // A phone opens on the agenda.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("button", { name: "List", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const phone = testInfo.outputPath("calendar-phone.png");
  await page.screenshot({ path: phone });
  await testInfo.attach("calendar-phone", { path: phone, contentType: "image/png" });
});
