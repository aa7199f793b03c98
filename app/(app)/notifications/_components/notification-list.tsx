"use client";

import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { useToast } from "@/app/_components/toaster";
import { buttonClass, EmptyState } from "@/app/_components/ui";
import { messageFrom } from "@/app/_lib/errors";
import { useTRPC } from "@/app/_lib/trpc";
import { useRefresh } from "@/app/_lib/use-refresh";
import type { NotificationPage } from "@/server/notifications/service";
import { NotificationRow } from "./notification-row";

/** Every notification, newest first, with "Mark all read" and more on demand. */
export function NotificationList({ initialPage, unreadCount }: { initialPage: NotificationPage; unreadCount: number }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useRefresh();
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      {},
      { getNextPageParam: (page) => page.nextCursor, initialData: { pages: [initialPage], pageParams: [null] } },
    ),
  );
  const markAll = useMutation(
    trpc.notifications.markAllRead.mutationOptions({
      onSuccess: async ({ marked }) => {
        toast(marked === 1 ? "Marked 1 notification read." : `Marked ${marked} notifications read.`);
        await refresh();
      },
      onError: (error) => toast(messageFrom(error)),
    }),
  );
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
        {unreadCount > 0 && (
          <button type="button" disabled={markAll.isPending} onClick={() => markAll.mutate()} className={buttonClass("secondary")}>
            {markAll.isPending ? "Marking…" : "Mark all read"}
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <EmptyState title="No notifications yet">
          Each morning Kith tells you here who you are due to get in touch with and whose birthday is coming up within a week, and when a linked profile shows someone has a new job or has moved.
        </EmptyState>
      ) : (
        <>
          <ul aria-label="Notifications" className="divide-y divide-stone-200 overflow-hidden rounded-2xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {items.map((item) => (
              <NotificationRow key={item.id} item={item} />
            ))}
          </ul>
          {list.hasNextPage && (
            <button type="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} className={buttonClass("secondary", "self-center")}>
              {list.isFetchingNextPage ? "Loading…" : "Load more"}
            </button>
          )}
        </>
      )}
    </div>
  );
}
