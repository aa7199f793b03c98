import { expect, test } from "@playwright/test";
import { expectFitsScreen, searchContacts, signInLocally } from "./phone";

// Runs last among the local specs, on the account local-relationships filled with the sample
// network (60 people; everyone in a circle knows the others in it: 95 ties).
test.describe.configure({ mode: "serial" });

test("records who knows whom on a phone, sees the network's density change, and opens a person from the graph", async ({ page }) => {
  await signInLocally(page);
  await page.goto("/network");
  const density = page.getByRole("region", { name: "Density" });
  await expect(density).toContainText("95");
  const before = await density.getByText(/^\d+%$/).first().textContent();
  await expectFitsScreen(page);

  // Kwame (Sunday climbing) knows Marta (family): one tie between two worlds.
  await page.goto("/people");
  await searchContacts(page, "Kwame");
  await page.getByRole("list", { name: "Contacts" }).getByRole("link", { name: /Kwame Mensah/ }).click();
  await page.getByRole("button", { name: "Knows…" }).click();
  const sheet = page.getByRole("dialog");
  await sheet.getByLabel("Search people").fill("Marta");
  await sheet.getByRole("list", { name: "People to pick" }).getByRole("checkbox", { name: /Marta Ferreira/ }).check();
  await sheet.getByRole("button", { name: "Save", exact: true }).click();
  const knows = page.getByRole("list", { name: "People Kwame Mensah knows" });
  await expect(knows.getByRole("link", { name: "Marta Ferreira" })).toBeVisible();
  await expectFitsScreen(page);

  // The network counts it: 96 ties, and density moves from what it was.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Network" }).last().click();
  await expect(density).toContainText("96");
  await expect(page.getByRole("region", { name: "Brokers" })).toContainText(/Kwame Mensah|Marta Ferreira/);

  // In a circle's matrix, unticking a pair takes that tie away again.
  await page.goto("/people/circles");
  await page.getByRole("link", { name: /Sunday climbing/ }).first().click();
  await page.getByRole("link", { name: "Who knows whom" }).click();
  await expect(page.getByRole("heading", { name: "Who knows whom in Sunday climbing" })).toBeVisible();
  // The matrix arrived in a full page load: its tick boxes answer once the page's scripts have run.
  await page.waitForLoadState("networkidle");
  const pair = page.getByRole("checkbox", { name: "Aroha Ngata knows Jake Thompson" });
  await expect(pair).toBeChecked();
  await pair.uncheck();
  await expect(page.getByText("5 of 6 pairs")).toBeVisible();
  await expectFitsScreen(page);
  await page.goto("/network");
  await expect(density).toContainText("95");
  expect(await density.getByText(/^\d+%$/).first().textContent()).toBe(before);

  // Find Marta: the graph centres on her, and tapping her there opens her page. (Reduced motion:
  // the camera jumps instead of gliding, so she is in the middle as soon as she is picked.)
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.reload();
  const graph = page.getByRole("img", { name: /Graph of your network/ });
  await expect(graph.locator("canvas").first()).toBeVisible();
  await expect(graph).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
  await page.getByLabel("Find a person in the graph").fill("Marta");
  await expect(page.getByRole("option", { name: "Marta Ferreira" })).toBeVisible();
  await page.getByLabel("Find a person in the graph").blur();
  // Picking her turns the still picture into the live graph, which centres on her.
  await expect(graph).toHaveAttribute("aria-busy", "false", { timeout: 20_000 });
  const box = (await graph.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole("heading", { name: "Marta Ferreira", level: 1 })).toBeVisible();
});
