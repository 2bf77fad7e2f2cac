// Writing a post once for two Pages, with text LinkedIn would truncate if escaped wrongly.
import { connectPages, expect, signUp, test } from "./fixtures";

const text = "Big news (really) [v2] {beta} <soon> @team * _ ~ | \\ ready #launch";

test("compose a post for two Pages and schedule it; the draft survives a reload", async ({
  page,
  account,
}) => {
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee", "Acme Robotics"]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compose" }).click();
  await page.getByRole("button", { name: "Northwind Coffee" }).click();
  await page.getByRole("button", { name: "Acme Robotics" }).click();
  await page.getByLabel("Post text").fill(text);
  await expect(page.getByRole("article", { name: "Preview on Northwind Coffee" })).toContainText(
    "Big news (really) [v2]",
  );
  await expect(
    page.getByRole("article", { name: "Preview on Acme Robotics" }).getByText("#launch"),
  ).toBeVisible();

  // Nothing typed is lost on reload.
  await page.reload();
  await expect(page.getByLabel("Post text")).toHaveValue(text);
  await expect(page.getByRole("button", { name: "Acme Robotics" })).toHaveAttribute("aria-pressed", "true");

  // Scheduling needs a time.
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText("Pick a date and time to schedule.")).toBeVisible();

  const tomorrow = new Date(Date.now() + 86_400_000);
  const wallTime = `${tomorrow.toISOString().slice(0, 10)}T09:30`;
  await page.getByLabel("Date and time").fill(wallTime);
  await page.getByLabel("Time zone").selectOption("UTC");
  await page.getByRole("button", { name: "Schedule" }).click();

  await expect(page).toHaveURL(/\/posts$/);
  const row = page.getByTestId("post-row").first();
  await expect(row).toContainText(text);
  await expect(
    row.getByRole("listitem").filter({ hasText: "Northwind Coffee" }).getByText("Scheduled"),
  ).toBeVisible();
  await expect(
    row.getByRole("listitem").filter({ hasText: "Acme Robotics" }).getByText("Scheduled"),
  ).toBeVisible();

  // The saved draft is cleared once the post is scheduled.
  await page.goto("/compose");
  await expect(page.getByLabel("Post text")).toHaveValue("");
});
