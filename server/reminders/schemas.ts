import { z } from "zod";

export const contactIdInput = z.object({ contactId: z.string().max(100) });

/** null inherits from the contact's circles; 0 means never remind. */
export const cadenceDays = z
  .number({ error: "Pick how often to keep in touch." })
  .int("Pick how often to keep in touch.")
  .min(0, "Pick how often to keep in touch.")
  .max(3660, "Keep in touch at least every ten years.")
  .nullable();

export const setCadenceInput = contactIdInput.extend({ days: cadenceDays });
export type SetCadenceInput = z.input<typeof setCadenceInput>;

export const SNOOZE_PERIODS = { week: 7, month: 30 } as const;
export type SnoozePeriod = keyof typeof SNOOZE_PERIODS;

export const snoozeInput = contactIdInput.extend({
  period: z.enum(["week", "month"], { error: "Snooze for a week or a month." }),
});
export type SnoozeInput = z.input<typeof snoozeInput>;

/** How many of each due list the Today page shows before "Show all". */
export const DUE_PAGE_SIZE = 20;

/** The most pressing `limit` of each list (null: everyone). */
export const dueInput = z.object({ limit: z.number().int().positive().nullable().default(DUE_PAGE_SIZE) }).default({ limit: DUE_PAGE_SIZE });
export type DueInput = z.input<typeof dueInput>;
