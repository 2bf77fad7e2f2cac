// What is scheduled goes out: a post scheduled for the next minute turns published on the calendar
// and opens on the sandbox's feed; a post LinkedIn refuses shows why, and "Retry failed" publishes it.
// The tests in this file publish for real and one of them injects a sandbox fault, so they run one
// after the other (other spec files only schedule for tomorrow or save drafts).
import { connectPages, expect, sandboxUrl, signUp, test } from "./fixtures";

test.describe.configure({ mode: "serial" });


/** The next minute that is at least 25 s away, as the composer's datetime-local value (UTC). */
function nextMinute(): string {
  const at = new Date(Date.now() + 25_000);
  at.setUTCSeconds(0, 0);
  at.setUTCMinutes(at.getUTCMinutes() + 1);
  return at.toISOString().slice(0, 16);
}

test("a scheduled post turns published on the calendar and opens on LinkedIn", async ({ page, account }) => {
  test.setTimeout(180_000);
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee"]);
  await page.goto("/compose");
  const text = `Doors open at 8 (sharp) — [roastery tour] ${account.email}`;
  await page.getByLabel("Post text").fill(text);
  await page.getByLabel("Date and time").fill(nextMinute());
  await page.getByLabel("Time zone").selectOption("UTC");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page).toHaveURL(/\/posts$/);

  await page.goto("/calendar");
  await page.getByRole("button", { name: "List", exact: true }).click();
  const event = page.locator(".cad-event").filter({ hasText: "Doors open at 8" });
  await expect(event).toHaveClass(/cad-tone-scheduled/);
  // Published within a couple of seconds of its time; the calendar refreshes itself.
  await expect(event).toHaveClass(/cad-tone-published/, { timeout: 120_000 });

  await event.click();
  const detail = page.getByTestId("post-detail");
  const open = detail.getByRole("link", { name: /Open on LinkedIn/ });
  await expect(open).toHaveAttribute("href", new RegExp(`^${sandboxUrl}/feed/update/`));
  await page.goto((await open.getAttribute("href"))!);
  await expect(page.getByText("Doors open at 8 (sharp) — [roastery tour]")).toBeVisible();
});

test("a post LinkedIn refuses shows the reason, and retry publishes it", async ({ page, account }) => {
  test.setTimeout(180_000);
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee", "Acme Robotics"]);

  // LinkedIn refuses the next create once, as it would a post it does not accept.
  const fault = await page.request.post(`${sandboxUrl}/_sandbox/faults`, {
    data: {
      method: "POST",
      path: "^/rest/posts$",
      status: 400,
      times: 1,
      body: { status: 400, code: "PARAM_INVALID", message: "The link in the commentary is on a blocklist." },
    },
  });
  expect(fault.ok()).toBe(true);

  await page.goto("/compose");
  await page.getByRole("group", { name: "Publish to" }).getByRole("button", { name: "Northwind Coffee" }).click();
  await page.getByLabel("Post text").fill("Tasting notes: cherry, cocoa {and} a hint of #jasmine");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page).toHaveURL(/\/posts$/);

  const row = page.getByTestId("post-row").filter({ hasText: "Tasting notes" });
  const problem = row.getByTestId("target-problem");
  await expect(problem).toContainText("on a blocklist", { timeout: 60_000 });
  await expect(problem).toContainText("LinkedIn refused the post's content");

  await row.getByRole("button", { name: "Retry failed" }).click();
  await expect(row.getByText("Published")).toBeVisible({ timeout: 60_000 });
  await expect(row.getByRole("link", { name: /Open on LinkedIn/ })).toBeVisible();
});
