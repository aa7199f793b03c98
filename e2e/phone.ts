import { expect, type Page } from "@playwright/test";

/**
 * Nothing on the page is wider than the phone's screen. (A phone browser widens its layout
 * viewport to fit wide content, so window.innerWidth would grow with it: compare with the screen.)
 */
export async function expectFitsScreen(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.screen.width);
  expect(overflow, `page ${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

export async function signInLocally(page: Page) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue with the local account" }).click();
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
}
