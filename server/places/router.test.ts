import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/db/testing";
import { loadGazetteer } from "./gazetteer";
import { createOwnerCallers, type OwnerCallers } from "../trpc/testing";

describe.each(testDatabaseKinds)("places procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
    loadGazetteer();
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.places.search({ q: "lisb" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("suggests places, the best first, up to the limit asked", async () => {
    const { alice } = callers;
    const found = await alice.places.search({ q: "lisb" });
    expect(found).toHaveLength(8);
    expect(found[0]).toMatchObject({ id: "2267057", name: "Lisbon", country: "Portugal", countryCode: "PT", timeZone: "Europe/Lisbon" });
    expect(await alice.places.search({ q: "manchester, uk", limit: 5 })).toEqual([expect.objectContaining({ id: "2643123", region: "England" })]);
    expect(await alice.places.search({ q: "porto", limit: 3 })).toHaveLength(3);
  });

  it("asks for at least one character and at most 100, and a limit of at most 20", async () => {
    const { alice } = callers;
    await expect(alice.places.search({ q: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(alice.places.search({ q: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(alice.places.search({ q: "a".repeat(101) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(alice.places.search({ q: "lisb", limit: 21 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
