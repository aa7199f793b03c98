import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { contactIdInput, createContactInput, listContactsInput, updateContactInput } from "./schemas";
import {
  archiveContact,
  createContact,
  getContact,
  listContacts,
  removeContact,
  restoreContact,
  updateContact,
} from "./service";

export const contactsRouter = createTRPCRouter({
  list: protectedProcedure.input(listContactsInput).query(({ ctx, input }) => listContacts(ctx.db, ctx.ownerId, input)),
  get: protectedProcedure.input(contactIdInput).query(({ ctx, input }) => getContact(ctx.db, ctx.ownerId, input.id)),
  create: protectedProcedure.input(createContactInput).mutation(({ ctx, input }) => createContact(ctx.db, ctx.ownerId, input)),
  update: protectedProcedure.input(updateContactInput).mutation(({ ctx, input }) => updateContact(ctx.db, ctx.ownerId, input)),
  archive: protectedProcedure.input(contactIdInput).mutation(({ ctx, input }) => archiveContact(ctx.db, ctx.ownerId, input.id)),
  restore: protectedProcedure.input(contactIdInput).mutation(({ ctx, input }) => restoreContact(ctx.db, ctx.ownerId, input.id)),
  remove: protectedProcedure.input(contactIdInput).mutation(({ ctx, input }) => removeContact(ctx.db, ctx.ownerId, input.id)),
});
