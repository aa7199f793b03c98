import { z } from "zod";
import { placeSchema } from "../places/schemas";

const TIME_ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * The IANA time zone a value names ("europe/lisbon" reads "Europe/Lisbon"), or null. Names the
 * runtime knows but lists under an older spelling ("Asia/Kolkata" on Node 20) are kept as given.
 */
export function canonicalTimeZone(value: string): string | null {
  if (!TIME_ZONE_SHAPE.test(value)) return null;
  const lower = value.toLowerCase();
  const listed = ["UTC", ...Intl.supportedValuesOf("timeZone")].find((zone) => zone.toLowerCase() === lower);
  if (listed) return listed;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value;
  } catch {
    return null;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .max(64, "Pick a time zone from the list.")
  .refine((value) => canonicalTimeZone(value) !== null, "Pick a time zone from the list, like Europe/Lisbon.")
  .transform((value) => canonicalTimeZone(value) ?? value);

/** Only the fields present change; a null home place clears it. */
export const updateAccountInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Name must be at most 100 characters.").optional(),
  homePlace: placeSchema.nullable().optional(),
  timeZone: timeZoneSchema.optional(),
});
export type UpdateAccountInput = z.output<typeof updateAccountInput>;

export const DELETE_CONFIRMATION = "delete my account";

export const requestDeletionInput = z.object({
  confirmation: z
    .string()
    .trim()
    .refine((value) => value.toLowerCase() === DELETE_CONFIRMATION, `Type "${DELETE_CONFIRMATION}" to confirm.`),
});
