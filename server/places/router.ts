import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { searchPlacesInput } from "./schemas";
import { suggestPlaces } from "./service";

export const placesRouter = createTRPCRouter({
  search: protectedProcedure.input(searchPlacesInput).query(({ input }) => suggestPlaces(input)),
});
