import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { contactIdInput, dueInput, setCadenceInput, snoozeInput } from "./schemas";
import { getKeepInTouch, listDue, setCadence, snooze, unsnooze } from "./service";

export const remindersRouter = createTRPCRouter({
  due: protectedProcedure.input(dueInput).query(({ ctx, input }) => listDue(ctx.db, ctx.ownerId, input)),
  get: protectedProcedure.input(contactIdInput).query(({ ctx, input }) => getKeepInTouch(ctx.db, ctx.ownerId, input.contactId)),
  setCadence: protectedProcedure.input(setCadenceInput).mutation(({ ctx, input }) => setCadence(ctx.db, ctx.ownerId, input)),
  snooze: protectedProcedure.input(snoozeInput).mutation(({ ctx, input }) => snooze(ctx.db, ctx.ownerId, input)),
  unsnooze: protectedProcedure.input(contactIdInput).mutation(({ ctx, input }) => unsnooze(ctx.db, ctx.ownerId, input.contactId)),
});
