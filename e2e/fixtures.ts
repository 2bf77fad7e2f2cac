// Each test gets its own account, so tests run in parallel without seeing each other's data.
import { randomBytes } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

export type TestAccount = { name: string; email: string; password: string; workspaceName: string };

export function newAccount(): TestAccount {
  const id = randomBytes(5).toString("hex");
  return {
    name: `Test User ${id}`,
    email: `user-${id}@example.com`,
    password: `pw-${id}-long-enough`,
    workspaceName: `Workspace ${id}`,
  };
}

export async function signUp(page: Page, account: TestAccount): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Work email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByLabel("Workspace name").fill(account.workspaceName);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/calendar$/);
}

export async function signIn(page: Page, account: Pick<TestAccount, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * Signs out through the account menu. A click made before React hydrated the menu button opens
 * nothing, so it clicks again until the menu shows.
 */
export async function signOut(page: Page): Promise<void> {
  const signOutItem = page.getByRole("menuitem", { name: "Sign out" });
  await expect(async () => {
    if (!(await signOutItem.isVisible())) await page.getByRole("button", { name: "Account menu" }).click();
    await expect(signOutItem).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await signOutItem.click();
}

export const test = base.extend<{ account: TestAccount }>({
  account: async ({}, provide) => {
    await provide(newAccount());
  },
});

export { expect };

/** The sandbox the e2e server starts next to Cadence (playwright.config.ts: port + 10). */
export const sandboxUrl = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 10}`;

/** Connects the sandbox's default member and adds the named Pages as channels. */
export async function connectPages(page: Page, names: string[]): Promise<void> {
  await page.goto("/channels");
  await page.getByRole("link", { name: "Connect LinkedIn" }).first().click();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { name: "Choose what Cadence may post to" })).toBeVisible();
  const add = page.getByRole("button", {
    name: `Add ${names.length} channel${names.length === 1 ? "" : "s"}`,
  });
  // A tick made before React hydrated the list is in the DOM but not in React's state (the button
  // then never counts it): tick again until the button does.
  await expect(async () => {
    for (const name of names) {
      const box = page.getByRole("checkbox", { name, exact: true });
      await box.uncheck();
      await box.check();
    }
    await expect(add).toBeEnabled({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await add.click();
  await expect(page.getByTestId("channel-card")).toHaveCount(names.length);
}
