import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Results } from "@electric-sql/pglite";

interface QueryOptions {
  rowMode?: "array" | "object";
  parsers?: Record<number, (value: string, type: number) => unknown>;
}

/** What drizzle needs of a PGlite client: queries, and transactions on one session. */
interface QueryClient {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
}

type Reply = { id: number; result: Results<unknown> } | { id: number; error: Record<string, string | number> };

/** The error a query failed with on the database's thread, with its fields (code, detail, constraint…). */
function rebuildError(fields: Record<string, string | number>): Error {
  const { message, ...rest } = fields;
  return Object.assign(new Error(String(message)), rest);
}

/**
 * PGlite on a thread of its own (db/pglite-thread.mjs): a query's work there leaves this thread
 * free to answer other requests meanwhile. Queries run one at a time, in the order asked; a
 * transaction holds the database until it ends, as PGlite's own does.
 */
export class PGliteThreadClient implements QueryClient {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve(result: Results<unknown>): void; reject(error: Error): void }>();
  private nextId = 0;
  /** The end of the last query or transaction asked for: the next one starts after it. */
  private tail: Promise<unknown>;
  private stopped: Error | null = null;

  constructor(dataDir: string | undefined) {
    this.worker = new Worker(path.join(process.cwd(), "db", "pglite-thread.mjs"), { workerData: { dataDir } });
    let failToOpen: (error: Error) => void = () => {};
    this.tail = new Promise<void>((resolve, reject) => {
      failToOpen = reject;
      this.worker.once("message", (message: { ready: boolean; error?: Record<string, string | number> }) => {
        // Once open, the thread keeps the process running only while a query is on its way, as PGlite in process did.
        if (this.waiting.size === 0) this.worker.unref();
        if (message.ready) resolve();
        else reject(rebuildError(message.error ?? { message: "The database did not open." }));
      });
    });
    this.worker.on("message", (message: Reply | { ready: boolean }) => {
      if (!("id" in message)) return;
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if ("error" in message) waiter?.reject(rebuildError(message.error));
      else waiter?.resolve(message.result);
    });
    const stop = (error: Error) => {
      this.stopped = error;
      failToOpen(error);
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    this.worker.on("error", (error) => stop(new Error(`The database thread failed: ${error.message}`, { cause: error })));
    this.worker.on("exit", () => stop(this.stopped ?? new Error("The database is closed.")));
  }

  private send<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<T>> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    const textTypes = Object.keys(options.parsers ?? {}).map(Number);
    return new Promise<Results<T>>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (result: Results<unknown>) => void, reject });
      this.worker.ref();
      try {
        this.worker.postMessage({ id, sql, params, rowMode: options.rowMode ?? "object", textTypes });
      } catch (error) {
        // A value that cannot be sent to a thread (a function, say) fails this query alone.
        this.waiting.delete(id);
        reject(error as Error);
      }
    }).finally(() => {
      if (this.waiting.size === 0) this.worker.unref();
    });
  }

  /** Runs `work` after everything asked for before it has finished. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.inTurn(() => this.send<T>(sql, params, options));
  }

  transaction<T>(work: (client: QueryClient) => Promise<T>): Promise<T> {
    return this.inTurn(async () => {
      await this.send("begin");
      try {
        const result = await work({ query: (sql, params, options) => this.send(sql, params, options) });
        await this.send("commit");
        return result;
      } catch (error) {
        await this.send("rollback").catch(() => undefined);
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.tail.catch(() => undefined);
    if (this.stopped) return;
    this.worker.ref();
    const exited = new Promise((resolve) => this.worker.once("exit", resolve));
    this.worker.postMessage({ close: true });
    await exited;
  }
}
