import { z } from "zod";
import { SOURCE_KINDS } from "@/db/schema/vocabulary";

export const MAX_SOURCE_INPUT_LENGTH = 500;

export const linkSourceInput = z.object({
  contactId: z.string(),
  kind: z.enum(SOURCE_KINDS, { error: "Choose what kind of profile to link." }),
  input: z
    .string()
    .trim()
    .min(1, "Type the account or address to link.")
    .max(MAX_SOURCE_INPUT_LENGTH, `That is longer than any account or address (at most ${MAX_SOURCE_INPUT_LENGTH} characters).`),
});
export type LinkSourceInput = z.input<typeof linkSourceInput>;

export const sourceIdInput = z.object({ id: z.string() });
export const contactSourcesInput = z.object({ contactId: z.string() });
