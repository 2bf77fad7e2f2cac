// Managing posts from the Posts page: duplicate a draft, then delete a copy through the
// confirmation dialog, with the row menu driven by mouse and by keyboard.
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
