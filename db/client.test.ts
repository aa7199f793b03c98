import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

  it("lets the rest of the server run between queries asked for together, and answers each one", async () => {
    const order: string[] = [];
    let other: Promise<void> = Promise.resolve();
    const queries = Array.from({ length: 20 }, (_, index) =>
      firstRow(execute(sql`select ${index}::int as n`)).then((row) => {
        order.push(`query ${index}`);
        // Another request's work (a socket read, a streamed page's next bytes) waits for a turn of
        // the event loop: asked for while the queries run, it gets one long before they all end.
        if (index === 4) other = new Promise((resolve) => setImmediate(() => resolve(void order.push("other work"))));
        return row?.n;
      }),
    );
    expect(await Promise.all(queries)).toEqual(Array.from({ length: 20 }, (_, index) => index));
    await other;
    expect(order.indexOf("other work")).toBeGreaterThan(-1);
    expect(order.indexOf("other work")).toBeLessThan(order.indexOf("query 19"));
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
});
