import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { countInteractionsInput, interactionIdInput, listInteractionsInput, logInteractionInput, updateInteractionInput } from "./schemas";
import { countInteractions, getInteraction, listInteractions, logInteraction, removeInteraction, updateInteraction } from "./service";

export const interactionsRouter = createTRPCRouter({
  list: protectedProcedure.input(listInteractionsInput).query(({ ctx, input }) => listInteractions(ctx.db, ctx.ownerId, input)),
  count: protectedProcedure.input(countInteractionsInput).query(({ ctx, input }) => countInteractions(ctx.db, ctx.ownerId, input)),
  get: protectedProcedure.input(interactionIdInput).query(({ ctx, input }) => getInteraction(ctx.db, ctx.ownerId, input.id)),
  log: protectedProcedure.input(logInteractionInput).mutation(({ ctx, input }) => logInteraction(ctx.db, ctx.ownerId, input)),
  update: protectedProcedure.input(updateInteractionInput).mutation(({ ctx, input }) => updateInteraction(ctx.db, ctx.ownerId, input)),
  remove: protectedProcedure.input(interactionIdInput).mutation(({ ctx, input }) => removeInteraction(ctx.db, ctx.ownerId, input.id)),
});
