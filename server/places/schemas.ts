import { z } from "zod";
import type { Place } from "@/db/schema/vocabulary";

/** A place as picked from the gazetteer's suggestions. */
export const placeSchema: z.ZodType<Place> = z.object({
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  region: z.string().max(200).nullable(),
  countryCode: z.string().regex(/^[A-Z]{2}$/, "Pick a place from the suggestions."),
  country: z.string().max(200),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const SEARCH_LIMIT_MAX = 20;

export const searchPlacesInput = z.object({
  q: z.string().trim().min(1, "Type the start of a city's name.").max(100, "Type at most 100 characters."),
  limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).default(8),
});
export type SearchPlacesInput = z.output<typeof searchPlacesInput>;

/** "Lisbon, Portugal": the free-text label kept beside a picked place. */
export function placeLabel(place: Place): string {
  return `${place.name}, ${place.country}`;
}

/**
 * "England, United Kingdom": where a place is, enough to tell places of one name apart. Purely
 * numeric region codes ("14" for Lisbon's district) mean nothing to a reader and are left out.
 */
export function placeWhereabouts(place: Place): string {
  return place.region && !/^\d+$/.test(place.region) ? `${place.region}, ${place.country}` : place.country;
}

/** "Manchester · England, United Kingdom". */
export function placeDescription(place: Place): string {
  return `${place.name} · ${placeWhereabouts(place)}`;
}
