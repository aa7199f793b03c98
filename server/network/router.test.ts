import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "@/db/testing";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "../trpc/testing";
import { keepGraph, toGraphData } from "./graph-data";

describe.each(testDatabaseKinds)("network procedures on %s", (kind) => {
  let callers: OwnerCallers;

  beforeAll(async () => {
    callers = await createOwnerCallers(kind);
  });
  afterAll(() => callers.database.destroy());

  it("refuses callers who are not signed in", async () => {
    await expect(callers.anonymous.network.overview()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callers.anonymous.network.suggestions({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callers.anonymous.network.graph({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("answers NOT_FOUND to every attempt on another owner's people, circles and companies, and changes nothing", async () => {
    const { alice, bob } = callers;
    const ana = await alice.contacts.create({ displayName: "Ana" });
    const ben = await alice.contacts.create({ displayName: "Ben" });
    const circle = await alice.circles.create({ name: "Alice's circle" });
    await alice.circles.addMembers({ circleId: circle.id, contactIds: [ana.id, ben.id] });
    const company = await alice.companies.create({ name: "Acme" });
    await alice.network.addTies({ contactId: ana.id, otherContactIds: [ben.id] });
    const bobsFriend = await bob.contacts.create({ displayName: "Bob's friend" });
    const before = await alice.network.overview();

    await expectAllNotFound([
      ["contactTies", () => bob.network.contactTies({ contactId: ana.id })],
      ["addTies from their contact", () => bob.network.addTies({ contactId: ana.id, otherContactIds: [ben.id] })],
      ["addTies to their contact", () => bob.network.addTies({ contactId: bobsFriend.id, otherContactIds: [ana.id] })],
      ["setTie", () => bob.network.setTie({ contactId: ana.id, otherContactId: ben.id, knows: false })],
      ["removeTie", () => bob.network.removeTie({ contactId: ana.id, otherContactId: ben.id })],
      ["circleMatrix", () => bob.network.circleMatrix({ circleId: circle.id })],
      ["suggestions for their contact", () => bob.network.suggestions({ contactId: ana.id })],
      ["dismissSuggestion", () => bob.network.dismissSuggestion({ contactId: ana.id, otherContactId: ben.id })],
      ["warmPaths", () => bob.network.warmPaths({ companyId: company.id })],
    ]);
    expect(await bob.network.restoreSuggestion({ contactId: ana.id, otherContactId: ben.id })).toEqual({ restored: false });
    expect(await alice.network.overview()).toEqual(before);
    const bobs = await bob.network.overview();
    expect(bobs.nodes.map((node) => node.displayName)).toEqual(["Bob's friend"]);
    expect(bobs.edges).toEqual([]);
    expect(await bob.network.snapshots()).toEqual([]);
  });

  it("answers the graph a page was drawn with from what it kept, each owner only their own", async () => {
    const { alice, aliceId, bob } = callers;
    const cai = await alice.contacts.create({ displayName: "Cai" });
    const dee = await alice.contacts.create({ displayName: "Dee" });
    await alice.network.addTies({ contactId: cai.id, otherContactIds: [dee.id] });
    const drawn = toGraphData(await alice.network.overview());
    keepGraph(aliceId, drawn);

    // The page's own request gets what the page was drawn with; any other version is measured again.
    expect(await alice.network.graph({ version: drawn.version })).toBe(drawn);
    const measured = await alice.network.graph({ version: "00000000" });
    expect(measured).not.toBe(drawn);
    expect(measured).toEqual(drawn);

    // Bob naming Alice's version gets his own network, never hers.
    const bobs = await bob.network.graph({ version: drawn.version });
    expect(bobs).toEqual(toGraphData(await bob.network.overview()));
    expect(bobs.people.ids).not.toContain(cai.id);
    expect(bobs.people.ids).not.toContain(dee.id);
  });
});
