import { dispatch } from "@/jobs/dispatch";
import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { requestDeletionInput, updateAccountInput } from "./schemas";
import { getAccount, requestAccountDeletion, updateAccount } from "./service";

export const accountRouter = createTRPCRouter({
  get: protectedProcedure.query(({ ctx }) => getAccount(ctx.db, ctx.ownerId)),
  update: protectedProcedure.input(updateAccountInput).mutation(({ ctx, input }) => updateAccount(ctx.db, ctx.ownerId, input)),
  requestDeletion: protectedProcedure.input(requestDeletionInput).mutation(async ({ ctx }) => {
    await requestAccountDeletion(ctx.db, ctx.ownerId);
    await dispatch("account/deletion.requested", { userId: ctx.ownerId });
    return { requested: true };
  }),
});
