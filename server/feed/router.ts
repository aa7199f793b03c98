import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { contributionFromPostInput, listFeedInput, markItemsInput, markReadUpToInput, muteSourceInput, newSinceInput, noteFromPostInput, replyInput } from "./schemas";
import { addContributionFromPost, addNoteFromPost, countNewSince, countUnread, listFeed, markItems, markReadUpTo, muteSource, replyToPost } from "./service";

export const feedRouter = createTRPCRouter({
  list: protectedProcedure.input(listFeedInput).query(({ ctx, input }) => listFeed(ctx.db, ctx.ownerId, input)),
  newSince: protectedProcedure.input(newSinceInput).query(({ ctx, input }) => countNewSince(ctx.db, ctx.ownerId, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => countUnread(ctx.db, ctx.ownerId)),
  mark: protectedProcedure.input(markItemsInput).mutation(({ ctx, input }) => markItems(ctx.db, ctx.ownerId, input)),
  markReadUpTo: protectedProcedure.input(markReadUpToInput).mutation(({ ctx, input }) => markReadUpTo(ctx.db, ctx.ownerId, input)),
  reply: protectedProcedure.input(replyInput).mutation(({ ctx, input }) => replyToPost(ctx.db, ctx.ownerId, input)),
  addNote: protectedProcedure.input(noteFromPostInput).mutation(({ ctx, input }) => addNoteFromPost(ctx.db, ctx.ownerId, input)),
  addContribution: protectedProcedure.input(contributionFromPostInput).mutation(({ ctx, input }) => addContributionFromPost(ctx.db, ctx.ownerId, input)),
  muteSource: protectedProcedure.input(muteSourceInput).mutation(({ ctx, input }) => muteSource(ctx.db, ctx.ownerId, input)),
});
