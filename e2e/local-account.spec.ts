import { expect, test } from "@playwright/test";

test("loads the sample network, then deletes the account and starts afresh", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue with the local account" }).click();
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).last().click();
  await expect(page.getByRole("heading", { name: "People", exact: true })).toBeVisible();

  // A new local account is offered the sample network, which fills the list.
  await page.getByRole("button", { name: "Load sample network" }).click();
  await expect(page.getByText("Loaded 60 sample contacts.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Contacts" }).getByRole("link")).toHaveCount(50);
  await expect(page.getByRole("button", { name: "Load more" })).toBeVisible();

  await page.goto("/settings");
  const confirm = page.getByRole("button", { name: "Delete my account" });
  await expect(confirm).toBeDisabled();
  await page.getByLabel('Type "delete my account" to confirm').fill("delete my account");
  await confirm.click();

  // Signed out at once.
  await expect(page).toHaveURL(/\/signin\?deleted=1/);
  await expect(page.getByText("Your account is being deleted")).toBeVisible();
  await page.goto("/people");
  await expect(page).toHaveURL(/\/signin/);

  // Once the background deletion finishes, signing in starts an empty account.
  await expect(async () => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Continue with the local account" }).click();
    await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await page.goto("/people");
  await expect(page.getByText("Your people will live here")).toBeVisible();
});
