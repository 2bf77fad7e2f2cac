// The API reference at /docs/api in Chromium, without signing in: the operations, the request
// fields, the problem-type anchors the API's error answers link to, and the downloadable document.
import { expect, test } from "./fixtures";

test("the API reference is public and complete", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page).toHaveURL(/\/docs\/api$/); // no redirect to sign-in
  await expect(page.getByRole("heading", { level: 1, name: "Cadence API" })).toBeVisible();

  // The createPost operation, with its method, path and the request field scheduled_at.
  const createPost = page.locator("section#createPost");
  await expect(createPost.getByRole("heading", { name: "Publish, schedule or draft a post" })).toBeVisible();
  await expect(createPost.getByText("/posts", { exact: true })).toBeVisible();
  const scheduledAt = createPost.locator('tr[data-field="scheduled_at"]');
  await expect(scheduledAt).toContainText("scheduled_at");
  await expect(scheduledAt).toContainText("string (date-time)");
  await expect(createPost.locator("figure", { hasText: "curl" }).locator("pre")).toContainText(
    '"body": "We just shipped…"',
  );

  // The sidebar leads to it.
  const nav = page.getByRole("navigation", { name: "API reference", exact: true });
  await nav.getByRole("link", { name: "POST /posts", exact: true }).click();
  await expect(page).toHaveURL(/#createPost$/);

  // The anchor a 422's `type` points at.
  await page.goto("/docs/api#problem-validation-failed");
  const problem = page.locator("#problem-validation-failed");
  await expect(problem).toBeInViewport();
  await expect(problem).toContainText("422");
  await expect(problem).toContainText("The request has invalid fields");

  // Copying an example says so.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await createPost.getByRole("button", { name: /Copy curl example/ }).click();
  await expect(page.getByText("Copied", { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("curl -X POST");

  // The document itself.
  const download = page.getByRole("link", { name: "Download openapi.json" });
  const href = await download.getAttribute("href");
  expect(href).toBe("/api/v1/openapi.json");
  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect((await response.json()).openapi).toBe("3.1.0");

  await page.goto("/docs/api");
  await page.screenshot({ path: "test-results/api-docs.png", fullPage: true });
});
