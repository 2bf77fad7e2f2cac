import { expect, signIn, signOut, signUp, test } from "./fixtures";

test("sign up lands in the dashboard shell of a new workspace", async ({ page, account }) => {
  await signUp(page, account);
  await expect(page.getByTestId("workspace-name")).toHaveText(account.workspaceName);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const item of ["Calendar", "Compose", "Posts", "Analytics", "Channels", "Settings"]) {
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Nothing scheduled yet" })).toBeVisible();

  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(page.getByText(`${account.name} <${account.email}>`)).toBeVisible();
  await expect(page.getByText("Owner")).toBeVisible();
});

test("sign out, then sign in again", async ({ page, account }) => {
  await signUp(page, account);
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto("/calendar");
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, account);
  await expect(page).toHaveURL(/\/calendar$/);
  await expect(page.getByTestId("workspace-name")).toHaveText(account.workspaceName);
});

test("a wrong password shows an error and stays signed out", async ({ page, browser, account }) => {
  await signUp(page, account);
  // A separate browser context: a visitor who never signed in on this browser.
  page = await (await browser.newContext()).newPage();
  await signIn(page, { email: account.email, password: "not-the-password" });
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await page.goto("/calendar");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("invalid sign-ups explain what is wrong and create nothing", async ({ page, browser, account }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like name@company.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);

  // Duplicate email: the server refuses it and the first account keeps its password.
  await signUp(page, account);
  page = await (await browser.newContext()).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Impostor");
  await page.getByLabel("Work email").fill(account.email.toUpperCase());
  await page.getByLabel("Password").fill("a-different-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);

  await signIn(page, { email: account.email, password: "a-different-password" });
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await signIn(page, account);
  await expect(page).toHaveURL(/\/calendar$/);
  await expect(page.getByTestId("workspace-name")).toHaveText(account.workspaceName);
});

test("dashboard pages send signed-out visitors to sign in", async ({ page }) => {
  for (const path of ["/", "/calendar", "/compose", "/posts", "/analytics", "/channels", "/settings"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }
});

test("health reports the embedded mode with every check green", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    mode: "embedded",
    checks: {
      database: { ok: true },
      migrations: { ok: true, pending: [] },
      queue: { ok: true },
      worker: { ok: true },
    },
  });
  expect(body.checks.worker.workers[0].mode).toBe("embedded");
});

test("sign in with LinkedIn (OpenID Connect against the sandbox) creates an account on first use", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with LinkedIn" }).click();
  await expect(page).toHaveURL(/\/oauth\/v2\/authorization/);
  await page.getByRole("radio", { name: "Priya Shah" }).check();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page).toHaveURL(/\/calendar$/);
  await expect(page.getByTestId("workspace-name")).toHaveText("Priya's workspace");

  // Signing in again finds the same account instead of creating another.
  await signOut(page);
  await page.getByRole("button", { name: "Sign in with LinkedIn" }).click();
  // LinkedIn skips the consent screen for a grant it already has.
  await page.waitForURL(/\/oauth\/v2\/authorization|\/calendar$/);
  if (page.url().includes("/oauth/v2/authorization")) {
    await page.getByRole("radio", { name: "Priya Shah" }).check();
    await page.getByRole("button", { name: "Allow" }).click();
  }
  await expect(page).toHaveURL(/\/calendar$/);
  await expect(page.getByTestId("workspace-name")).toHaveText("Priya's workspace");
});
