import type { Metadata } from "next";
import { getServerCaller } from "@/server/trpc/server";
import { NotificationList } from "./_components/notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const caller = await getServerCaller();
  const [firstPage, unreadCount] = await Promise.all([caller.notifications.list({}), caller.notifications.unreadCount()]);
  return (
    <div className="mx-auto max-w-3xl">
      <NotificationList initialPage={firstPage} unreadCount={unreadCount} />
    </div>
  );
}
