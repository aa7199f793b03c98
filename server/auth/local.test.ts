import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { requestAccountDeletion } from "../account/service";
import { parseConfig } from "../env";
import { UserInputError } from "../errors";
import { signInLocalAccount } from "./local";

describe("the local account", () => {
  let database: TestDatabase;
  const dir = () => mkdtempSync(path.join(tmpdir(), "kith-local-"));

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
  });
  afterAll(() => database.destroy());

  it("signs into the same user every time, each with a new session", async () => {
    const config = parseConfig({}, dir());
    const first = await signInLocalAccount(database.db, config, undefined);
    const second = await signInLocalAccount(database.db, config, undefined);
    expect(first.sessionToken).not.toBe(second.sessionToken);
    const rows = await database.db.query.sessions.findMany();
    expect(new Set(rows.map((row) => row.userId)).size).toBe(1);
  });

  it("asks for KITH_LOCAL_PASSWORD when one is set", async () => {
    const config = parseConfig({ HOST: "0.0.0.0", KITH_LOCAL_PASSWORD: "open sesame" }, dir());
    await expect(signInLocalAccount(database.db, config, "wrong")).rejects.toThrow(/password is not right/);
    await expect(signInLocalAccount(database.db, config, undefined)).rejects.toBeInstanceOf(UserInputError);
    await expect(signInLocalAccount(database.db, config, "open sesame")).resolves.toHaveProperty("sessionToken");
  });

  it("is off when OAuth is configured, and refuses sign-in while being deleted", async () => {
    const oauth = parseConfig({ AUTH_SECRET: "s", AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "x" }, dir());
    await expect(signInLocalAccount(database.db, oauth, undefined)).rejects.toThrow(/local account is off/);

    const config = parseConfig({}, dir());
    const [session] = await database.db.query.sessions.findMany();
    await requestAccountDeletion(database.db, session!.userId);
    await expect(signInLocalAccount(database.db, config, undefined)).rejects.toThrow(/being deleted/);
  });
});
