import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { circleMembers, circles, companies, contactTags, contactTopics, employments, tags, topics } from "@/db/schema";
import { createTestDatabase, createTestUser, testDatabaseKinds, type TestDatabase } from "@/db/testing";
import { createContact, removeContact, listContacts } from "./service";

describe.each(testDatabaseKinds)("searching and filtering contacts on %s", (kind) => {
  let database: TestDatabase;
  let owner: string;
  let other: string;
  const ids: Record<string, string> = {};
  const ref: Record<string, string> = {};

  const names = async (input: Parameters<typeof listContacts>[2], who = owner) => (await listContacts(database.db, who, input)).items.map((contact) => contact.displayName);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    owner = await createTestUser(database, "Owner");
    other = await createTestUser(database, "Other");
    const db = database.db;
    for (const fields of [
      { displayName: "Marta Ferreira", notes: "Loves the Alentejo and sourdough." },
      { displayName: "Martin Okafor", emails: [{ label: "work", value: "martin@pennine.example.com" }] },
      { displayName: "Rui Costa", company: "Cobalt Harbour", title: "Product designer" },
      { displayName: "Priya Nair" },
      { displayName: "Tomás Silva", location: "Porto, Portugal" },
      { displayName: "Marta" },
    ]) {
      ids[fields.displayName] = (await createContact(db, owner, fields)).id;
    }
    ids.othersMarta = (await createContact(db, other, { displayName: "Marta Other" })).id;

    const [tag] = await db.insert(tags).values({ ownerId: owner, name: "Climbing" }).returning();
    await db.insert(contactTags).values({ tagId: tag!.id, contactId: ids["Priya Nair"]! });
    const [topic] = await db.insert(topics).values({ ownerId: owner, name: "Rust" }).returning();
    await db.insert(contactTopics).values({ topicId: topic!.id, contactId: ids["Tomás Silva"]! });
    const [company] = await db.insert(companies).values({ ownerId: owner, name: "Brightloom Analytics" }).returning();
    await db.insert(employments).values({ ownerId: owner, contactId: ids["Martin Okafor"]!, companyId: company!.id, current: false, endedOn: "2022-01-01" });
    const [circle] = await db.insert(circles).values({ ownerId: owner, name: "Family" }).returning();
    await db.insert(circleMembers).values([ids["Marta Ferreira"]!, ids["Marta"]!].map((contactId) => ({ circleId: circle!.id, contactId })));
    const [othersTag] = await db.insert(tags).values({ ownerId: other, name: "Climbing" }).returning();
    await db.insert(contactTags).values({ tagId: othersTag!.id, contactId: ids.othersMarta! });
    Object.assign(ref, { tag: tag!.id, company: company!.id, circle: circle!.id, othersTag: othersTag!.id });
  });
  afterAll(() => database.destroy());

  it("ranks the exact name first, then names that start with the query, and never shows another owner's contacts", async () => {
    expect(await names({ q: "marta" })).toEqual(["Marta", "Marta Ferreira"]);
    expect(await names({ q: "ferreira" })).toEqual(["Marta Ferreira"]);
    expect(await names({ q: "Mart" })).toEqual(["Marta", "Marta Ferreira", "Martin Okafor"]);
  });

  it("tolerates a typo in a name", async () => {
    expect(await names({ q: "mrta" })).toEqual(["Marta", "Marta Ferreira"]);
    expect(await names({ q: "climbng" })).toEqual(["Priya Nair"]);
    expect(await names({ q: "marta fereira" })).toEqual(["Marta Ferreira"]);
    expect(await names({ q: "ferriera" })).toEqual(["Marta Ferreira"]);
  });

  it("ranks a name within typo distance above matches only in notes, and those A to Z whatever their names", async () => {
    const db = database.db;
    const added = [
      await createContact(db, owner, { displayName: "Zora Rosen", notes: "Met at the rosa garden." }),
      await createContact(db, owner, { displayName: "Ada Bell", notes: "Rosa garden volunteer." }),
      await createContact(db, owner, { displayName: "Rossa Lima" }),
    ];
    try {
      expect(await names({ q: "rosa" })).toEqual(["Rossa Lima", "Ada Bell", "Zora Rosen"]);
    } finally {
      for (const contact of added) await removeContact(db, owner, contact.id);
    }
  });

  it("finds people by company (now or before), title, tag, topic, notes, email and location", async () => {
    expect(await names({ q: "cobalt" })).toEqual(["Rui Costa"]);
    expect(await names({ q: "designer" })).toEqual(["Rui Costa"]);
    expect(await names({ q: "brightloom" })).toEqual(["Martin Okafor"]);
    expect(await names({ q: "climbing" })).toEqual(["Priya Nair"]);
    expect(await names({ q: "rust" })).toEqual(["Tomás Silva"]);
    expect(await names({ q: "sourdough" })).toEqual(["Marta Ferreira"]);
    expect(await names({ q: "pennine" })).toEqual(["Martin Okafor"]);
    expect(await names({ q: "porto" })).toEqual(["Tomás Silva"]);
    expect(await names({ q: "50%_off" })).toEqual([]);
  });

  it("narrows by circle, tag and company, and an id the owner does not have matches no one", async () => {
    expect(await names({ circleId: ref.circle })).toEqual(["Marta", "Marta Ferreira"]);
    expect(await names({ circleId: ref.circle, q: "ferreira" })).toEqual(["Marta Ferreira"]);
    expect(await names({ tagId: ref.tag })).toEqual(["Priya Nair"]);
    expect(await names({ companyId: ref.company })).toEqual(["Martin Okafor"]);
    expect(await names({ tagId: ref.othersTag })).toEqual([]);
    expect(await names({ tagId: ref.tag }, other)).toEqual([]);
    expect(await names({ circleId: "not-an-id" })).toEqual([]);
  });

  it("lists each person with their tags", async () => {
    const [priya] = (await listContacts(database.db, owner, { q: "priya" })).items;
    expect(priya?.tags).toEqual([{ id: ref.tag, name: "Climbing", colour: "stone" }]);
    const [marta] = (await listContacts(database.db, other, {})).items;
    expect(marta?.tags.map((tag) => tag.name)).toEqual(["Climbing"]);
    expect((await listContacts(database.db, owner, { q: "rui" })).items[0]?.tags).toEqual([]);
  });

  it("pages through search results without repeating anyone", async () => {
    const first = await listContacts(database.db, owner, { q: "mart", limit: 2 });
    expect(first.items.map((contact) => contact.displayName)).toEqual(["Marta", "Marta Ferreira"]);
    const second = await listContacts(database.db, owner, { q: "mart", limit: 2, cursor: first.nextCursor });
    expect(second.items.map((contact) => contact.displayName)).toEqual(["Martin Okafor"]);
    expect(second.nextCursor).toBeNull();
  });
});
