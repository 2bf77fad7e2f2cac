// Managing posts from the Posts page: duplicate a draft, then delete a copy through the
// confirmation dialog, with the row menu driven by mouse and by keyboard; filter by state and
// channel through the URL, and cancel a scheduled post. (Publishing, failing and retrying against
// the sandbox are the publishing engine's end-to-end test.)
import { connectPages, expect, signUp, test } from "./fixtures";

test("duplicate a draft, then delete one copy through the confirmation dialog", async ({ page, account }) => {
  const text = `Quarterly update (draft) ${account.name}`;
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee", "Acme Robotics"]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compose" }).click();
  await page.getByRole("button", { name: "Northwind Coffee" }).click();
  await page.getByLabel("Post text").fill(text);
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page).toHaveURL(/\/posts$/);
  const rows = page.getByTestId("post-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(text);

  // Duplicate with the mouse.
  await rows.first().getByRole("button", { name: "Post actions" }).click();
  await expect(page.getByRole("menuitem", { name: "Edit" })).toHaveAttribute(
    "href",
    /\/compose\?post=[A-Za-z0-9_-]+$/,
  );
  await page.getByRole("menuitem", { name: "Duplicate" }).click();
  await expect(page.getByText("Duplicated as a draft.")).toBeVisible();
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) {
    await expect(row).toContainText(text);
    await expect(
      row.getByRole("listitem").filter({ hasText: "Northwind Coffee" }).getByText("Draft"),
    ).toBeVisible();
  }

  // Open the menu and the dialog with the keyboard; Escape backs out without deleting anything.
  const menuButton = rows.first().getByRole("button", { name: "Post actions" });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Edit" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("menuitem", { name: "Delete" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(menuButton).toBeFocused();

  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Delete this post?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("stay in your media library");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(menuButton).toBeFocused();
  await expect(rows).toHaveCount(2);

  // Delete for real.
  await menuButton.click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete post" }).click();
  await expect(page.getByText("Post deleted.")).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(text);

  // The server agrees, after a reload too.
  const listed = (await (await page.request.get("/api/posts")).json()) as { id: string }[];
  expect(listed).toHaveLength(1);
  await page.reload();
  await expect(rows).toHaveCount(1);
});

test("filter posts by state and channel, then cancel a scheduled post back into a draft", async ({
  page,
  account,
}) => {
  const text = `Launch next week ${account.name}`;
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee", "Acme Robotics"]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compose" }).click();
  await page.getByRole("button", { name: "Northwind Coffee" }).click();
  await page.getByLabel("Post text").fill(text);
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Date and time").fill(`${nextWeek}T09:30`);
  await page.getByLabel("Time zone").selectOption("UTC");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page).toHaveURL(/\/posts$/);
  const rows = page.getByTestId("post-row");
  await expect(rows).toHaveCount(1);

  // The state filters are links: keyboard-reachable, and each view has its own address.
  const filters = page.getByRole("navigation", { name: "Filter posts by state" });
  await expect(filters.getByRole("link", { name: "All" })).toHaveAttribute("aria-current", "page");
  await filters.getByRole("link", { name: "Needs attention" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/posts\?state=needs-attention$/);
  await expect(page.getByText("No posts need attention.")).toBeVisible();
  await expect(rows).toHaveCount(0);

  await filters.getByRole("link", { name: "Scheduled" }).click();
  await expect(page).toHaveURL(/\?state=scheduled$/);
  await expect(rows).toHaveCount(1);

  // The channel filter keeps the state filter, and survives a reload.
  const channel = page.getByLabel("Channel", { exact: true });
  await channel.selectOption({ label: "Acme Robotics" });
  await expect(page).toHaveURL(/\?state=scheduled&channel=[A-Za-z0-9_-]+$/);
  await expect(page.getByText("No posts are scheduled on Acme Robotics.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("No posts are scheduled on Acme Robotics.")).toBeVisible();
  await channel.selectOption({ label: "Northwind Coffee" });
  await expect(rows).toHaveCount(1);

  // Cancel, confirmed in a dialog; "Keep it" backs out first.
  await rows.first().getByRole("button", { name: "Post actions" }).click();
  await page.getByRole("menuitem", { name: "Cancel" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Cancel this post?" });
  await expect(dialog).toContainText("It will not be published to Northwind Coffee.");
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(dialog).toBeHidden();
  await rows.first().getByRole("button", { name: "Post actions" }).click();
  await page.getByRole("menuitem", { name: "Cancel" }).click();
  await dialog.getByRole("button", { name: "Cancel post" }).click();
  await expect(page.getByText("Cancelled. The post is a draft again.")).toBeVisible();
  await expect(page.getByText("No posts are scheduled on Northwind Coffee.")).toBeVisible();

  await filters.getByRole("link", { name: "Drafts" }).click();
  await expect(rows).toHaveCount(1);
  await expect(
    rows.first().getByRole("listitem").filter({ hasText: "Northwind Coffee" }).getByText("Cancelled"),
  ).toBeVisible();

  // The server agrees.
  const listed = (await (await page.request.get("/api/posts?state=scheduled")).json()) as unknown[];
  expect(listed).toHaveLength(0);
  const drafts = (await (await page.request.get("/api/posts?state=drafts")).json()) as {
    status: string;
    targets: { state: string }[];
  }[];
  expect(drafts.map((post) => [post.status, post.targets.map((t) => t.state)])).toEqual([
    ["DRAFT", ["CANCELLED"]],
  ]);
  expect((await page.request.get("/api/posts?state=nonsense")).status()).toBe(400);
});
