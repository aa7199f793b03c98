import { z } from "zod";
import { INITIATORS, INTERACTION_CHANNELS, TIE_CONTEXTS } from "@/db/schema/vocabulary";

const DAY_MS = 86_400_000;
export const MAX_NOTES_LENGTH = 5000;
export const MAX_PARTICIPANTS = 50;

const distinct = (values: readonly string[]) => new Set(values).size === values.length;

const interactionShape = z.object({
  occurredAt: z
    .date({ error: "Enter a date and time." })
    .refine((value) => value.getUTCFullYear() >= 1900, "Enter a date from 1900 on.")
    // A day of slack so a time typed in any time zone on the same day is accepted.
    .refine((value) => value.getTime() <= Date.now() + DAY_MS, "The date cannot be more than a day in the future."),
  channel: z.enum(INTERACTION_CHANNELS, { error: "Pick how you were in touch." }),
  contexts: z
    .array(z.enum(TIE_CONTEXTS, { error: "Pick contexts from the list." }))
    .max(TIE_CONTEXTS.length, `Pick at most ${TIE_CONTEXTS.length} contexts.`)
    .refine(distinct, "Pick each context once."),
  initiator: z.enum(INITIATORS, { error: "Pick who reached out." }),
  notes: z
    .string()
    .trim()
    .max(MAX_NOTES_LENGTH, "Notes must be at most 5,000 characters.")
    .transform((value) => (value === "" ? null : value))
    .nullish(),
  contactIds: z
    .array(z.string().max(100))
    .min(1, "Add at least one person you were in touch with.")
    .max(MAX_PARTICIPANTS, `Add at most ${MAX_PARTICIPANTS} people; log a bigger gathering as an event with the closest ones.`)
    .refine(distinct, "Add each person once."),
});

/** A new interaction; when and who started it default to now and "me". */
export const logInteractionInput = interactionShape.extend({
  occurredAt: interactionShape.shape.occurredAt.default(() => new Date()),
  contexts: interactionShape.shape.contexts.default([]),
  initiator: interactionShape.shape.initiator.default("me"),
});
export type LogInteractionInput = z.input<typeof logInteractionInput>;

/** Only the fields present change; contactIds, when present, replaces the participants. */
export const updateInteractionInput = interactionShape.partial().extend({ id: z.string().max(100) });
export type UpdateInteractionInput = z.input<typeof updateInteractionInput>;

export const interactionIdInput = z.object({ id: z.string().max(100) });

export const listInteractionsInput = z.object({
  contactId: z.string().max(100).optional(),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type ListInteractionsInput = z.input<typeof listInteractionsInput>;

export const countInteractionsInput = z.object({ contactId: z.string().max(100).optional() });
export type CountInteractionsInput = z.input<typeof countInteractionsInput>;
