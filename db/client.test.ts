import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { createTestDatabase, type TestDatabase } from "./testing";

describe("the embedded database (PGlite)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(() => database.destroy());
  /** The first row of a query's answer (PGlite answers raw SQL with `{ rows }`). */
  const firstRow = async (query: Promise<unknown>) => ((await query) as { rows: Record<string, unknown>[] }).rows[0];
  const execute = (query: SQL) => database.db.execute(query);

  it("leaves the server's own thread free while a long query runs", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    try {
      // Hundreds of milliseconds of work inside the database: the server's timers, sockets and
      // streamed pages go on meanwhile. In-process PGlite held them all until the query ended.
      const row = await firstRow(execute(sql`select count(*)::int as n from generate_series(1, 3000000) as g(n) where g.n % 7 = 0`));
      expect(row?.n).toBe(428_571);
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(2);
  });

  it("answers queries asked for together, each with its own answer, and a failure with the database's error code", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => firstRow(execute(sql`select ${index}::int as n`)).then((row) => row?.n)));
    expect(answers).toEqual(Array.from({ length: 20 }, (_, index) => index));
    const failure = await execute(sql`select 1 / 0`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    // Drizzle wraps the driver's error; isUniqueViolation and friends look for the code beneath.
    expect((failure as Error & { cause?: { code?: string; message?: string } }).cause).toMatchObject({ code: "22012", message: "division by zero" });
  });

  it("still runs a transaction's queries in order, and a failing query does not hold up the next", async () => {
    await expect(execute(sql`select * from no_such_table`)).rejects.toThrow(/no_such_table/);
    const seen = await database.db.transaction(async (tx) => {
      await tx.execute(sql`create temporary table turns (n int)`);
      await tx.execute(sql`insert into turns values (1), (2)`);
      return (await firstRow(tx.execute(sql`select sum(n)::int as total from turns`)))?.total;
    });
    expect(seen).toBe(3);
    expect((await firstRow(execute(sql`select 1 as one`)))?.one).toBe(1);
  });

  it("fails with the reason, rather than waiting, when its directory cannot be made", async () => {
    const unopenable = openDatabase({ dataDir: "/dev/null/kith" });
    await expect(unopenable.migrate()).rejects.toMatchObject({ cause: { code: "ENOTDIR" } });
    await unopenable.close();
  });
});
