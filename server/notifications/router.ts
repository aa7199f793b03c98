import { createTRPCRouter, protectedProcedure } from "../trpc/init";
import { listNotificationsInput, notificationIdInput } from "./schemas";
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, markNotificationRead, removeNotification } from "./service";

export const notificationsRouter = createTRPCRouter({
  list: protectedProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.ownerId, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.ownerId)),
  markRead: protectedProcedure.input(notificationIdInput).mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.ownerId, input.id)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.ownerId)),
  remove: protectedProcedure.input(notificationIdInput).mutation(({ ctx, input }) => removeNotification(ctx.db, ctx.ownerId, input.id)),
});
