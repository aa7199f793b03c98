import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { tieInput } from "./schemas";
import { getTie } from "./service";

export const tiesRouter = createTRPCRouter({
  get: protectedProcedure.input(tieInput).query(({ ctx, input }) => getTie(ctx.db, ctx.ownerId, input.contactId)),
});
