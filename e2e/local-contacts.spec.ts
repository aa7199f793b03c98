import { expect, test } from "@playwright/test";
import { expectFitsScreen, searchContacts, signInLocally } from "./phone";

test("creates, finds, edits and deletes a contact on a phone", async ({ page }) => {
  await signInLocally(page);
  await page.goto("/people");
  await page.getByRole("link", { name: /Add contact|Add your first contact/ }).first().click();

  // Validation shows beside the field and nothing is saved.
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByText("Enter a name.")).toBeVisible();
  await page.getByRole("button", { name: "+ Add email" }).click();
  await page.getByLabel("Email 1", { exact: true }).fill("not-an-email");
  await page.getByRole("button", { name: "+ Add phone" }).click();
  await page.getByRole("button", { name: "+ Add link" }).click();
  await expectFitsScreen(page);
  await page.getByLabel("Display name").fill("Zora Neale");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();

  await page.getByLabel("Email 1", { exact: true }).fill("zora@example.org");
  await page.getByLabel("Phone 1", { exact: true }).fill("+44 7700 900123");
  await page.getByLabel("Link 1", { exact: true }).fill("https://example.org/zora");
  await page.getByLabel("Company").fill("Barnard Press");
  await page.getByLabel("Notes").fill("Loves **folklore**. <script>window.hacked = true</script> [bad](javascript:alert(1))");
  await page.getByRole("button", { name: "Add contact" }).click();

  await expect(page.getByRole("heading", { name: "Zora Neale" })).toBeVisible();
  await expect(page.getByRole("link", { name: "zora@example.org" })).toHaveAttribute("href", "mailto:zora@example.org");
  // Markdown is rendered, raw HTML and script links are not.
  await expect(page.locator("strong", { hasText: "folklore" })).toBeVisible();
  await expectFitsScreen(page);
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
  await expect(page.getByRole("link", { name: "bad" })).not.toHaveAttribute("href", /javascript/);

  // Find it by search from the list.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).last().click();
  await searchContacts(page, "zor");
  const results = page.getByRole("list", { name: "Contacts" });
  await expect(results.getByRole("link")).toHaveCount(1);
  await expectFitsScreen(page);
  await results.getByRole("link", { name: /Zora Neale/ }).click();

  // Edit it.
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Title").fill("Editor");
  await page.getByLabel("Birthday month").selectOption("January");
  await page.getByLabel("Birthday day").selectOption("7");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("main header").getByText("Editor at Barnard Press")).toBeVisible();
  // The form's company and title become the current job in the work history.
  await expect(page.getByRole("list", { name: "Jobs" })).toContainText("Editor at Barnard Press");
  await expect(page.getByText("7 January")).toBeVisible();

  // Delete it, after confirming.
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Zora Neale?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete for good" }).click();
  await expect(page).toHaveURL(/\/people$/);
  await searchContacts(page, "zora");
  await expect(page.getByText("No one matches “zora”")).toBeVisible();
});
