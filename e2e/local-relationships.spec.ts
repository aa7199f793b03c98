import { expect, test } from "@playwright/test";
import { expectFitsScreen, searchContacts, signInLocally } from "./phone";

// Runs after local-contacts, whose account it shares: that spec leaves it empty, so the sample
// network can be loaded here and used by both tests.
test.describe.configure({ mode: "serial" });

test("logs an interaction from the list in two taps, and the person leaves the due list", async ({ page }) => {
  await signInLocally(page);
  await page.goto("/people");
  await page.getByRole("button", { name: "Load sample network" }).click();
  await expect(page.getByText("Loaded 60 sample contacts.")).toBeVisible({ timeout: 30_000 });

  await page.goto("/today");
  const overdue = page.getByRole("list", { name: /Overdue/ });
  const first = overdue.getByRole("link").first();
  const name = (await first.textContent())?.trim() ?? "";
  expect(name).not.toBe("");
  // The heading counts everyone overdue; the list shows the most pressing of them.
  const overdueHeading = page.getByRole("heading", { name: /^Overdue/ });
  const overdueCount = Number((await overdueHeading.textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(overdueCount).toBeGreaterThan(0);
  await expectFitsScreen(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).last().click();
  await searchContacts(page, name);
  const results = page.getByRole("list", { name: "Contacts" });
  await expect(results.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  await results.getByRole("button", { name: `Log an interaction with ${name}` }).click();
  await page.getByRole("dialog", { name: `Log with ${name}` }).getByRole("button", { name: "Call", exact: true }).click();
  await expect(page.getByText(`Logged a call with ${name}.`)).toBeVisible();
  await expectFitsScreen(page);
  // The toast's Undo still works with the sheet gone; then log it for good.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Interaction removed.")).toBeVisible();
  await results.getByRole("button", { name: `Log an interaction with ${name}` }).click();
  await page.getByRole("dialog", { name: `Log with ${name}` }).getByRole("button", { name: "Call", exact: true }).click();
  await expect(page.getByText(`Logged a call with ${name}.`)).toBeVisible();
  // The full form loads when asked for, with the person already in it.
  await results.getByRole("button", { name: `Log an interaction with ${name}` }).click();
  const sheet = page.getByRole("dialog", { name: `Log with ${name}` });
  await sheet.getByRole("button", { name: "Add details…" }).click();
  await expect(sheet.getByLabel("Notes")).toBeVisible();
  await expect(sheet.getByRole("list", { name: "People in this interaction" })).toContainText(name);
  await sheet.getByRole("button", { name: "Cancel" }).click();
  await expect(sheet).toBeHidden();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).last().click();
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await expect(overdueHeading).toContainText(`(${overdueCount - 1})`);
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);

  // The contact page shows the call, and the clock restarted from it.
  await page.goto("/people");
  await searchContacts(page, name);
  await results.getByRole("link", { name: new RegExp(name) }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText(/Last interaction/).locator("..")).toContainText("today");
  await expectFitsScreen(page);
});

test("the list asks for a person's page ahead only when someone reaches for it", async ({ page }) => {
  await signInLocally(page);
  const asked: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/people\/[0-9a-f-]{36}$/.test(pathname)) asked.push(pathname);
  });
  await page.goto("/people");
  const rows = page.getByRole("list", { name: "Contacts" }).getByRole("link");
  await expect(rows).toHaveCount(50);
  // A phone showing a screenful of people fetches none of their pages.
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);

  const first = rows.first();
  const name = (await first.locator("span.font-medium").textContent()) ?? "";
  await first.focus();
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  expect(new Set(asked).size).toBe(1);
  await first.click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
});

test("marks a company as a target and sees who works there, strongest ties first", async ({ page }) => {
  await signInLocally(page);
  await page.goto("/people/companies");
  const targets = page.getByRole("list", { name: "Target companies" });
  await expect(targets.getByText("Cobalt Harbour")).toHaveCount(0);

  await page.getByRole("link", { name: /Cobalt Harbour/ }).first().click();
  await expect(page.getByRole("heading", { name: "Cobalt Harbour", level: 1 })).toBeVisible();
  await page.getByRole("radiogroup", { name: "Target" }).getByText("Want to collaborate with").click();
  await expect(page.getByRole("radio", { name: "Want to collaborate with" })).toBeChecked();
  await expectFitsScreen(page);

  await page.getByRole("link", { name: "Companies" }).first().click();
  const card = targets.getByRole("listitem").filter({ hasText: "Cobalt Harbour" });
  await expect(card).toContainText("Want to collaborate with");
  for (const person of ["Duarte Ferreira", "Inês Costa", "Pedro Almeida"]) await expect(card.getByRole("link", { name: new RegExp(person) })).toBeVisible();
  const strengths = await card.getByRole("img", { name: /Tie strength/ }).evaluateAll((badges) => badges.map((badge) => Number(badge.textContent)));
  expect(strengths.length).toBe(3);
  expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  await expectFitsScreen(page);
});

test("tags several people at once from the list", async ({ page }) => {
  await signInLocally(page);
  await page.goto("/people");
  await page.getByRole("button", { name: "Select", exact: true }).click();
  await page.getByLabel("Select Aisha Begum").check();
  await page.getByLabel("Select Amina Yusuf").check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await expectFitsScreen(page);

  await page.getByRole("button", { name: "Tag…" }).click();
  const sheet = page.getByRole("dialog", { name: "Tag 2 people" });
  await sheet.getByLabel("Find or create a tag").fill("book club");
  await sheet.getByRole("button", { name: "Create tag “book club”" }).click();
  await expect(page.getByText("Tagged 2 people “book club”.")).toBeVisible();

  // Each row now carries the tag, and the tag filter finds exactly those two.
  const results = page.getByRole("list", { name: "Contacts" });
  await page.getByRole("region", { name: "Selection" }).getByRole("button", { name: "Cancel" }).click();
  await expect(results.getByRole("link", { name: /Aisha Begum/ })).toContainText("book club");
  await expect(results.getByRole("link", { name: /Amina Yusuf/ })).toContainText("book club");
  await page.goto("/people/tags");
  await page.getByRole("link", { name: /book club/ }).first().click();
  await expect(results.getByRole("link")).toHaveCount(2);
});
