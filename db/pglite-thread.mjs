// The embedded database's own thread. PGlite computes each query synchronously; here that work
// is off the server's main thread, which goes on answering other requests (and serving the
// page's scripts and styles) while a long query runs. db/client.ts sends one query at a time
// and gets back its rows, or its error's fields.
//
// Plain JavaScript: Node starts this file on its own, outside the app's TypeScript build.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** What a database error says, as plain fields: a thread passes on an error's message only. */
function describe(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = { message: error.message };
  for (const [key, value] of Object.entries(error)) if (typeof value === "string" || typeof value === "number") fields[key] = value;
  return fields;
}

const keepText = (value) => value;

const client = new PGlite({ dataDir: workerData.dataDir, extensions: { fuzzystrmatch, pg_trgm } });
let queue = client.waitReady;

queue.then(
  () => parentPort.postMessage({ ready: true }),
  (error) => parentPort.postMessage({ ready: false, error: describe(error) }),
);

parentPort.on("message", (message) => {
  if (message.close) {
    queue = queue.then(() => client.close()).finally(() => parentPort.close());
    return;
  }
  const { id, sql, params, rowMode, textTypes } = message;
  // The caller's parsers all keep the value as text (drizzle's, for dates and intervals); functions
  // cannot cross to a thread, so they come as the types to keep.
  const parsers = Object.fromEntries(textTypes.map((type) => [type, keepText]));
  queue = queue
    .then(() => client.query(sql, params, { rowMode, parsers }))
    .then(
      ({ rows, fields, affectedRows }) => parentPort.postMessage({ id, result: { rows, fields, affectedRows } }),
      (error) => parentPort.postMessage({ id, error: describe(error) }),
    );
});
