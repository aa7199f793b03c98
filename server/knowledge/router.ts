import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { addContribution, balanceFor, listContributions, removeContribution, updateContribution } from "./contributions";
import { addDisclosure, listDisclosures, removeDisclosure, updateDisclosure } from "./disclosures";
import { addFact, listFacts, removeFact, updateFact } from "./facts";
import {
  addContributionInput,
  addDisclosureInput,
  addFactInput,
  addTopicToContactInput,
  contactScopeInput,
  contactTopicInput,
  createTopicInput,
  idInput,
  setTopicNoteInput,
  updateContributionInput,
  updateDisclosureInput,
  updateFactInput,
  updateTopicInput,
} from "./schemas";
import {
  addTopicToContact,
  createTopic,
  getTopic,
  listTopics,
  listTopicsForContact,
  removeTopic,
  removeTopicFromContact,
  setTopicNote,
  updateTopic,
} from "./topics";

export const knowledgeRouter = createTRPCRouter({
  facts: {
    list: protectedProcedure.input(contactScopeInput).query(({ ctx, input }) => listFacts(ctx.db, ctx.ownerId, input.contactId)),
    add: protectedProcedure.input(addFactInput).mutation(({ ctx, input }) => addFact(ctx.db, ctx.ownerId, input)),
    update: protectedProcedure.input(updateFactInput).mutation(({ ctx, input }) => updateFact(ctx.db, ctx.ownerId, input)),
    remove: protectedProcedure.input(idInput).mutation(({ ctx, input }) => removeFact(ctx.db, ctx.ownerId, input.id)),
  },
  disclosures: {
    list: protectedProcedure.input(contactScopeInput).query(({ ctx, input }) => listDisclosures(ctx.db, ctx.ownerId, input.contactId)),
    add: protectedProcedure.input(addDisclosureInput).mutation(({ ctx, input }) => addDisclosure(ctx.db, ctx.ownerId, input)),
    update: protectedProcedure.input(updateDisclosureInput).mutation(({ ctx, input }) => updateDisclosure(ctx.db, ctx.ownerId, input)),
    remove: protectedProcedure.input(idInput).mutation(({ ctx, input }) => removeDisclosure(ctx.db, ctx.ownerId, input.id)),
  },
  topics: {
    list: protectedProcedure.query(({ ctx }) => listTopics(ctx.db, ctx.ownerId)),
    get: protectedProcedure.input(idInput).query(({ ctx, input }) => getTopic(ctx.db, ctx.ownerId, input.id)),
    create: protectedProcedure.input(createTopicInput).mutation(({ ctx, input }) => createTopic(ctx.db, ctx.ownerId, input)),
    update: protectedProcedure.input(updateTopicInput).mutation(({ ctx, input }) => updateTopic(ctx.db, ctx.ownerId, input)),
    remove: protectedProcedure.input(idInput).mutation(({ ctx, input }) => removeTopic(ctx.db, ctx.ownerId, input.id)),
    listForContact: protectedProcedure.input(contactScopeInput).query(({ ctx, input }) => listTopicsForContact(ctx.db, ctx.ownerId, input.contactId)),
    addToContact: protectedProcedure.input(addTopicToContactInput).mutation(({ ctx, input }) => addTopicToContact(ctx.db, ctx.ownerId, input)),
    setNote: protectedProcedure.input(setTopicNoteInput).mutation(({ ctx, input }) => setTopicNote(ctx.db, ctx.ownerId, input)),
    removeFromContact: protectedProcedure.input(contactTopicInput).mutation(({ ctx, input }) => removeTopicFromContact(ctx.db, ctx.ownerId, input)),
  },
  contributions: {
    list: protectedProcedure.input(contactScopeInput).query(({ ctx, input }) => listContributions(ctx.db, ctx.ownerId, input.contactId)),
    balance: protectedProcedure.input(contactScopeInput).query(({ ctx, input }) => balanceFor(ctx.db, ctx.ownerId, input.contactId)),
    add: protectedProcedure.input(addContributionInput).mutation(({ ctx, input }) => addContribution(ctx.db, ctx.ownerId, input)),
    update: protectedProcedure.input(updateContributionInput).mutation(({ ctx, input }) => updateContribution(ctx.db, ctx.ownerId, input)),
    remove: protectedProcedure.input(idInput).mutation(({ ctx, input }) => removeContribution(ctx.db, ctx.ownerId, input.id)),
  },
});
