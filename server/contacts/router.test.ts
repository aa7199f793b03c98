import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser, testDatabaseKinds } from "@/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "../trpc/router";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";
import { listContacts } from "./service";

describe.each(testDatabaseKinds)("contacts procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.contacts.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's contact, and changes nothing", async () => {
    const { alice, bob } = callers;
    const contact = await alice.contacts.create({ displayName: "Alice's friend", notes: "private" });
    await expectAllNotFound([
      ["get", () => bob.contacts.get({ id: contact.id })],
      ["update", () => bob.contacts.update({ id: contact.id, displayName: "Hijacked" })],
      ["archive", () => bob.contacts.archive({ id: contact.id })],
      ["restore", () => bob.contacts.restore({ id: contact.id })],
      ["remove", () => bob.contacts.remove({ id: contact.id })],
    ]);
    expect((await bob.contacts.list({})).items).toEqual([]);
    expect((await bob.contacts.list({ archived: true })).items).toEqual([]);
    expect((await bob.contacts.list({ q: "friend" })).items).toEqual([]);
    expect(await alice.contacts.get({ id: contact.id })).toEqual(contact);
  });

  it("reports each invalid field by path over HTTP, for the form to show beside the field", async () => {
    const { database } = callers;
    const userId = await createTestUser(database, "Carol");
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      createContext: () => ({ db: database.db, userId }),
      req: new Request("http://kith.test/api/trpc/contacts.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { displayName: "", links: [{ label: "", url: "javascript:alert(1)" }] } }),
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string> } } } };
    expect(body.error.json.message).toBe("Some fields need attention.");
    expect(body.error.json.data.fieldErrors).toEqual({ displayName: "Enter a name.", "links.0.url": "Enter a full web address starting with https://" });
    expect((await listContacts(database.db, userId, {})).items).toEqual([]);
  });
});
