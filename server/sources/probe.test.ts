import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSources, type FakeSources } from "@/e2e/fake-sources";

const run = promisify(execFile);

/** Runs `npm run kith -- source probe …` as a user would (without npm's banner), and returns its streams and exit code. */
async function probe(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server/cli.ts", "source", "probe", ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run kith -- source probe", () => {
  let fakes: FakeSources;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    fakes = await startFakeSources();
    dataDir = mkdtempSync(path.join(tmpdir(), "kith-probe-"));
    env = { KITH_DATA_DIR: dataDir, KITH_ALLOW_PRIVATE_NETWORK: "1", KITH_BLUESKY_APPVIEW_URL: fakes.server.origin, KITH_GITHUB_API_URL: fakes.server.origin };
  });
  afterAll(async () => {
    await fakes.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints one JSON object with the profile, the newest updates and suggestions, and writes nothing", async () => {
    const { code, stdout } = await probe(["mastodon", `@ana@${fakes.server.host}`, "--limit", "2"], env);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const result = JSON.parse(stdout) as Record<string, unknown> & { profile: Record<string, unknown>; updates: Record<string, unknown>[] };
    expect(Object.keys(result).sort()).toEqual(["kind", "profile", "state", "stateReason", "suggestions", "updates"]);
    expect(result).toMatchObject({ kind: "mastodon", state: "ok", profile: { displayName: "Ana Lima", location: "Lisbon, Portugal", company: null, verifiedLinks: ["https://ana-lima.example/"] } });
    expect(Object.keys(result.profile).sort()).toEqual(["avatarUrl", "bio", "company", "displayName", "handle", "links", "location", "title", "url", "verifiedLinks"]);
    expect(result.updates).toHaveLength(2);
    expect(Object.keys(result.updates[0]!).sort()).toEqual(["externalId", "html", "isRepost", "publishedAt", "text", "url"]);
    expect(result.updates[0]!.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(result.suggestions).toContainEqual({ kind: "github", input: "ana-lima" });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("reports a gone account as a state, not a failure", async () => {
    const { code, stdout } = await probe(["feed", `${fakes.server.origin}/feeds/gone.xml`], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: "feed", state: "gone", updates: [], profile: { displayName: null } });
  });

  it("refuses private addresses unless allowed, with one line on stderr saying why", async () => {
    const refused = await probe(["feed", "http://10.0.0.1/feed.xml"], { KITH_DATA_DIR: dataDir });
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trim()).toBe("refused: 10.0.0.1 is a private address");

    const loopback = await probe(["feed", `${fakes.server.origin}/feeds/ana.atom`], { KITH_DATA_DIR: dataDir, KITH_ALLOW_PRIVATE_NETWORK: "" });
    expect(loopback.stderr.trim()).toBe("refused: 127.0.0.1 is a loopback address");
  });

  it("says what to type for input it cannot read", async () => {
    const { code, stderr } = await probe(["github", "not a login!"], env);
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe("Type a GitHub username like octocat, or the profile's address.");
    const unknownKind = await probe(["myspace", "tom"], env);
    expect(unknownKind.stderr.trim()).toBe("kith: Say which kind of source to probe: mastodon, bluesky, github, feed, website.");
  });
});
