import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Contact } from "@/server/contacts/service";
import { getServerCaller } from "@/server/trpc/server";

/** The contact for a page, or the not-found page when it is missing or someone else's. */
export const loadContact = cache(async (id: string): Promise<Contact> => {
  const caller = await getServerCaller();
  try {
    return await caller.contacts.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
