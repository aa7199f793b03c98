import { deleteAccount, deleteAccountWorkflow } from "./delete-account";

/** Every Inngest function Kith serves. */
export const functions = [deleteAccount];

/** The same workflows by triggering event, for the in-process runner. */
export const workflows = {
  "account/deletion.requested": deleteAccountWorkflow,
} as const;
