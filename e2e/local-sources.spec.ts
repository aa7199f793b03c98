import { expect, test } from "@playwright/test";
import { expectFitsScreen, signInLocally } from "./phone";

// The fake Mastodon server and blog feed of e2e/fake-sources, which the e2e Kith servers may reach.
const FAKE_SOURCES = "http://127.0.0.1:4400";

test("links a Mastodon account and a blog feed to a contact, syncs them, and shows the profile suggestion and the posts", async ({ page }) => {
  await signInLocally(page);
  await page.goto("/people/new");
  await page.getByLabel("Display name").fill("Ana Lima");
  await page.getByRole("combobox", { name: "Location" }).fill("Porto");
  await page.getByRole("listbox", { name: "Location suggestions" }).getByRole("option", { name: /Porto/ }).first().click();
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { name: "Ana Lima", level: 1 })).toBeVisible();

  const profiles = page.getByRole("region", { name: /Elsewhere/ });
  await page.getByRole("link", { name: "Elsewhere" }).click();
  await expect(profiles.getByText(/Link their Mastodon, Bluesky, GitHub/)).toBeVisible();

  // A typo gets a message that says what to type; nothing is linked.
  await profiles.getByRole("button", { name: "Link a profile" }).first().click();
  const sheet = page.getByRole("dialog");
  await sheet.getByText("Mastodon", { exact: true }).click();
  await expect(sheet.getByRole("radio", { name: "Mastodon" })).toBeChecked();
  await sheet.getByLabel("Mastodon account").fill("ana at example");
  await sheet.getByRole("button", { name: "Link", exact: true }).click();
  await expect(sheet.getByText(/Type a Mastodon handle like @ana@example.social/)).toBeVisible();
  await expectFitsScreen(page);

  await sheet.getByLabel("Mastodon account").fill("@ana@127.0.0.1:4400");
  await sheet.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByText("Linked. Syncing…")).toBeVisible();
  const linked = profiles.getByRole("list", { name: "Linked profiles" });
  await expect(linked.getByText("Up to date")).toBeVisible({ timeout: 20_000 });

  await profiles.getByRole("button", { name: "Link a profile" }).first().click();
  await sheet.getByText("Feed", { exact: true }).click();
  await expect(sheet.getByRole("radio", { name: "Feed" })).toBeChecked();
  await sheet.getByRole("textbox", { name: /^Feed/ }).fill(`${FAKE_SOURCES}/feeds/ana.atom`);
  await sheet.getByRole("button", { name: "Link", exact: true }).click();
  await expect(linked.getByRole("listitem")).toHaveCount(2);
  await expect(linked.getByText("Up to date")).toHaveCount(2, { timeout: 20_000 });

  // The location the user chose stays; the Mastodon profile's is offered beside it.
  await expect(page.getByText(/Porto/).first()).toBeVisible();
  const differs = profiles.getByRole("list", { name: "Different on their profiles" });
  await expect(differs.getByText("Lisbon, Portugal")).toBeVisible();
  await expectFitsScreen(page);

  // Posts from both sources, newest first, with the feed's script and handlers gone.
  const posts = page.getByRole("list", { name: "Recent posts" });
  await expect(posts.locator(":scope > li")).toHaveCount(6);
  await expect(posts.getByText(/Tram 28 on a hill/)).toBeVisible();
  expect(await posts.locator("script, [onclick], [onerror]").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();

  await differs.getByRole("button", { name: "Use this location" }).click();
  await expect(page.getByRole("heading", { name: "Ana Lima", level: 1 }).locator("..")).toContainText("Lisbon, Portugal");
  await expect(differs.getByText("Lisbon, Portugal")).toHaveCount(0);
  await expectFitsScreen(page);
});
