import { z } from "zod";

export const notificationIdInput = z.object({ id: z.string().max(100) });

export const listNotificationsInput = z.object({
  unreadOnly: z.boolean().default(false),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});
export type ListNotificationsInput = z.input<typeof listNotificationsInput>;
