import { dispatch } from "@/jobs/dispatch";
import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { getNetworkGraph } from "./graph-data";
import { addTiesInput, circleMatrixInput, contactTiesInput, networkGraphInput, pairInput, setTieInput, tieSuggestionsInput, warmPathsInput } from "./schemas";
import { getNetworkOverview, getWarmPaths, listSnapshots } from "./service";
import { addTies, dismissTieSuggestion, getCircleMatrix, listContactTies, listTieSuggestions, removeTie, restoreTieSuggestion, setTie } from "./ties";

const requestCentrality = (ownerId: string) => () => dispatch("network/centrality.requested", { ownerId });

export const networkRouter = createTRPCRouter({
  overview: protectedProcedure.query(({ ctx }) => getNetworkOverview(ctx.db, ctx.ownerId, requestCentrality(ctx.ownerId))),
  graph: protectedProcedure.input(networkGraphInput).query(({ ctx, input }) => getNetworkGraph(ctx.db, ctx.ownerId, input.version, requestCentrality(ctx.ownerId))),
  warmPaths: protectedProcedure.input(warmPathsInput).query(({ ctx, input }) => getWarmPaths(ctx.db, ctx.ownerId, input)),
  snapshots: protectedProcedure.query(({ ctx }) => listSnapshots(ctx.db, ctx.ownerId)),
  contactTies: protectedProcedure.input(contactTiesInput).query(({ ctx, input }) => listContactTies(ctx.db, ctx.ownerId, input.contactId)),
  addTies: protectedProcedure.input(addTiesInput).mutation(({ ctx, input }) => addTies(ctx.db, ctx.ownerId, input)),
  setTie: protectedProcedure.input(setTieInput).mutation(({ ctx, input }) => setTie(ctx.db, ctx.ownerId, input)),
  removeTie: protectedProcedure.input(pairInput).mutation(({ ctx, input }) => removeTie(ctx.db, ctx.ownerId, input)),
  circleMatrix: protectedProcedure.input(circleMatrixInput).query(({ ctx, input }) => getCircleMatrix(ctx.db, ctx.ownerId, input)),
  suggestions: protectedProcedure.input(tieSuggestionsInput).query(({ ctx, input }) => listTieSuggestions(ctx.db, ctx.ownerId, input)),
  dismissSuggestion: protectedProcedure.input(pairInput).mutation(({ ctx, input }) => dismissTieSuggestion(ctx.db, ctx.ownerId, input)),
  restoreSuggestion: protectedProcedure.input(pairInput).mutation(({ ctx, input }) => restoreTieSuggestion(ctx.db, ctx.ownerId, input)),
});
