import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { contacts, employments, notifications, profileFields, sourceSuggestions, sources, statusUpdates } from "@/db/schema";
import { createTestContact, testDatabaseKinds } from "@/db/testing";
import { fakeFeeds } from "@/e2e/fake-sources/feeds";
import { fakeGitHub } from "@/e2e/fake-sources/github";
import { startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { fakeWebsite } from "@/e2e/fake-sources/website";
import { settleInProcessRuns } from "@/jobs/dispatch";
import { syncSourceWorkflow } from "@/jobs/functions/sync-source";
import { inProcessSteps } from "@/jobs/steps";
import { provideDatabase } from "@/server/db";
import { HostPacer } from "@/server/net/host-pacer";
import { createOwnerCallers, expectAllNotFound, type OwnerCallers } from "@/server/trpc/testing";
import { MAX_SOURCES_PER_CONTACT } from "./service";
import { provideSyncEnvironment } from "./sync";

describe.each(testDatabaseKinds)("linked sources on %s", (kind) => {
  let owners: OwnerCallers;
  let fake: FakeServer;
  let github: ReturnType<typeof fakeGitHub>;
  let feeds: ReturnType<typeof fakeFeeds>;

  beforeAll(async () => {
    owners = await createOwnerCallers(kind);
    provideDatabase(owners.database);
    github = fakeGitHub();
    feeds = fakeFeeds();
    fake = await startFakeServer([github.handler, feeds.handler, fakeWebsite().handler]);
    provideSyncEnvironment({
      config: { blueskyAppViewUrl: fake.origin, githubApiUrl: fake.origin, githubToken: undefined, allowPrivateNetwork: true },
      pacer: new HostPacer({ minIntervalMs: 0 }),
      timeoutMs: 2_000,
    });
  });
  afterEach(() => fake.clearFaults());
  afterAll(async () => {
    provideSyncEnvironment(undefined);
    await fake.close();
    await owners.database.destroy();
  });

  const db = () => owners.database.db;
  const sync = (sourceId: string) => syncSourceWorkflow(inProcessSteps, { ownerId: owners.aliceId, sourceId, host: fake.host });

  it("links a GitHub account, syncs it in the background and fills the contact's empty fields, with provenance", async () => {
    const contactId = await createTestContact(owners.database, owners.aliceId, "Sofia");
    const linked = await owners.alice.sources.link({ contactId, kind: "github", input: "https://github.com/Sofia-Lindqvist" });
    expect(linked).toMatchObject({ input: "sofia-lindqvist", state: "syncing" });
    await settleInProcessRuns();

    const record = await owners.alice.sources.forContact({ contactId });
    expect(record.sources).toEqual([expect.objectContaining({ kind: "github", state: "ok", stateReason: null })]);
    expect(record.sources[0]?.profile).toMatchObject({ displayName: "Sofia Lindqvist", handle: "sofia-lindqvist", company: "kith-labs" });
    expect(record.provenance.map((entry) => [entry.field, entry.value, entry.sourceKind])).toContainEqual(["company", "kith-labs", "github"]);
    expect(record.suggestions).toContainEqual(expect.objectContaining({ kind: "website", foundOn: "github" }));

    const [contact] = await db().select().from(contacts).where(eq(contacts.id, contactId));
    expect(contact?.company).toBe("kith-labs");
    // The next sync is a full interval (two hours for GitHub) after this one.
    const [source] = await db().select({ nextSyncAt: sources.nextSyncAt }).from(sources).where(eq(sources.id, linked.id));
    expect(source!.nextSyncAt.getTime()).toBeGreaterThan(Date.now() + 110 * 60_000);
    expect(contact?.photoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/avatars\//);

    const posts = (await owners.alice.feed.list({ contactId })).items.flatMap((item) => (item.type === "post" ? [item] : []));
    expect(posts).toHaveLength(8);
    expect(posts.map((post) => post.text).join("\n")).toMatch(/starred|pushed|released/);
    expect(posts.every((post) => !post.html.includes("<script"))).toBe(true);
  });

  it("re-syncs without duplicating posts and, when nothing changed, without writing anything", async () => {
    const contactId = await createTestContact(owners.database, owners.aliceId, "Sofia again");
    const { id } = await owners.alice.sources.link({ contactId, kind: "github", input: "sofia-lindqvist" });
    await settleInProcessRuns();
    const before = await db().select().from(statusUpdates).where(eq(statusUpdates.sourceId, id));

    const second = await sync(id);
    expect(second).toMatchObject({ synced: true, state: "ok", updates: 0, rowsWritten: 0 });
    const third = await sync(id);
    expect(third.rowsWritten).toBe(0);
    const after = await db().select().from(statusUpdates).where(eq(statusUpdates.sourceId, id));
    expect(after).toEqual(before);
    // Every request of an unchanged resync was conditional and answered "not modified".
    const lastRequests = fake.requests.slice(-second.requests);
    expect(lastRequests.every((request) => request.headers["if-none-match"] !== undefined)).toBe(true);
  });

  it("stores each post once: an edited post is rewritten in place, a new one added, the rest untouched", async () => {
    const contactId = await createTestContact(owners.database, owners.aliceId, "Ana Ribeiro");
    const { id } = await owners.alice.sources.link({ contactId, kind: "feed", input: `${fake.origin}/feeds/ana.atom` });
    await settleInProcessRuns();
    const first = await db().select().from(statusUpdates).where(eq(statusUpdates.sourceId, id));
    expect(first).toHaveLength(3);

    feeds.state.editEntry("ana.atom", "tag:ana.example,2025:notes/1", { html: "<p>Rewritten <b>after</b> the event.</p>", updated: "2025-06-04T09:00:00Z" });
    feeds.state.addEntry("ana.atom", { id: "tag:ana.example,2025:notes/4", title: "Fresh", html: "<p>Fresh <script>x()</script>post</p>", published: "2025-06-05T09:00:00Z" });
    const result = await sync(id);
    expect(result.updates).toBe(2);

    const after = await db().select().from(statusUpdates).where(eq(statusUpdates.sourceId, id));
    expect(after).toHaveLength(4);
    const edited = after.find((row) => row.externalId === "tag:ana.example,2025:notes/1");
    expect(edited?.id).toBe(first.find((row) => row.externalId === "tag:ana.example,2025:notes/1")?.id);
    expect(edited?.text).toContain("Rewritten after the event.");
    expect(edited?.editedAt).not.toBeNull();
    expect(after.find((row) => row.externalId === "tag:ana.example,2025:notes/4")?.html).not.toContain("<script");
    const untouched = first.filter((row) => row.externalId !== "tag:ana.example,2025:notes/1");
    for (const row of untouched) expect(after.find((other) => other.id === row.id)?.updatedAt).toEqual(row.updatedAt);
  });

  it("never overwrites a field the user typed: the source's value is offered instead, and can be taken", async () => {
    const contactId = await owners.alice.contacts.create({ displayName: "Sofia L.", company: "My Own Co", location: "Malmö" }).then((contact) => contact.id);
    await owners.alice.sources.link({ contactId, kind: "github", input: "sofia-lindqvist" });
    await settleInProcessRuns();

    const [contact] = await db().select().from(contacts).where(eq(contacts.id, contactId));
    expect(contact).toMatchObject({ company: "My Own Co", location: "Malmö" });
    const { fieldSuggestions } = await owners.alice.sources.forContact({ contactId });
    const company = fieldSuggestions.find((suggestion) => suggestion.field === "company");
    expect(company).toMatchObject({ value: "kith-labs", current: "My Own Co", sourceKind: "github" });

    await owners.alice.sources.acceptField({ id: company!.id });
    const [updated] = await db().select().from(contacts).where(eq(contacts.id, contactId));
    expect(updated?.company).toBe("kith-labs");
    expect((await owners.alice.sources.forContact({ contactId })).fieldSuggestions.map((suggestion) => suggestion.field)).not.toContain("company");

    const location = fieldSuggestions.find((suggestion) => suggestion.field === "location");
    await owners.alice.sources.dismissField({ id: location!.id });
    expect((await owners.alice.sources.forContact({ contactId })).fieldSuggestions).toEqual([]);
  });

  it("lets the first profile fill a field and does not offer another profile's differing value against it", async () => {
    github.state.addUser({ login: `first-${kind}`, name: "Twin", company: "First Co" });
    github.state.addUser({ login: `second-${kind}`, name: "Twin", company: "Second Co" });
    const contactId = await createTestContact(owners.database, owners.aliceId, "Twin");
    await owners.alice.sources.link({ contactId, kind: "github", input: `first-${kind}` });
    await settleInProcessRuns();
    await owners.alice.sources.link({ contactId, kind: "github", input: `second-${kind}` });
    await settleInProcessRuns();

    const [contact] = await db().select({ company: contacts.company }).from(contacts).where(eq(contacts.id, contactId));
    expect(contact?.company).toBe("First Co");
    const record = await owners.alice.sources.forContact({ contactId });
    expect(record.fieldSuggestions.filter((suggestion) => suggestion.field === "company")).toEqual([]);
    expect(record.provenance).toContainEqual(expect.objectContaining({ field: "company", value: "First Co" }));
  });

  it("turns a new employer into a job change (and a target-company match) and a new city into a move", async () => {
    github.state.addUser({ login: `mover-${kind}`, name: "Mo Mover", company: "@oldco", location: "Porto" });
    const contactId = await createTestContact(owners.database, owners.aliceId, "Mo");
    const { id } = await owners.alice.sources.link({ contactId, kind: "github", input: `mover-${kind}` });
    await settleInProcessRuns();
    const acme = await owners.alice.companies.create({ name: "Acme" });
    await owners.alice.companies.setTarget({ id: acme.id, target: "work_for" });

    github.state.editUser(`mover-${kind}`, { company: "Acme", location: "Berlin" });
    const result = await sync(id);
    expect(result.notifications).toBe(3);

    const titles = (await db().select().from(notifications).where(and(eq(notifications.ownerId, owners.aliceId), eq(notifications.contactId, contactId)))).map((row) => row.title);
    expect(titles.sort()).toEqual(["Mo moved to Berlin", "Mo now works at Acme", "Mo now works at Acme, one of your target companies"]);
    // The same changes are cards in the feed.
    const cards = await owners.alice.feed.list({ contactId });
    expect(cards.items.filter((item) => item.type === "event").map((item) => item.type === "event" && item.kind).sort()).toEqual(["job_change", "moved_city", "target_company"]);
    const jobs = await db().select({ current: employments.current, companyId: employments.companyId }).from(employments).where(eq(employments.contactId, contactId));
    expect(jobs.filter((job) => job.current)).toEqual([{ current: true, companyId: acme.id }]);
    expect(jobs).toHaveLength(2);

    // The same change seen again notifies nobody twice.
    await owners.alice.sources.syncNow({ id });
    await settleInProcessRuns();
    expect(await db().select().from(notifications).where(eq(notifications.contactId, contactId))).toHaveLength(3);
  });

  it("records a failing sync on the source, with its reason and a later next try", async () => {
    const contactId = await createTestContact(owners.database, owners.aliceId, "Failing");
    github.state.addUser({ login: `flaky-${kind}`, name: "Flaky" });
    fake.fault(`/users/flaky-${kind}`, { status: 502, times: 1 });
    const { id } = await owners.alice.sources.link({ contactId, kind: "github", input: `flaky-${kind}` });
    await settleInProcessRuns();

    const [source] = await db().select().from(sources).where(eq(sources.id, id));
    expect(source).toMatchObject({ state: "error", failures: 1 });
    expect(source?.stateReason).toMatch(/502/);
    expect(source!.nextSyncAt.getTime()).toBeGreaterThan(Date.now() + 10 * 60 * 1000);

    await owners.alice.sources.syncNow({ id });
    await settleInProcessRuns();
    const [recovered] = await db().select().from(sources).where(eq(sources.id, id));
    expect(recovered).toMatchObject({ state: "ok", failures: 0, stateReason: null });
  });

  it("refuses bad input with a message that says what to type, and a second link of the same account", async () => {
    const contactId = await createTestContact(owners.database, owners.aliceId, "Input");
    await expect(owners.alice.sources.link({ contactId, kind: "github", input: "not a login!" })).rejects.toThrow(/GitHub username/);
    await expect(owners.alice.sources.link({ contactId, kind: "feed", input: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await owners.alice.sources.link({ contactId, kind: "github", input: "zhang-wei-42" });
    await expect(owners.alice.sources.link({ contactId, kind: "github", input: "@Zhang-Wei-42" })).rejects.toThrow(/already linked/);
    await settleInProcessRuns();

    const crowded = await createTestContact(owners.database, owners.aliceId, "Crowded");
    await db()
      .insert(sources)
      .values(Array.from({ length: MAX_SOURCES_PER_CONTACT }, (_, i) => ({ ownerId: owners.aliceId, contactId: crowded, kind: "feed" as const, input: `https://blog${i}.example/feed.xml` })));
    await expect(owners.alice.sources.link({ contactId: crowded, kind: "github", input: "zhang-wei-42" })).rejects.toThrow(/at most 20 linked profiles: unlink one first/);
  });

  it("links a suggested source when the user accepts it, and forgets one they dismiss", async () => {
    const contactId = await createTestContact(owners.database, owners.aliceId, "Ana");
    await owners.alice.sources.link({ contactId, kind: "website", input: `${fake.origin}/sites/ana/` });
    await settleInProcessRuns();
    const { suggestions } = await owners.alice.sources.forContact({ contactId });
    const feed = suggestions.find((suggestion) => suggestion.kind === "feed");
    const mastodon = suggestions.find((suggestion) => suggestion.kind === "mastodon");
    expect(feed).toMatchObject({ input: `${fake.origin}/sites/ana/feed.xml`, foundOn: "website" });
    expect(mastodon).toBeDefined();

    await owners.alice.sources.acceptSuggestion({ id: feed!.id });
    await owners.alice.sources.dismissSuggestion({ id: mastodon!.id });
    await settleInProcessRuns();
    const after = await owners.alice.sources.forContact({ contactId });
    expect(after.sources.map((source) => source.kind).sort()).toEqual(["feed", "website"]);
    expect(after.suggestions).toEqual([]);
  });

  it("keeps every source procedure to its owner", async () => {
    const contactId = await createTestContact(owners.database, owners.aliceId, "Private");
    const { id } = await owners.alice.sources.link({ contactId, kind: "github", input: "sofia-lindqvist" });
    await settleInProcessRuns();
    const [suggestion] = await db().select({ id: sourceSuggestions.id }).from(sourceSuggestions).where(eq(sourceSuggestions.sourceId, id));
    const [field] = await db().select({ id: profileFields.id }).from(profileFields).where(eq(profileFields.sourceId, id));
    expect(suggestion && field).toBeTruthy();

    await expectAllNotFound([
      ["Contact", () => owners.bob.sources.forContact({ contactId })],
      ["Contact", () => owners.bob.sources.link({ contactId, kind: "github", input: "octocat" })],
      ["Contact", () => owners.bob.sources.syncContact({ contactId })],
      ["Linked source", () => owners.bob.sources.syncNow({ id })],
      ["Linked source", () => owners.bob.sources.unlink({ id })],
      ["Suggestion", () => owners.bob.sources.acceptSuggestion({ id: suggestion!.id })],
      ["Suggestion", () => owners.bob.sources.dismissSuggestion({ id: suggestion!.id })],
      ["Suggestion", () => owners.bob.sources.acceptField({ id: field!.id })],
      ["Suggestion", () => owners.bob.sources.dismissField({ id: field!.id })],
    ]);
    expect(await db().select().from(sources).where(eq(sources.id, id))).toHaveLength(1);

    await owners.alice.sources.unlink({ id });
    expect(await db().select().from(statusUpdates).where(eq(statusUpdates.sourceId, id))).toEqual([]);
  });
});
