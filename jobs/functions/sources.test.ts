import { InngestTestEngine, mockCtx } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sources, statusUpdates } from "@/db/schema";
import { createTestContact, createTestDatabase, createTestUser, type TestDatabase } from "@/db/testing";
import { fakeFeeds } from "@/e2e/fake-sources/feeds";
import { fakeGitHub } from "@/e2e/fake-sources/github";
import { startFakeServer, type FakeServer } from "@/e2e/fake-sources/server";
import { dispatch, settleInProcessRuns } from "@/jobs/dispatch";
import { provideDatabase } from "@/server/db";
import { HostPacer } from "@/server/net/host-pacer";
import { provideSyncEnvironment } from "@/server/sources/sync";
import { inProcessSteps } from "../steps";
import { refreshSources, refreshSourcesWorkflow } from "./refresh-sources";
import { syncSource, syncSourceFailed } from "./sync-source";

describe("the source sync functions", () => {
  let database: TestDatabase;
  let fake: FakeServer;
  let ownerId: string;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    provideDatabase(database);
    fake = await startFakeServer([fakeGitHub().handler, fakeFeeds().handler]);
    provideSyncEnvironment({
      config: { blueskyAppViewUrl: fake.origin, githubApiUrl: fake.origin, githubToken: undefined, allowPrivateNetwork: true },
      pacer: new HostPacer({ minIntervalMs: 0 }),
      timeoutMs: 2_000,
    });
    ownerId = await createTestUser(database, "Nia");
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(async () => {
    fake.clearFaults();
    await database.db.delete(sources);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    provideSyncEnvironment(undefined);
    await fake.close();
    await database.destroy();
  });

  async function addSource(kind: "github" | "feed", input: string, nextSyncAt = new Date(Date.now() - 60_000)): Promise<string> {
    const contactId = await createTestContact(database, ownerId, `Someone ${input}`);
    const [row] = await database.db.insert(sources).values({ ownerId, contactId, kind, input, nextSyncAt }).returning({ id: sources.id });
    return row!.id;
  }

  // The test engine mocks step tools but still sends events; there is no Inngest here to send them to.
  const withoutSending = (raw: Parameters<typeof mockCtx>[0]) => {
    const ctx = mockCtx(raw) as ReturnType<typeof mockCtx> & { step: { sendEvent: unknown } };
    ctx.step.sendEvent = vi.fn(async () => ({ ids: [] }));
    return ctx;
  };

  const event = (sourceId: string) => ({ name: "source/sync.requested" as const, data: { ownerId, sourceId, host: fake.host } });

  it("syncs a source under Inngest in three steps: profile, updates, apply", async () => {
    const sourceId = await addSource("feed", `${fake.origin}/feeds/ana.atom`);
    const engine = new InngestTestEngine({ function: syncSource });
    const { result, error, ctx } = await engine.execute({ events: [event(sourceId)] });

    expect(error).toBeUndefined();
    expect(result).toMatchObject({ synced: true, state: "ok", updates: 3 });
    expect(ctx.step.run.mock.calls.map(([id]) => id)).toEqual(["fetch-profile", "fetch-updates", "apply"]);
    expect(await database.db.select().from(statusUpdates).where(eq(statusUpdates.sourceId, sourceId))).toHaveLength(3);
  });

  it("writes nothing until the apply step", async () => {
    const sourceId = await addSource("feed", `${fake.origin}/feeds/ana.atom`);
    const engine = new InngestTestEngine({ function: syncSource });
    const { result } = await engine.executeStep("fetch-updates", { events: [event(sourceId)] });
    expect(result).toMatchObject({ updates: expect.any(Array) });
    expect(await database.db.select().from(statusUpdates).where(eq(statusUpdates.sourceId, sourceId))).toEqual([]);
  });

  it("skips a source unlinked before its sync ran", async () => {
    const engine = new InngestTestEngine({ function: syncSource });
    const { result } = await engine.execute({ events: [event("00000000-0000-4000-8000-000000000000")] });
    expect(result).toMatchObject({ synced: false });
  });

  it("fails a run whose server keeps failing, and the failure handler records the reason and pushes the next try out", async () => {
    const sourceId = await addSource("github", "sofia-lindqvist");
    fake.fault("/users/sofia-lindqvist", { status: 503, times: Infinity });
    const engine = new InngestTestEngine({ function: syncSource });
    const { error } = await engine.execute({ events: [event(sourceId)] });
    expect(String((error as Error | undefined)?.message ?? error)).toMatch(/503/);

    await syncSourceFailed(event(sourceId).data, error);
    const [source] = await database.db.select().from(sources).where(eq(sources.id, sourceId));
    expect(source).toMatchObject({ state: "error", failures: 1 });
    expect(source?.stateReason).toMatch(/answered 503/);
    expect(source!.nextSyncAt.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
  });

  it("fans out one event per due source from the cron, and claims each only once", async () => {
    const due = [await addSource("feed", `${fake.origin}/feeds/ana.atom`), await addSource("github", "sofia-lindqvist")];
    await addSource("feed", `${fake.origin}/feeds/zoe.rss`, new Date(Date.now() + 3_600_000));
    const engine = new InngestTestEngine({ function: refreshSources });
    const { result, ctx } = await engine.execute({ transformCtx: withoutSending });

    expect(result).toEqual({ dispatched: 2 });
    const sent = ctx.step.sendEvent.mock.calls.flatMap(([, payload]) => (Array.isArray(payload) ? payload : [payload]));
    expect(sent.map((payload) => (payload as { name: string }).name)).toEqual(["source/sync.requested", "source/sync.requested"]);
    expect(sent.map((payload) => (payload as { data: { sourceId: string } }).data.sourceId).sort()).toEqual([...due].sort());

    const again = new InngestTestEngine({ function: refreshSources });
    expect((await again.execute({ transformCtx: withoutSending })).result).toEqual({ dispatched: 0 });
  });

  it("in-process, a failing source does not stop the others in the same fan-out", async () => {
    const good = await addSource("feed", `${fake.origin}/feeds/ana.atom`);
    const bad = await addSource("feed", `${fake.origin}/feeds/broken.json`);
    const alsoGood = await addSource("github", "sofia-lindqvist");
    const result = await refreshSourcesWorkflow(inProcessSteps, async (_page, due) => {
      for (const data of due) await dispatch("source/sync.requested", data);
    });
    await settleInProcessRuns();

    expect(result.dispatched).toBe(3);
    const states = Object.fromEntries((await database.db.select({ id: sources.id, state: sources.state }).from(sources)).map((row) => [row.id, row.state]));
    expect(states).toEqual({ [good]: "ok", [bad]: "error", [alsoGood]: "ok" });
  });
});
