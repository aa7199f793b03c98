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

/**
 * Types into the contact list's search box and waits until the list shows the results (the old
 * rows stay on screen while a search loads, so acting at once could hit a row about to move).
 */
export async function searchContacts(page: Page, text: string) {
  await page.getByLabel("Search by name").fill(text);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text.trim()).replace(/%20/g, "(\\+|%20)")}(&|$)`));
  // Settled: no list still showing the previous rows (an empty result shows no list at all).
  await expect(page.locator('ul[aria-label="Contacts"][aria-busy="true"]')).toHaveCount(0);
}
