import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { OIDC_CLIENT } from "./e2e/oidc-client";

// Debian's chromium, never a downloaded browser.
const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  throw new Error(`Chromium is missing at ${CHROMIUM}: install it with \`sudo apt-get install chromium\`, then run the tests again.`);
}

// Next reports loopback addresses as "localhost"; OAuth callbacks must use the same name.
const OIDC_APP = "http://localhost:3101";
const LOCAL_APP = "http://127.0.0.1:3102";
/** Every fake source API (Mastodon, Bluesky, GitHub, feeds, websites) on one local server. */
const FAKE_SOURCES = "http://127.0.0.1:4400";
const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: CHROMIUM,
      // No GPU here: WebGL (the network graph) is drawn by SwiftShader, in software.
      args: ["--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    trace: "retain-on-failure",
  },
  projects: [
    { name: "oidc", testMatch: /oidc-sign-in\.spec\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: OIDC_APP } },
    { name: "local", testMatch: /local-.*\.spec\.ts/, use: { ...phone, baseURL: LOCAL_APP } },
  ],
  webServer: [
    { command: "node node_modules/tsx/dist/cli.mjs e2e/fake-sources/serve.ts --port 4400", url: `${FAKE_SOURCES}/feeds/ana.atom`, reuseExistingServer: false, stdout: "ignore" },
    {
      command: "node node_modules/tsx/dist/cli.mjs e2e/oidc-issuer.ts",
      url: `${OIDC_CLIENT.issuer}/.well-known/openid-configuration`,
      env: { OIDC_ISSUER_PORT: "9400", OIDC_CLIENT_ID: OIDC_CLIENT.id, OIDC_CLIENT_SECRET: OIDC_CLIENT.secret, OIDC_REDIRECT_URIS: OIDC_CLIENT.redirectUri },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    { command: "node node_modules/tsx/dist/cli.mjs e2e/serve.ts --port 3101 --oidc", url: "http://127.0.0.1:3101/signin", timeout: 180_000, reuseExistingServer: false, gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 } },
    { command: "node node_modules/tsx/dist/cli.mjs e2e/serve.ts --port 3102", url: `${LOCAL_APP}/signin`, timeout: 180_000, reuseExistingServer: false, gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 } },
  ],
});
