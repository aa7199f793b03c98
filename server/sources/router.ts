import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { contactSourcesInput, linkSourceInput, sourceIdInput } from "./schemas";
import {
  acceptFieldSuggestion,
  acceptSourceSuggestion,
  dismissFieldSuggestion,
  dismissSourceSuggestion,
  getContactSources,
  linkSource,
  syncContactSources,
  syncSourceNow,
  unlinkSource,
} from "./service";

export const sourcesRouter = createTRPCRouter({
  forContact: protectedProcedure.input(contactSourcesInput).query(({ ctx, input }) => getContactSources(ctx.db, ctx.ownerId, input.contactId)),
  link: protectedProcedure.input(linkSourceInput).mutation(({ ctx, input }) => linkSource(ctx.db, ctx.ownerId, input)),
  unlink: protectedProcedure.input(sourceIdInput).mutation(({ ctx, input }) => unlinkSource(ctx.db, ctx.ownerId, input.id)),
  syncNow: protectedProcedure.input(sourceIdInput).mutation(({ ctx, input }) => syncSourceNow(ctx.db, ctx.ownerId, input.id)),
  syncContact: protectedProcedure.input(contactSourcesInput).mutation(({ ctx, input }) => syncContactSources(ctx.db, ctx.ownerId, input.contactId)),
  acceptSuggestion: protectedProcedure.input(sourceIdInput).mutation(({ ctx, input }) => acceptSourceSuggestion(ctx.db, ctx.ownerId, input.id)),
  dismissSuggestion: protectedProcedure.input(sourceIdInput).mutation(({ ctx, input }) => dismissSourceSuggestion(ctx.db, ctx.ownerId, input.id)),
  acceptField: protectedProcedure.input(sourceIdInput).mutation(({ ctx, input }) => acceptFieldSuggestion(ctx.db, ctx.ownerId, input.id)),
  dismissField: protectedProcedure.input(sourceIdInput).mutation(({ ctx, input }) => dismissFieldSuggestion(ctx.db, ctx.ownerId, input.id)),
});
