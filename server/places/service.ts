import { searchPlaces, type PlaceSuggestion } from "./gazetteer";
import type { SearchPlacesInput } from "./schemas";

/**
 * Suggestions for a place picker. The gazetteer is public data, the same for every user, so
 * unlike other services this takes no database or owner.
 */
export function suggestPlaces(input: SearchPlacesInput): PlaceSuggestion[] {
  return searchPlaces(input.q, input.limit);
}
