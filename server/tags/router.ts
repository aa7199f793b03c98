import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { applyTagInput, createTagInput, mergeTagsInput, recolourTagInput, renameTagInput, tagIdInput, tagsForContactInput } from "./schemas";
import { applyTag, createTag, listTags, listTagsForContact, mergeTags, recolourTag, removeTag, renameTag, unapplyTag } from "./service";

export const tagsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listTags(ctx.db, ctx.ownerId)),
  create: protectedProcedure.input(createTagInput).mutation(({ ctx, input }) => createTag(ctx.db, ctx.ownerId, input)),
  rename: protectedProcedure.input(renameTagInput).mutation(({ ctx, input }) => renameTag(ctx.db, ctx.ownerId, input)),
  recolour: protectedProcedure.input(recolourTagInput).mutation(({ ctx, input }) => recolourTag(ctx.db, ctx.ownerId, input)),
  merge: protectedProcedure.input(mergeTagsInput).mutation(({ ctx, input }) => mergeTags(ctx.db, ctx.ownerId, input)),
  remove: protectedProcedure.input(tagIdInput).mutation(({ ctx, input }) => removeTag(ctx.db, ctx.ownerId, input.id)),
  applyTo: protectedProcedure.input(applyTagInput).mutation(({ ctx, input }) => applyTag(ctx.db, ctx.ownerId, input)),
  unapplyFrom: protectedProcedure.input(applyTagInput).mutation(({ ctx, input }) => unapplyTag(ctx.db, ctx.ownerId, input)),
  listForContact: protectedProcedure.input(tagsForContactInput).query(({ ctx, input }) => listTagsForContact(ctx.db, ctx.ownerId, input.contactId)),
});
