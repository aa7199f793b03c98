import { cache } from "react";
import { orNotFound } from "@/app/_lib/or-not-found";
import type { Contact } from "@/server/contacts/service";
import { getServerCaller } from "@/server/trpc/server";

/** The contact for a page, or the not-found page when it is missing or someone else's. */
export const loadContact = cache(async (id: string): Promise<Contact> => {
  const caller = await getServerCaller();
  return orNotFound(caller.contacts.get({ id }));
});

/** The tie figures for a page; the tie and "who knows you" sections share one computation. */
export const loadTie = cache(async (contactId: string) => {
  const caller = await getServerCaller();
  return caller.ties.get({ contactId });
});
