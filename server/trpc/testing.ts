import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { createTestDatabase, createTestUser, type TestDatabase, type TestDatabaseKind } from "@/db/testing";
import { createCaller } from "./router";

export type Caller = ReturnType<typeof createCaller>;

/** A fresh database with two owners, Alice and Bob, each signed in, and a caller who is not. */
export interface OwnerCallers {
  database: TestDatabase;
  aliceId: string;
  alice: Caller;
  bobId: string;
  bob: Caller;
  anonymous: Caller;
}

export async function createOwnerCallers(kind: TestDatabaseKind): Promise<OwnerCallers> {
  const database = await createTestDatabase(kind);
  const aliceId = await createTestUser(database, "Alice");
  const bobId = await createTestUser(database, "Bob");
  return {
    database,
    aliceId,
    alice: createCaller({ db: database.db, userId: aliceId }),
    bobId,
    bob: createCaller({ db: database.db, userId: bobId }),
    anonymous: createCaller({ db: database.db, userId: null }),
  };
}

/** One attempt on another owner's data, named so that a failure says which one let it through. */
type Attempt = [name: string, attempt: () => Promise<unknown>];

/** Expects the attempt to fail with a TRPCError whose code is NOT_FOUND. */
export async function expectNotFound(name: string, attempt: () => Promise<unknown>): Promise<void> {
  const error = await attempt().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, name).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code, name).toBe("NOT_FOUND");
}

/** Expects every attempt, run one after another in order, to fail with NOT_FOUND. */
export async function expectAllNotFound(attempts: Attempt[]): Promise<void> {
  for (const [name, attempt] of attempts) await expectNotFound(name, attempt);
}
