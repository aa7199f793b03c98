import { expect, test } from "@playwright/test";

test("signs in through the OpenID Connect authorization-code flow and out again", async ({ page }) => {
  await page.goto("/people");
  await expect(page).toHaveURL(/\/signin/);
  // With a provider configured, the local account is off.
  await expect(page.getByRole("button", { name: /local account/i })).toHaveCount(0);
  await page.getByRole("button", { name: "Continue with Test Identity" }).click();

  // The issuer's own pages: log in, then consent.
  await expect(page.getByRole("heading", { name: "Sign-in" })).toBeVisible();
  await page.locator('input[name="login"]').fill("ada");
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Authorize" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();

  // Back in Kith, signed in as the issuer's user, with a session that survives a reload.
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await page.reload();
  await page.getByRole("link", { name: "Settings" }).first().click();
  await expect(page.getByLabel("Your name")).toHaveValue("Ada Example");
  await expect(page.getByText("ada@example.test")).toBeVisible();
  await expect(page.getByText("Single sign-on")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/people");
  await expect(page).toHaveURL(/\/signin/);
});
