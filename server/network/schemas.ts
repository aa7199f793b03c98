import { z } from "zod";

const id = z.string().max(100);
const strength = z.number().int().min(1, "Pick how well they know each other: 1 to 3.").max(3, "Pick how well they know each other: 1 to 3.");

/** The graph the page was rendered with (its summary's version), when the page asks for it. */
export const networkGraphInput = z.object({ version: z.string().max(20).optional() });

export const contactTiesInput = z.object({ contactId: id });
export type ContactTiesInput = z.input<typeof contactTiesInput>;

/** "Knows…": one contact and the people they know, picked together. */
export const addTiesInput = z.object({
  contactId: id,
  otherContactIds: z.array(id).min(1, "Pick at least one person they know.").max(200, "Pick at most 200 people at a time."),
  strength: strength.nullish(),
});
export type AddTiesInput = z.input<typeof addTiesInput>;

/** A pair and whether they know each other (the matrix's tick box), with how well. */
export const setTieInput = z.object({ contactId: id, otherContactId: id, knows: z.boolean(), strength: strength.nullish() });
export type SetTieInput = z.input<typeof setTieInput>;

export const pairInput = z.object({ contactId: id, otherContactId: id });
export type PairInput = z.input<typeof pairInput>;

export const circleMatrixInput = z.object({ circleId: id });
export type CircleMatrixInput = z.input<typeof circleMatrixInput>;

export const tieSuggestionsInput = z.object({ contactId: id.nullish(), limit: z.number().int().min(1).max(100).default(20) });
export type TieSuggestionsInput = z.input<typeof tieSuggestionsInput>;

export const warmPathsInput = z.object({ companyId: id });
export type WarmPathsInput = z.input<typeof warmPathsInput>;
