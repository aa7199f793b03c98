import { z } from "zod";

export const updateAccountInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Name must be at most 100 characters."),
});
export type UpdateAccountInput = z.output<typeof updateAccountInput>;

export const DELETE_CONFIRMATION = "delete my account";

export const requestDeletionInput = z.object({
  confirmation: z
    .string()
    .trim()
    .refine((value) => value.toLowerCase() === DELETE_CONFIRMATION, `Type "${DELETE_CONFIRMATION}" to confirm.`),
});
