import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { networkCache } from "@/db/schema";
import { createTestDatabase, createTestUser, type TestDatabase } from "@/db/testing";
import { createContact } from "@/server/contacts/service";
import { provideDatabase } from "@/server/db";
import { listSnapshots } from "@/server/network/service";
import { addTies } from "@/server/network/ties";
import { inProcessSteps } from "../steps";
import { networkCentrality } from "./network-centrality";
import { networkSnapshots, networkSnapshotsWorkflow } from "./network-snapshots";

describe("network jobs", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    provideDatabase(database);
  });
  afterAll(() => database.destroy());

  async function pathOfThree(name: string): Promise<{ owner: string; middle: string }> {
    const owner = await createTestUser(database, name);
    const [a, b, c] = [await createContact(database.db, owner, { displayName: "A" }), await createContact(database.db, owner, { displayName: "B" }), await createContact(database.db, owner, { displayName: "C" })];
    await addTies(database.db, owner, { contactId: b.id, otherContactIds: [a.id, c.id] });
    return { owner, middle: b.id };
  }

  it("computes betweenness in the background and stores it for the page, once per graph", async () => {
    const { owner, middle } = await pathOfThree("Ivo");
    const event = { name: "network/centrality.requested" as const, data: { ownerId: owner } };
    const first = await new InngestTestEngine({ function: networkCentrality }).execute({ events: [event] });
    expect(first.error).toBeUndefined();
    expect(first.result).toEqual({ computed: true });
    const [row] = await database.db.select().from(networkCache);
    // B sits on the only path between A and C: normalised betweenness 1 in a three-person graph.
    expect(row!.betweenness![middle]).toBe(1);
    const again = await new InngestTestEngine({ function: networkCentrality }).execute({ events: [event] });
    expect(again.result).toEqual({ computed: false });
  });

  it("records every user's month through Inngest's cron, and not twice", async () => {
    const { owner } = await pathOfThree("Jo");
    const scheduled = { name: "inngest/scheduled.timer", data: { cron: "0 3 1 * *" } };
    const once = await new InngestTestEngine({ function: networkSnapshots }).execute({ events: [scheduled] });
    expect(once.error).toBeUndefined();
    expect(once.result).toMatchObject({ taken: 2 });
    expect((await listSnapshots(database.db, owner)).map((snapshot) => snapshot.measures)).toEqual([expect.objectContaining({ alters: 3, alterTies: 2, density: 2 / 3 })]);
    // The in-process timer runs the same workflow daily: a month already recorded stays as it is.
    expect(await networkSnapshotsWorkflow(inProcessSteps)).toMatchObject({ taken: 0 });
  });
});
