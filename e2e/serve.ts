// Starts Kith for an end-to-end project the way users start it (`npm start`, production build),
// on its own port with a database of its own, and removes that database when stopped.
//   tsx e2e/serve.ts --port 3101 --oidc   (OIDC sign-in; PostgreSQL when TEST_DATABASE_URL is set)
//   tsx e2e/serve.ts --port 3102          (the local account on PGlite)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createServerDatabase } from "../db/testing";
import { OIDC_CLIENT } from "./oidc-client";

const { values } = parseArgs({ options: { port: { type: "string" }, oidc: { type: "boolean" } } });
const port = values.port ?? "3101";
const dataDir = mkdtempSync(path.join(tmpdir(), "kith-e2e-"));
// Linked sources are the fake APIs of e2e/fake-sources on 127.0.0.1:4400.
const FAKE_SOURCES = "http://127.0.0.1:4400";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  HOST: "127.0.0.1",
  KITH_DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: "1",
  KITH_ALLOW_PRIVATE_NETWORK: "1",
  KITH_BLUESKY_APPVIEW_URL: FAKE_SOURCES,
  KITH_GITHUB_API_URL: FAKE_SOURCES,
};
delete env.DATABASE_URL;

let dropDatabase = async () => {};
if (values.oidc) {
  Object.assign(env, {
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
    AUTH_URL: `http://localhost:${port}`,
    AUTH_OIDC_ISSUER: OIDC_CLIENT.issuer,
    AUTH_OIDC_ID: OIDC_CLIENT.id,
    AUTH_OIDC_SECRET: OIDC_CLIENT.secret,
    AUTH_OIDC_NAME: "Test Identity",
  });
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const database = await createServerDatabase(serverUrl, "kith_e2e");
    env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  }
}
console.log(`e2e: Kith on port ${port}, ${env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, ${values.oidc ? "OIDC sign-in" : "local account"}`);

const app = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "server/cli.ts", "start"], { env, stdio: "inherit" });
let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  stopping = true;
  app.kill(signal);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
app.on("exit", (code) => {
  void dropDatabase()
    .catch((error: unknown) => console.error("e2e: could not drop the test database:", error))
    .finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(stopping ? 0 : (code ?? 1));
    });
});
