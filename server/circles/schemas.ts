import { z } from "zod";
import { CIRCLE_PURPOSES, CIRCLE_TYPES } from "@/db/schema/vocabulary";

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullish();

/** The keep-in-touch cadences a circle offers, in days. */
export const CIRCLE_CADENCES = [7, 14, 30, 60, 90, 180, 365] as const;

const id = z.string().max(100);

const circleShape = z.object({
  name: z.string().trim().min(1, "Enter a name for the circle.").max(100, "Name must be at most 100 characters."),
  description: optionalText("Description", 2000),
  purpose: z.enum(CIRCLE_PURPOSES, "Pick a purpose from the list.").nullish(),
  type: z.enum(CIRCLE_TYPES, "Pick a type from the list.").nullish(),
  place: optionalText("Place", 100),
  space: optionalText("Space", 100),
  pace: optionalText("Pace", 100),
  cadenceDays: z.number().int().min(1, "Pick how often to keep in touch.").max(3660, "Keep in touch at least every ten years.").nullish(),
});

export const createCircleInput = circleShape;
export type CreateCircleInput = z.input<typeof createCircleInput>;

/** Only the fields present change. */
export const updateCircleInput = circleShape.partial().extend({ id });
export type UpdateCircleInput = z.input<typeof updateCircleInput>;

export const circleIdInput = z.object({ id });

const contactIds = z.array(id).min(1, "Pick at least one person.").max(500, "Pick at most 500 people at a time.");

export const addMembersInput = z.object({ circleId: id, contactIds });
export type AddMembersInput = z.input<typeof addMembersInput>;

export const removeMemberInput = z.object({ circleId: id, contactId: id });
export type RemoveMemberInput = z.input<typeof removeMemberInput>;

export const circlesForContactInput = z.object({ contactId: id });
