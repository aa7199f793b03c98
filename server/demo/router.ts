import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { loadDemoNetwork } from "./service";

export const demoRouter = createTRPCRouter({
  load: protectedProcedure.mutation(({ ctx }) => loadDemoNetwork(ctx.db, ctx.ownerId)),
});
