// Settings → API keys in Chromium: a key is shown once, works as a Bearer key until it is
// revoked, and an empty name is refused beside the field.
import { expect, signUp, test } from "./fixtures";

test("create an API key, see it once, revoke it", async ({ page, account }, testInfo) => {
  await signUp(page, account);
  await page.goto("/settings");
  await expect(page.getByText("No API keys yet.")).toBeVisible();

  // Bad input: no name.
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Name the key" })).toBeVisible();
  await expect(page.getByText("No API keys yet.")).toBeVisible();

  await page.getByLabel("New key name").fill("Website CMS");
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByTestId("api-key-secret").locator("code").textContent())!.trim();
  expect(secret).toMatch(/^cad_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("api-key-row").filter({ hasText: "Website CMS" });
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  await expect(row).toContainText("never used");
  await page.screenshot({ path: testInfo.outputPath("api-key-created.png"), fullPage: true });

  // Shown once: after a reload only the prefix is on the page.
  await page.reload();
  await expect(page.getByTestId("api-key-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret.slice(12));

  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);
});
