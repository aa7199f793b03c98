import { expect, type Page, test } from "@playwright/test";

test.describe.configure({ mode: "serial" });
import { expectFitsScreen, searchContacts, signInLocally } from "./phone";

// Runs after local-relationships, whose sample network (circles and all) it uses. The linked
// profiles are the fake servers of e2e/fake-sources on 127.0.0.1:4400.
const FAKE_SOURCES = "http://127.0.0.1:4400";

async function linkProfile(page: Page, kind: "Mastodon" | "Feed", value: string) {
  await page.getByRole("link", { name: "Elsewhere" }).click();
  const elsewhere = page.getByRole("region", { name: /Elsewhere/ });
  await elsewhere.getByRole("button", { name: "Link a profile" }).first().click();
  const sheet = page.getByRole("dialog");
  await sheet.getByText(kind, { exact: true }).click();
  await sheet.getByRole("textbox").fill(value);
  await sheet.getByRole("button", { name: "Link", exact: true }).click();
  await expect(elsewhere.getByRole("list", { name: "Linked profiles" }).getByText("Up to date")).toBeVisible({ timeout: 20_000 });
}

test("reads the feed on a phone: filters by circle, marks all read, and 'I replied' lands on the contact", async ({ page }) => {
  await signInLocally(page);

  // A member of the first circle gets a blog feed; someone outside it a Mastodon account.
  await page.goto("/people/circles");
  const circleLink = page.getByRole("list", { name: "Circles" }).getByRole("link").first();
  const circleName = (await circleLink.locator("span.font-semibold").textContent())?.trim() ?? "";
  await circleLink.click();
  const member = page.getByRole("list", { name: "Members" }).getByRole("link").first();
  const memberName = (await member.locator("span.font-medium").textContent())?.trim() ?? "";
  expect(memberName).not.toBe("");
  await member.click();
  await expect(page.getByRole("heading", { name: memberName, level: 1 })).toBeVisible();
  const memberUrl = page.url();
  await linkProfile(page, "Feed", `${FAKE_SOURCES}/feeds/zoe.rss`);

  await page.goto("/people/new");
  await page.getByLabel("Display name").fill("Ana Outside");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { name: "Ana Outside", level: 1 })).toBeVisible();
  await linkProfile(page, "Mastodon", "@ana@127.0.0.1:4400");

  // The feed has both people's posts, unread, and says so in the navigation.
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: /^Feed, \d+ unread$/ }).last()).toBeVisible();
  await nav.getByRole("link", { name: /^Feed/ }).last().click();
  await expect(page.getByRole("heading", { name: "Feed", exact: true })).toBeVisible();
  const feed = page.getByRole("list", { name: "Feed" });
  await expect(feed.getByRole("link", { name: memberName }).first()).toBeVisible();
  await expect(feed.getByRole("link", { name: "Ana Outside" }).first()).toBeVisible();
  await expectFitsScreen(page);

  // Filter by the circle: only the member's posts, and the filter is in the address.
  await page.getByRole("button", { name: /^Filters/ }).click();
  const filters = page.getByRole("dialog", { name: "Filter the feed" });
  await filters.getByLabel("Circle").selectOption({ label: circleName });
  await filters.getByRole("button", { name: "Done" }).click();
  await expect(page).toHaveURL(/[?&]circle=/);
  await expect(page.locator('ul[aria-label="Feed"][aria-busy="true"]')).toHaveCount(0);
  await expect(feed.getByRole("link", { name: "Ana Outside" })).toHaveCount(0);
  await expect(feed.getByRole("link", { name: memberName }).first()).toBeVisible();
  await expectFitsScreen(page);

  // Mark everything read; Undo is offered.
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByText(/^Marked \d+ as read\.$/)).toBeVisible();
  await expect(feed.getByText("Unread")).toHaveCount(0);

  // "I replied": the first time asks what the relationship is about, then logs it.
  await feed.getByRole("button", { name: "I replied" }).first().click();
  await page.getByRole("dialog", { name: "What is this relationship about?" }).getByRole("button", { name: "Friendship" }).click();
  await expect(page.getByText(`Logged a reply to ${memberName}.`)).toBeVisible();
  await expect(feed.getByText("Replied").first()).toBeVisible();

  // The contact's page shows the interaction, and the keep-in-touch clock restarted today.
  await page.goto(memberUrl);
  await expect(page.getByRole("heading", { name: memberName, level: 1 })).toBeVisible();
  await expect(page.getByText(/Last interaction/).locator("..")).toContainText("today");
  await expectFitsScreen(page);
});

test("announces posts that arrive while the feed is open, and undoes a note and a mute", async ({ page }) => {
  // The feed checks for news every minute: the page's clock is moved on instead of waiting for it.
  await page.clock.install();
  await signInLocally(page);
  await page.goto("/feed");
  const feed = page.getByRole("list", { name: "Feed" });
  await expect(feed.getByRole("listitem").first()).toBeVisible();
  await expect(feed.getByRole("link", { name: "Jun Park" })).toHaveCount(0);

  // Someone's microblog is linked in another tab while this one reads.
  const other = await page.context().newPage();
  await other.goto("/people/new");
  await other.getByLabel("Display name").fill("Jun Park");
  await other.getByRole("button", { name: "Add contact" }).click();
  await expect(other.getByRole("heading", { name: "Jun Park", level: 1 })).toBeVisible();
  await linkProfile(other, "Feed", `${FAKE_SOURCES}/feeds/jun.json`);
  await other.close();

  // A minute later the feed says so, and nothing moves until the user asks for it.
  await page.bringToFront();
  await page.clock.fastForward(61_000);
  const notice = page.getByRole("button", { name: /^\d+ new posts?$/ });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(feed.getByRole("link", { name: "Jun Park" })).toHaveCount(0);
  await notice.click();
  await expect(feed.getByRole("link", { name: "Jun Park" }).first()).toBeVisible();
  await expectFitsScreen(page);

  // A note from a post, then undone.
  const junPost = feed.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Jun Park" }) }).first();
  await junPost.getByRole("button", { name: /^More/ }).click();
  await page.getByRole("dialog", { name: "Post by Jun Park" }).getByRole("button", { name: "Add note" }).click();
  const noteSheet = page.getByRole("dialog", { name: "Note about Jun Park" });
  await noteSheet.getByLabel("Note about Jun Park").fill("Reads in the rain");
  await noteSheet.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Saved a note about Jun Park.")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Note removed.")).toBeVisible();

  // Muting the source takes its posts out of the feed; Undo brings them back.
  await junPost.getByRole("button", { name: /^More/ }).click();
  await page.getByRole("dialog", { name: "Post by Jun Park" }).getByRole("button", { name: /^Mute / }).click();
  await expect(page.getByText(/^Muted .+ in your feed\.$/)).toBeVisible();
  await expect(feed.getByRole("link", { name: "Jun Park" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(feed.getByRole("link", { name: "Jun Park" }).first()).toBeVisible();

  // The undone note is not on their page.
  await page.goto("/people");
  await searchContacts(page, "Jun Park");
  await page.getByRole("list", { name: "Contacts" }).getByRole("link", { name: /Jun Park/ }).click();
  await expect(page.getByRole("heading", { name: "Jun Park", level: 1 })).toBeVisible();
  await expect(page.getByText("Reads in the rain")).toHaveCount(0);
});
