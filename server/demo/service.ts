import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { demoContacts } from "../contacts/demo-network";
import { countContacts, createContacts } from "../contacts/service";
import { UserInputError } from "../errors";

/** Loads the sample network into an empty account; never mixes it into real contacts. */
export async function loadDemoNetwork(db: Db, ownerId: string): Promise<{ contacts: number }> {
  return db.transaction(async (tx) => {
    // Holding the user's row serialises two clicks on "Load sample network".
    await tx.select({ id: users.id }).from(users).where(eq(users.id, ownerId)).for("update");
    if ((await countContacts(tx, ownerId)) > 0) {
      throw new UserInputError("The sample network can only be loaded into an empty account: you already have contacts.");
    }
    return { contacts: await createContacts(tx, ownerId, demoContacts) };
  });
}
