import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { addMembersInput, circleIdInput, circlesForContactInput, createCircleInput, removeMemberInput, updateCircleInput } from "./schemas";
import { addMembers, createCircle, getCircle, listCircles, listCirclesForContact, removeCircle, removeMember, updateCircle } from "./service";

export const circlesRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listCircles(ctx.db, ctx.ownerId)),
  get: protectedProcedure.input(circleIdInput).query(({ ctx, input }) => getCircle(ctx.db, ctx.ownerId, input.id)),
  create: protectedProcedure.input(createCircleInput).mutation(({ ctx, input }) => createCircle(ctx.db, ctx.ownerId, input)),
  update: protectedProcedure.input(updateCircleInput).mutation(({ ctx, input }) => updateCircle(ctx.db, ctx.ownerId, input)),
  remove: protectedProcedure.input(circleIdInput).mutation(({ ctx, input }) => removeCircle(ctx.db, ctx.ownerId, input.id)),
  addMembers: protectedProcedure.input(addMembersInput).mutation(({ ctx, input }) => addMembers(ctx.db, ctx.ownerId, input)),
  removeMember: protectedProcedure.input(removeMemberInput).mutation(({ ctx, input }) => removeMember(ctx.db, ctx.ownerId, input)),
  listForContact: protectedProcedure.input(circlesForContactInput).query(({ ctx, input }) => listCirclesForContact(ctx.db, ctx.ownerId, input.contactId)),
});
