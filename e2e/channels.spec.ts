// Connecting LinkedIn in a real browser against the sandbox: consent, picking Pages, the
// problems a person can run into.
import { expect, signUp, test } from "./fixtures";

test("connect LinkedIn, pick two Pages, see them as healthy channels", async ({ page, account }) => {
  await signUp(page, account);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Channels" }).click();
  await expect(page.getByRole("heading", { name: "No channels connected" })).toBeVisible();
  await page.getByRole("link", { name: "Connect LinkedIn" }).click();

  // The sandbox's consent page stands in for LinkedIn's.
  await expect(page).toHaveURL(/\/oauth\/v2\/authorization/);
  await page.getByRole("radio", { name: "Alex Morgan" }).check();
  await page.getByRole("button", { name: "Allow" }).click();

  await expect(page.getByRole("heading", { name: "Choose what Cadence may post to" })).toBeVisible();
  const northwind = page.getByRole("checkbox", { name: "Northwind Coffee", exact: true });
  const acme = page.getByRole("checkbox", { name: "Acme Robotics", exact: true });
  const analyst = page.getByRole("checkbox", { name: "Lumen Analytics", exact: true });
  await expect(analyst).toBeDisabled();
  await expect(page.getByText(/Analysts can only view analytics/)).toBeVisible();
  await expect(page.getByRole("img", { name: "Northwind Coffee logo" })).toBeVisible();
  expect(
    await page
      .getByRole("img", { name: "Northwind Coffee logo" })
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);

  await northwind.check();
  await acme.check();
  await page.getByRole("button", { name: "Add 2 channels" }).click();

  await expect(page).toHaveURL(/\/channels$/);
  const cards = page.getByTestId("channel-card");
  await expect(cards).toHaveCount(2);
  await expect(page.getByRole("listitem", { name: "Northwind Coffee" }).getByText("Healthy")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Acme Robotics" }).getByText("Healthy")).toBeVisible();

  await page
    .getByRole("listitem", { name: "Northwind Coffee" })
    .getByRole("button", { name: "Test connection" })
    .click();
  await expect(page.getByText("LinkedIn accepted Cadence's access.")).toBeVisible();
});

test("refusing on LinkedIn ends on a page that explains it, with nothing connected", async ({
  page,
  account,
}) => {
  await signUp(page, account);
  await page.goto("/channels");
  await page.getByRole("link", { name: "Connect LinkedIn" }).click();
  await page.getByRole("button", { name: "Refuse" }).click();
  await expect(page.getByRole("heading", { name: "LinkedIn access was not allowed" })).toBeVisible();
  await page.getByRole("link", { name: "Back to channels" }).click();
  await expect(page.getByRole("heading", { name: "No channels connected" })).toBeVisible();
});

test("a forged callback is refused", async ({ page, account }) => {
  await signUp(page, account);
  await page.goto("/api/linkedin/callback?code=AQ-forged&state=not-from-this-session");
  await expect(page.getByRole("heading", { name: "This link didn't come from your session" })).toBeVisible();
  await page.goto("/channels");
  await expect(page.getByRole("heading", { name: "No channels connected" })).toBeVisible();
});
