import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { addMembers, createCircle, updateCircle } from "../circles/service";
import { addEmployment, createCompany, updateCompany } from "../companies/service";
import { createContact } from "../contacts/service";
import { logInteraction } from "../interactions/service";
import { eq } from "drizzle-orm";
import { circles, contacts } from "@/db/schema";
import { getNetworkOverview, getWarmPaths, INLINE_SLOW_MEASURES_LIMIT, listSnapshots, refreshSlowMeasures, takeSnapshot } from "./service";
import { addTies, removeTie, setTie } from "./ties";

const NOW = new Date("2026-11-20T12:00:00Z");
const DAY_MS = 86_400_000;

describe.each(testDatabaseKinds)("the network service on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  /**
   * Two worlds: Ana, Ben and Cai climb together; Dee, Eve and Fay work at Acme (tech); Cai and Dee
   * know each other, the only tie between the worlds. Ana is a close friend of many years.
   */
  async function twoWorlds(owner: string) {
    const person = async (displayName: string, extra: Parameters<typeof createContact>[2] extends infer T ? Partial<T & object> : never = {}) =>
      (await createContact(database.db, owner, { displayName, ...extra })).id;
    const ana = await person("Ana", { knowsMe: 4, knownSince: "2010-05-01", contexts: ["friendship", "hobby", "learning"] });
    const [ben, cai, dee, eve, fay] = [await person("Ben"), await person("Cai"), await person("Dee"), await person("Eve"), await person("Fay")];
    for (let week = 1; week <= 20; week++) await logInteraction(database.db, owner, { contactIds: [ana], channel: "in_person", occurredAt: new Date(NOW.getTime() - week * 7 * DAY_MS), initiator: week % 2 ? "me" : "them" });
    const climbing = await createCircle(database.db, owner, { name: "Climbing", type: "social", purpose: "personal" });
    await addMembers(database.db, owner, { circleId: climbing.id, contactIds: [ana, ben, cai] });
    const acme = await createCompany(database.db, owner, { name: "Acme", industry: "tech", target: "work_for" });
    for (const id of [dee!, eve!, fay!]) await addEmployment(database.db, owner, { contactId: id, companyId: acme.id, current: true, title: "Engineer" });
    await addTies(database.db, owner, { contactId: ana, otherContactIds: [ben!, cai!] });
    await addTies(database.db, owner, { contactId: ben!, otherContactIds: [cai!] });
    await addTies(database.db, owner, { contactId: dee!, otherContactIds: [eve!, fay!] });
    await addTies(database.db, owner, { contactId: eve!, otherContactIds: [fay!] });
    await addTies(database.db, owner, { contactId: cai!, otherContactIds: [dee!] });
    return { ana, ben: ben!, cai: cai!, dee: dee!, eve: eve!, fay: fay!, acme };
  }

  const noJob = async () => {
    throw new Error("a network this small is measured on the spot");
  };

  it("measures density, structural holes, clusters named after what they share, and the brokers between them", async () => {
    const owner = await createTestUser(database);
    const { cai, dee } = await twoWorlds(owner);
    const overview = await getNetworkOverview(database.db, owner, noJob, NOW);
    expect(overview).toMatchObject({ alters: 6, alterTies: 7, isolates: 0, centrality: { status: "ready" } });
    expect(overview.ego.density).toBeCloseTo(7 / 15, 12);
    // Borgatti: n − 2t/n = 6 − 14/6.
    expect(overview.ego.effectiveSize).toBeCloseTo(6 - 14 / 6, 12);
    expect(overview.ego.weighted).toBeNull();
    expect(overview.clusters.map((cluster) => [cluster.name, cluster.members.length]).sort()).toEqual([
      ["Acme", 3],
      ["Climbing", 3],
    ]);
    expect(overview.modularity).toBeGreaterThan(0.3);
    // Equal brokers come in id order, which is random here: compare them by name.
    expect(overview.brokers.map((broker) => [broker.contact.displayName, broker.bridgedPairs, [...broker.clusters].sort()]).sort()).toEqual([
      ["Cai", 2, ["Acme", "Climbing"]],
      ["Dee", 2, ["Acme", "Climbing"]],
    ]);
    const betweenness = Object.fromEntries(overview.nodes.map((node) => [node.displayName, node.betweenness]));
    expect(betweenness.Cai).toBeGreaterThan(betweenness.Ana!);
    expect(betweenness.Dee).toBeCloseTo(betweenness.Cai!, 12);
    expect(overview.nodes.find((node) => node.id === cai)).toMatchObject({ degree: 3, circleIds: [expect.any(String)] });
    expect(overview.nodes.find((node) => node.id === dee)).toMatchObject({ company: "Acme" });
    expect(overview.readings.clusters).toMatch(/^Your contacts form 2 groups that barely know each other: (Acme \(3\) and Climbing \(3\)|Climbing \(3\) and Acme \(3\))\. You are their bridge\.$/);
    expect(overview.readings.brokers).toMatch(/^(Cai|Dee) links (Acme and Climbing|Climbing and Acme), and 1 other person bridges groups too/);

    const industry = overview.diversity.find((facet) => facet.attribute === "industry")!;
    expect(industry).toMatchObject({ n_valid: 3, n_missing: 3, k_observed: 1, blau: 0 });
    const tieType = overview.diversity.find((facet) => facet.attribute === "tie_type")!;
    // Climbers from their circle's type, Ana's contexts agree; the Acme people have neither.
    expect(tieType).toMatchObject({ n_valid: 3, counts: { social: 3, professional: 0, development: 0 } });
    const strength = overview.ties.find((distribution) => distribution.label === "Tie strength")!;
    expect(strength.bins.find((bin) => bin.label === "Strong")!.count).toBe(1);
  });

  it("shows weighted measures once a strength is given, and follows a change of ties on the next read", async () => {
    const owner = await createTestUser(database);
    const { ana, cai, dee } = await twoWorlds(owner);
    await addTies(database.db, owner, { contactId: ana, otherContactIds: [cai], strength: 3 });
    let overview = await getNetworkOverview(database.db, owner, noJob, NOW);
    expect(overview.ego.weighted).not.toBeNull();
    expect(overview.edges.find((edge) => [edge.source, edge.target].sort().join() === [ana, cai].sort().join())!.strength).toBe(3);

    // How well they know each other is part of what is kept: changing only that shows on the next read.
    const before = overview.ego.weighted!.constraint;
    await setTie(database.db, owner, { contactId: ana, otherContactId: cai, knows: true, strength: 1 });
    overview = await getNetworkOverview(database.db, owner, noJob, NOW);
    expect(overview.ego.weighted!.constraint).not.toBe(before);

    await removeTie(database.db, owner, { contactId: cai, otherContactId: dee });
    overview = await getNetworkOverview(database.db, owner, noJob, NOW);
    expect(overview.alterTies).toBe(6);
    expect(overview.brokers).toEqual([]);
    expect(overview.nodes.find((node) => node.id === cai)!.betweenness).toBe(0);
  });

  it("keeps its figures while nothing they are made from changes, and follows every change to it at the next look", async () => {
    const owner = await createTestUser(database);
    const { ana, ben, cai, dee, acme } = await twoWorlds(owner);
    const look = (when = NOW) => getNetworkOverview(database.db, owner, noJob, when);
    const first = await look();
    expect(await look(new Date(NOW.getTime() + 20 * 60_000))).toBe(first);
    const node = async (id: string) => (await look()).nodes.find((entry) => entry.id === id);
    const clusterNames = async () => (await look()).clusters.map((cluster) => cluster.name).sort();

    await database.db.update(contacts).set({ displayName: "Ana L." }).where(eq(contacts.id, ana));
    expect((await node(ana))?.displayName).toBe("Ana L.");
    await database.db.update(contacts).set({ archivedAt: NOW }).where(eq(contacts.id, ben));
    expect(await node(ben)).toBeUndefined();
    await database.db.update(contacts).set({ archivedAt: null }).where(eq(contacts.id, ben));
    const weak = (await node(ben))!.strength;
    await logInteraction(database.db, owner, { contactIds: [ben], channel: "call", occurredAt: new Date(NOW.getTime() - DAY_MS), initiator: "them" });
    expect((await node(ben))!.strength).toBeGreaterThan(weak);
    await addEmployment(database.db, owner, { contactId: ben, companyId: acme.id, current: true, title: "Designer" });
    expect((await node(ben))!.company).toBe("Acme");
    await updateCompany(database.db, owner, { id: acme.id, name: "Acme Labs" });
    expect(await clusterNames()).toEqual(["Acme Labs", "Climbing"]);
    const [circle] = await database.db.select({ id: circles.id }).from(circles).where(eq(circles.ownerId, owner));
    await updateCircle(database.db, owner, { id: circle!.id, name: "Bouldering" });
    expect(await clusterNames()).toEqual(["Acme Labs", "Bouldering"]);
    const ties = (await look()).alterTies;
    await removeTie(database.db, owner, { contactId: cai, otherContactId: dee });
    expect((await look()).alterTies).toBe(ties - 1);

    // Tie strength follows the clock: the next hour works the figures out again.
    const settled = await look();
    expect(await look(new Date(NOW.getTime() + 60 * 60_000))).not.toBe(settled);
  });

  it("draws every tie while they fit the picture, the same from the kept structure as when measured", async () => {
    const owner = await createTestUser(database);
    await twoWorlds(owner);
    const measured = await getNetworkOverview(database.db, owner, noJob, NOW);
    const kept = await getNetworkOverview(database.db, owner, noJob, NOW);
    const pairs = (edges: typeof measured.edges) => edges.map((edge) => [edge.source, edge.target].sort().join()).sort();
    const names = new Map(measured.nodes.map((node) => [node.id, node.displayName]));
    expect(pairs(kept.edges)).toEqual(pairs(measured.edges));
    expect(measured.edges.map((edge) => [names.get(edge.source), names.get(edge.target)].sort().join("–")).sort()).toEqual(["Ana–Ben", "Ana–Cai", "Ben–Cai", "Cai–Dee", "Dee–Eve", "Dee–Fay", "Eve–Fay"]);
  });

  it("keeps betweenness with the graph it was computed on, and recomputes only after a change", async () => {
    const owner = await createTestUser(database);
    const { ana, fay } = await twoWorlds(owner);
    // Two requests at once (a page reloaded while the job runs) compute once.
    expect(await Promise.all([refreshSlowMeasures(database.db, owner, NOW), refreshSlowMeasures(database.db, owner, NOW)])).toEqual([true, false]);
    expect(await refreshSlowMeasures(database.db, owner, NOW)).toBe(false);
    await addTies(database.db, owner, { contactId: ana, otherContactIds: [fay] });
    expect(await refreshSlowMeasures(database.db, owner, NOW)).toBe(true);
  });

  it("past a few hundred people, leaves betweenness and the layout to the job, and keeps people where they were after a change", async () => {
    const owner = await createTestUser(database);
    const rows = Array.from({ length: INLINE_SLOW_MEASURES_LIMIT + 1 }, (_, index) => ({ ownerId: owner, displayName: `Person ${String(index).padStart(3, "0")}` }));
    const ids = (await database.db.insert(contacts).values(rows).returning({ id: contacts.id })).map((row) => row.id);
    // Rings of ten who know each other.
    for (let start = 0; start + 10 <= ids.length; start += 10) {
      for (let k = 0; k < 10; k++) await addTies(database.db, owner, { contactId: ids[start + k]!, otherContactIds: [ids[start + ((k + 1) % 10)]!] });
    }
    let jobs = 0;
    const job = async () => void jobs++;

    const first = await getNetworkOverview(database.db, owner, job, NOW);
    expect(jobs).toBe(1);
    expect(first).toMatchObject({ layoutSettled: false, centrality: { status: "computing" } });
    expect(new Set(first.nodes.map((node) => `${node.position.x},${node.position.y}`)).size).toBe(ids.length);

    expect(await refreshSlowMeasures(database.db, owner, NOW)).toBe(true);
    const settled = await getNetworkOverview(database.db, owner, job, NOW);
    expect(jobs).toBe(1);
    expect(settled).toMatchObject({ layoutSettled: true, centrality: { status: "ready" } });
    const before = new Map(settled.nodes.map((node) => [node.id, node.position]));
    expect(settled.nodes.some((node) => node.position.x !== first.nodes.find((other) => other.id === node.id)!.position.x)).toBe(true);

    // Someone new who knows two people of the first ring.
    const [newcomer] = await database.db.insert(contacts).values({ ownerId: owner, displayName: "Zed" }).returning({ id: contacts.id });
    await addTies(database.db, owner, { contactId: newcomer!.id, otherContactIds: [ids[0]!, ids[1]!] });
    const changed = await getNetworkOverview(database.db, owner, job, NOW);
    expect(jobs).toBe(2);
    expect(changed.layoutSettled).toBe(false);
    // Everyone else keeps their place: the picture is only moved and scaled as a whole.
    const after = new Map(changed.nodes.map((node) => [node.id, node.position]));
    const byX = [...ids].sort((p, q) => before.get(p)!.x - before.get(q)!.x);
    const [left, right] = [byX[0]!, byX.at(-1)!];
    const scale = (after.get(right)!.x - after.get(left)!.x) / (before.get(right)!.x - before.get(left)!.x);
    for (const id of ids) {
      expect(Math.abs(after.get(id)!.x - (after.get(left)!.x + (before.get(id)!.x - before.get(left)!.x) * scale))).toBeLessThanOrEqual(2);
      expect(Math.abs(after.get(id)!.y - (after.get(left)!.y + (before.get(id)!.y - before.get(left)!.y) * scale))).toBeLessThanOrEqual(2);
    }
    const zed = after.get(newcomer!.id)!;
    const distanceTo = (id: string) => Math.hypot(after.get(id)!.x - zed.x, after.get(id)!.y - zed.y);
    expect(distanceTo(ids[0]!)).toBeLessThan(distanceTo(ids[200]!));
  });

  it("finds the warmest chains into a company: through a close friend before a cold direct tie", async () => {
    const owner = await createTestUser(database);
    const { ana, eve, acme } = await twoWorlds(owner);
    await addTies(database.db, owner, { contactId: ana, otherContactIds: [eve], strength: 3 });
    const { company, paths } = await getWarmPaths(database.db, owner, { companyId: acme.id }, NOW);
    expect(company.name).toBe("Acme");
    expect(paths[0]).toMatchObject({ target: { displayName: "Eve", title: "Engineer" }, via: [{ displayName: "Ana" }], strength: 1 });
    expect(paths.map((path) => path.target.displayName).sort()).toEqual(["Dee", "Eve", "Fay"]);
    expect(paths.every((path) => path.strength > 0 && path.strength <= 1)).toBe(true);
  });

  it("records one snapshot a month and lists them oldest first", async () => {
    const owner = await createTestUser(database);
    await twoWorlds(owner);
    expect(await takeSnapshot(database.db, owner, new Date("2026-10-01T03:00:00Z"))).toEqual({ taken: true });
    expect(await takeSnapshot(database.db, owner, NOW)).toEqual({ taken: true });
    expect(await takeSnapshot(database.db, owner, new Date("2026-11-28T03:00:00Z"))).toEqual({ taken: false });
    const snapshots = await listSnapshots(database.db, owner);
    expect(snapshots.map((snapshot) => snapshot.month)).toEqual(["2026-10-01", "2026-11-01"]);
    expect(snapshots[1]!.measures).toMatchObject({ alters: 6, alterTies: 7, clusters: 2 });
    expect(snapshots[1]!.measures.density).toBeCloseTo(7 / 15, 12);
  });

  it("is empty, not broken, for a user with no contacts", async () => {
    const owner = await createTestUser(database);
    const overview = await getNetworkOverview(database.db, owner, noJob, NOW);
    expect(overview).toMatchObject({ alters: 0, alterTies: 0, nodes: [], edges: [], clusters: [], brokers: [], modularity: null });
    expect(overview.ego.density).toBe(0);
    expect(overview.readings.density).toMatch(/Add a few more people/);
  });

  it("does not read a lack of recorded ties as a closed network", async () => {
    const owner = await createTestUser(database);
    for (const displayName of ["Ana", "Ben", "Cai"]) await createContact(database.db, owner, { displayName });
    const overview = await getNetworkOverview(database.db, owner, noJob, NOW);
    expect(overview.ego.constraint).toBeCloseTo(1 / 3, 12);
    expect(overview.readings.constraint).toBe("Constraint is 0.33, one over the number of your contacts, because none of them is recorded as knowing another: it rises as they do.");
    expect(overview.readings.density).toMatch(/haven't recorded who knows whom/);
  });
});
